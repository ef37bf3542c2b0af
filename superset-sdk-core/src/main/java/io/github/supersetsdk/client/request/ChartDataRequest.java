package io.github.supersetsdk.client.request;

import io.github.supersetsdk.client.model.ChartDatasource;
import io.github.supersetsdk.client.model.ChartResultType;
import io.github.supersetsdk.codegen.GeneratedBuilder;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A chart-data request (Superset's query context): a datasource, one or more queries, and the form
 * data of the chart it belongs to.
 *
 * <pre>{@code
 * ChartDataRequest request = ChartDataRequest.builder(ChartDatasource.dataset(orders))
 *     .query(ChartDataQuery.builder().column("tenant_id").metric("count").build())
 *     .build();
 * }</pre>
 *
 * <p>Guests (clients built with a guest token) may only run the queries of charts saved on their
 * dashboards: set {@link Builder#formData(Map)} to include {@code slice_id} and {@code dashboardId},
 * and ask for no columns or metrics beyond the saved chart's. Immutable and thread-safe.
 *
 * @param datasource the datasource to query
 * @param queries the queries; at least one
 * @param formData the chart's form data (free-form, camelCase keys as Superset's frontend writes them)
 * @param resultType what to return; {@code null} for {@code full}
 * @param force whether to bypass Superset's chart-data cache
 * @param customCacheTimeout a cache timeout for this result, in seconds
 */
@GeneratedBuilder
public record ChartDataRequest(
    ChartDatasource datasource,
    List<ChartDataQuery> queries,
    Map<String, Object> formData,
    @Nullable ChartResultType resultType,
    @Nullable Boolean force,
    @Nullable Integer customCacheTimeout) {

  /**
   * Validates and copies the components.
   *
   * @throws NullPointerException if {@code datasource}, {@code queries} or a query is null
   * @throws IllegalArgumentException if {@code queries} is empty
   */
  @SuppressWarnings("doclint:missing") // the components are documented on the record
  public ChartDataRequest {
    queries = List.copyOf(Objects.requireNonNull(queries, "queries"));
    if (queries.isEmpty()) {
      throw new IllegalArgumentException("a chart-data request needs at least one query");
    }
    formData = Copies.map(formData);
  }

  /**
   * Returns a builder.
   *
   * @param datasource the datasource to query
   * @return a new builder
   * @throws NullPointerException if {@code datasource} is null
   */
  public static Builder builder(ChartDatasource datasource) {
    return ChartDataRequestBuilder.create(datasource);
  }

  /** Builds a {@link ChartDataRequest}. Not thread-safe. */
  public static final class Builder extends ChartDataRequestBuilder {
    Builder() {}

    public Builder query(ChartDataQuery query) {
      queries.add(Objects.requireNonNull(query, "query"));
      return this;
    }

    public Builder formData(Map<String, Object> formData) {
      this.formData.clear();
      this.formData.putAll(Objects.requireNonNull(formData, "formData"));
      return this;
    }
  }
}
