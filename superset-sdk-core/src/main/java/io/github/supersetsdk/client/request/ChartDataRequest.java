package io.github.supersetsdk.client.request;

import io.github.supersetsdk.client.model.ChartDatasource;
import io.github.supersetsdk.client.model.ChartResultType;
import io.github.supersetsdk.codegen.Adder;
import io.github.supersetsdk.codegen.GeneratedBuilder;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A chart-data request (Superset's query context): a datasource, one or more queries, and the form
 * data of the chart it belongs to.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.RequestSnippets region=ChartDataRequest}
 *
 * <p>Guests (clients built with a guest token) may only run the queries of charts saved on their
 * dashboards: set {@link Builder#formData(String, Object)} to include {@code slice_id} and {@code dashboardId},
 * and ask for no columns or metrics beyond the saved chart's. Immutable and thread-safe.
 *
 * @param datasource the datasource to query
 * @param queries the queries; at least one
 * @param formData the chart's form data (free-form, camelCase keys as Superset's frontend writes them),
 *     e.g. {@code dashboardId} and {@code slice_id}, which a guest's request needs
 * @param resultType what to return; {@code null} for {@code full}
 * @param force whether to bypass Superset's chart-data cache
 * @param customCacheTimeout a cache timeout for this result, in seconds
 * @param otherFields fields of a saved query context this record does not model (e.g. {@code
 *     result_format}), written back as they were read
 */
@GeneratedBuilder
public record ChartDataRequest(
    ChartDatasource datasource,
    @Adder("query") List<ChartDataQuery> queries,
    @Adder("formData") Map<String, Object> formData,
    @Nullable ChartResultType resultType,
    @Nullable Boolean force,
    @Nullable Integer customCacheTimeout,
    Map<String, Object> otherFields) implements ChartDataRequestBuilder.Methods {

  private static final java.util.Set<String> KNOWN_FIELDS =
      java.util.Set.of("datasource", "queries", "form_data", "result_type", "force", "custom_cache_timeout");

  /**
   * Validates and copies the components.
   *
   * @throws NullPointerException if {@code datasource}, {@code queries} or a query is null
   * @throws IllegalArgumentException if {@code queries} is empty, or {@code otherFields} holds a
   *     field this record models
   */
  public ChartDataRequest {
    Objects.requireNonNull(datasource, "datasource");
    queries = List.copyOf(Objects.requireNonNull(queries, "queries"));
    if (queries.isEmpty()) {
      throw new IllegalArgumentException("a chart-data request needs at least one query");
    }
    formData = Copies.deepMap(formData);
    otherFields = Copies.deepMap(otherFields);
    for (String key : otherFields.keySet()) {
      if (KNOWN_FIELDS.contains(key)) {
        throw new IllegalArgumentException("otherFields holds '" + key + "', a field of the request itself");
      }
    }
  }

  /**
   * Reads a chart's saved query context ({@link io.github.supersetsdk.client.model.Chart#queryContext()})
   * as a request. Fields this SDK does not model, in the request and in each query, are kept in
   * {@code otherFields}, so sending the request back runs what the chart saved.
   *
   * @param queryContext the query context as JSON text
   * @return the request
   * @throws NullPointerException if {@code queryContext} is null
   * @throws IllegalArgumentException if the text is not a query context, saying where (JSON path,
   *     line and column)
   */
  public static ChartDataRequest fromSavedQueryContext(String queryContext) {
    return JsonText.readQueryContext(Objects.requireNonNull(queryContext, "queryContext"));
  }

  /**
   * {@return a new builder}
   *
   * @param datasource the datasource to query
   * @throws NullPointerException if {@code datasource} is null
   */
  public static Builder builder(ChartDatasource datasource) {
    return ChartDataRequestBuilder.create(datasource);
  }

  /** Builds a {@link ChartDataRequest}. Not thread-safe. */
  public static final class Builder extends ChartDataRequestBuilder {
    Builder() {}
  }
}
