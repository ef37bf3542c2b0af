package io.github.supersetsdk.client.request;

import io.github.supersetsdk.client.id.DashboardId;
import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.id.UserId;
import io.github.supersetsdk.client.internal.Copies;
import java.util.ArrayList;
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
 * @param vizType the visualization, e.g. {@code table}
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
public record CreateChartRequest(
    String sliceName,
    String vizType,
    Long datasourceId,
    String datasourceType,
    @Nullable String params,
    @Nullable String queryContext,
    List<DashboardId> dashboards,
    @Nullable String description,
    @Nullable Integer cacheTimeout,
    List<UserId> owners,
    @Nullable String externalUrl,
    @Nullable Boolean isManagedExternally) {

  /**
   * Validates and copies the components.
   *
   * @param sliceName the chart's name
   * @param vizType the visualization, e.g. {@code table}
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
   * @throws NullPointerException if a required component is null
   */
  public CreateChartRequest {
    Objects.requireNonNull(sliceName, "sliceName");
    Objects.requireNonNull(vizType, "vizType");
    Objects.requireNonNull(datasourceId, "datasourceId");
    Objects.requireNonNull(datasourceType, "datasourceType");
    dashboards = Copies.list(dashboards);
    owners = Copies.list(owners);
  }

  /**
   * Returns a builder with the required fields set.
   *
   * @param sliceName the chart's name
   * @param vizType the visualization, e.g. {@code table}
   * @param datasourceId the id of the datasource it queries
   * @param datasourceType the datasource type, {@code table} for datasets
   * @return a new builder
   * @throws NullPointerException if an argument is null
   */
  public static Builder builder(String sliceName, String vizType, long datasourceId, String datasourceType) {
    Builder b = new Builder();
    b.sliceName = Objects.requireNonNull(sliceName, "sliceName");
    b.vizType = Objects.requireNonNull(vizType, "vizType");
    b.datasourceId = Objects.requireNonNull(datasourceId, "datasourceId");
    b.datasourceType = Objects.requireNonNull(datasourceType, "datasourceType");
    return b;
  }

  /**
   * Returns a builder initialised from this request.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.sliceName = sliceName;
    b.vizType = vizType;
    b.datasourceId = datasourceId;
    b.datasourceType = datasourceType;
    b.params = params;
    b.queryContext = queryContext;
    b.dashboards = new ArrayList<>(dashboards);
    b.description = description;
    b.cacheTimeout = cacheTimeout;
    b.owners = new ArrayList<>(owners);
    b.externalUrl = externalUrl;
    b.isManagedExternally = isManagedExternally;
    return b;
  }

  /**
   * A request for a chart on a dataset.
   *
   * @param sliceName the chart's name
   * @param vizType the visualization, e.g. {@code table} or {@code big_number_total}
   * @param dataset the dataset it queries
   * @return a new builder
   * @throws NullPointerException if an argument is null
   */
  public static Builder forDataset(String sliceName, String vizType, DatasetId dataset) {
    return builder(sliceName, vizType, Objects.requireNonNull(dataset, "dataset").value(), "table");
  }

  /**
   * A request for the chart a {@link ChartSpec} describes: its visualization and dataset, its form
   * data ({@code params}) and its query context, written consistently from the one description.
   *
   * <pre>{@code
   * ChartId chart = client.charts().create(CreateChartRequest.of("Revenue by plan", ChartSpec.builder(dataset, VizType.PIE)
   *     .metric(Metric.sum("net_revenue").as("revenue")).groupby("plan").build()).build());
   * }</pre>
   *
   * @param sliceName the chart's name
   * @param spec what the chart shows
   * @return a new builder, to add e.g. a description or dashboards
   * @throws NullPointerException if an argument is null
   */
  public static Builder of(String sliceName, ChartSpec spec) {
    Objects.requireNonNull(spec, "spec");
    return forDataset(sliceName, spec.vizType().value(), spec.dataset())
        .params(spec.params())
        .queryContext(spec.queryContext());
  }

  /** Builds a {@link CreateChartRequest}. Not thread-safe. */
  public static final class Builder {
    private @Nullable String sliceName;
    private @Nullable String vizType;
    private @Nullable Long datasourceId;
    private @Nullable String datasourceType;
    private @Nullable String params;
    private @Nullable String queryContext;
    private List<DashboardId> dashboards = new ArrayList<>();
    private @Nullable String description;
    private @Nullable Integer cacheTimeout;
    private List<UserId> owners = new ArrayList<>();
    private @Nullable String externalUrl;
    private @Nullable Boolean isManagedExternally;

    private Builder() {}

    /**
     * Sets the chart's name.
     *
     * @param sliceName the value
     * @return this builder
     * @throws NullPointerException if {@code sliceName} is null
     */
    public Builder sliceName(String sliceName) {
      this.sliceName = Objects.requireNonNull(sliceName, "sliceName");
      return this;
    }

    /**
     * Sets the visualization, e.g. {@code table}.
     *
     * @param vizType the value
     * @return this builder
     * @throws NullPointerException if {@code vizType} is null
     */
    public Builder vizType(String vizType) {
      this.vizType = Objects.requireNonNull(vizType, "vizType");
      return this;
    }

    /**
     * Sets the id of the datasource it queries.
     *
     * @param datasourceId the value
     * @return this builder
     * @throws NullPointerException if {@code datasourceId} is null
     */
    public Builder datasourceId(long datasourceId) {
      this.datasourceId = datasourceId;
      return this;
    }

    /**
     * Sets the datasource type, {@code table} for datasets.
     *
     * @param datasourceType the value
     * @return this builder
     * @throws NullPointerException if {@code datasourceType} is null
     */
    public Builder datasourceType(String datasourceType) {
      this.datasourceType = Objects.requireNonNull(datasourceType, "datasourceType");
      return this;
    }

    /**
     * Sets the chart's form data as JSON text.
     *
     * @param params the value
     * @return this builder
     * @throws NullPointerException if {@code params} is null
     */
    public Builder params(String params) {
      this.params = Objects.requireNonNull(params, "params");
      return this;
    }

    /**
     * Sets the chart's query context as JSON text.
     *
     * @param queryContext the value
     * @return this builder
     * @throws NullPointerException if {@code queryContext} is null
     */
    public Builder queryContext(String queryContext) {
      this.queryContext = Objects.requireNonNull(queryContext, "queryContext");
      return this;
    }

    /**
     * Sets the dashboards the chart is on.
     *
     * @param dashboards the value
     * @return this builder
     * @throws NullPointerException if {@code dashboards} is null
     */
    public Builder dashboards(List<DashboardId> dashboards) {
      this.dashboards = new ArrayList<>(Objects.requireNonNull(dashboards, "dashboards"));
      return this;
    }

    /**
     * Sets the description.
     *
     * @param description the value
     * @return this builder
     * @throws NullPointerException if {@code description} is null
     */
    public Builder description(String description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    /**
     * Sets the cache timeout in seconds.
     *
     * @param cacheTimeout the value
     * @return this builder
     * @throws NullPointerException if {@code cacheTimeout} is null
     */
    public Builder cacheTimeout(int cacheTimeout) {
      this.cacheTimeout = cacheTimeout;
      return this;
    }

    /**
     * Sets the owners; the caller when empty.
     *
     * @param owners the value
     * @return this builder
     * @throws NullPointerException if {@code owners} is null
     */
    public Builder owners(List<UserId> owners) {
      this.owners = new ArrayList<>(Objects.requireNonNull(owners, "owners"));
      return this;
    }

    /**
     * Sets the URL of the external tool that owns it.
     *
     * @param externalUrl the value
     * @return this builder
     * @throws NullPointerException if {@code externalUrl} is null
     */
    public Builder externalUrl(String externalUrl) {
      this.externalUrl = Objects.requireNonNull(externalUrl, "externalUrl");
      return this;
    }

    /**
     * Sets whether an external tool owns it.
     *
     * @param isManagedExternally the value
     * @return this builder
     * @throws NullPointerException if {@code isManagedExternally} is null
     */
    public Builder isManagedExternally(boolean isManagedExternally) {
      this.isManagedExternally = isManagedExternally;
      return this;
    }

    /**
     * Sets the chart's form data, written as JSON with the SDK's settings.
     *
     * @param params the form data
     * @return this builder
     * @throws NullPointerException if {@code params} is null
     */
    public Builder params(java.util.Map<String, Object> params) {
      this.params = io.github.supersetsdk.client.internal.json.Json.write(Objects.requireNonNull(params, "params"));
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
      this.queryContext =
          io.github.supersetsdk.client.internal.json.Json.write(Objects.requireNonNull(queryContext, "queryContext"));
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws NullPointerException if a required field is missing
     */
    public CreateChartRequest build() {
      return new CreateChartRequest(sliceName, vizType, datasourceId, datasourceType, params, queryContext, dashboards, description, cacheTimeout, owners, externalUrl, isManagedExternally);
    }
  }
}
