package io.github.supersetsdk.client.request;

import io.github.supersetsdk.client.id.DashboardId;
import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.id.UserId;
import io.github.supersetsdk.client.model.VizType;
import io.github.supersetsdk.codegen.GeneratedBuilder;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A new chart (a "slice" in Superset's API).
 *
 * <p>{@code params} and {@code queryContext} are JSON documents sent as text, as Superset stores them;
 * the builder's {@code params(Map)} and {@code queryContext(ChartDataRequest)} write them for you.
 * Guests can only fetch data of charts saved with a query context that covers their requests.
 *
 * <p>Immutable and thread-safe.
 *
 * @param sliceName the chart's name
 * @param vizType the visualization, e.g. {@link VizType#TABLE}
 * @param datasourceId the id of the datasource it queries
 * @param datasourceType the datasource type, {@code table} for datasets
 * @param params the chart's form data as JSON text
 * @param queryContext the chart's query context as JSON text
 * @param dashboards the dashboards the chart is on
 * @param description the description
 * @param cacheTimeout the cache timeout in seconds
 * @param owners the owners; the caller when empty
 * @param externalUrl the URL of the external tool that owns it
 * @param isManagedExternally whether an external tool owns it
 */
@GeneratedBuilder
public record CreateChartRequest(
    String sliceName,
    VizType vizType,
    Long datasourceId,
    String datasourceType,
    @Nullable String params,
    @Nullable String queryContext,
    List<DashboardId> dashboards,
    @Nullable String description,
    @Nullable Integer cacheTimeout,
    List<UserId> owners,
    @Nullable String externalUrl,
    @Nullable Boolean isManagedExternally) implements CreateChartRequestBuilder.Methods {

  /** Copies the lists; never null. */
  public CreateChartRequest {
    dashboards = Copies.list(dashboards);
    owners = Copies.list(owners);
  }

  /**
   * {@return a new builder with the required fields set}
   *
   * @param sliceName the chart's name
   * @param vizType the visualization, e.g. {@link VizType#TABLE}
   * @param datasourceId the id of the datasource it queries
   * @param datasourceType the datasource type, {@code table} for datasets
   * @throws NullPointerException if an argument is null
   */
  public static Builder builder(String sliceName, VizType vizType, long datasourceId, String datasourceType) {
    return CreateChartRequestBuilder.create(sliceName, vizType, datasourceId, datasourceType);
  }

  /**
   * {@return a request for a chart on a dataset}
   *
   * @param sliceName the chart's name
   * @param vizType the visualization, e.g. {@link VizType#TABLE} or {@link VizType#BIG_NUMBER_TOTAL}
   * @param dataset the dataset it queries
   * @throws NullPointerException if an argument is null
   */
  public static Builder forDataset(String sliceName, VizType vizType, DatasetId dataset) {
    return builder(sliceName, vizType, Objects.requireNonNull(dataset, "dataset").value(), "table");
  }

  /**
   * A request for the chart a {@link ChartSpec} describes: its visualization and dataset, its form
   * data ({@code params}) and its query context, written consistently from the one description.
   *
   * {@snippet class=io.github.supersetsdk.client.snippets.RequestSnippets region=ChartSpec}
   *
   * @param sliceName the chart's name
   * @param spec what the chart shows
   * @return a new builder, to add e.g. a description or dashboards
   * @throws NullPointerException if an argument is null
   */
  public static Builder of(String sliceName, ChartSpec spec) {
    Objects.requireNonNull(spec, "spec");
    return forDataset(sliceName, spec.vizType(), spec.dataset())
        .params(spec.params())
        .queryContext(spec.queryContext());
  }

  /** Builds a {@link CreateChartRequest}. Not thread-safe. */
  public static final class Builder extends CreateChartRequestBuilder {
    Builder() {}

    /**
     * Sets the chart's form data, written as JSON with the SDK's settings.
     *
     * @param params the form data
     * @return this builder
     * @throws NullPointerException if {@code params} is null
     */
    public Builder params(java.util.Map<String, Object> params) {
      this.params = JsonText.write(Objects.requireNonNull(params, "params"));
      return this;
    }

    /**
     * Sets the chart's query context, written as JSON with the SDK's settings.
     *
     * @param queryContext the query context
     * @return this builder
     * @throws NullPointerException if {@code queryContext} is null
     */
    public Builder queryContext(ChartDataRequest queryContext) {
      this.queryContext = JsonText.write(Objects.requireNonNull(queryContext, "queryContext"));
      return this;
    }
  }
}
