package io.github.supersetsdk.client.model;

import io.github.supersetsdk.client.id.ChartId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A chart (a "slice" in Superset's API), as list and get answers describe it. List answers leave
 * {@code queryContext} empty; {@code changedOnDttm} comes from list answers only.
 *
 * <p>{@code params} and {@code queryContext} are the JSON documents Superset stores, as text.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the id
 * @param sliceName the chart's name
 * @param vizType the visualization, e.g. {@link VizType#TABLE}
 * @param datasourceId the id of the datasource it queries
 * @param datasourceType the datasource type, {@code table} for datasets
 * @param datasourceNameText the datasource's display name
 * @param description the description
 * @param params the chart's form data as JSON text
 * @param queryContext the chart's query context as JSON text (get answers only)
 * @param cacheTimeout the cache timeout in seconds
 * @param owners the owners
 * @param dashboards the dashboards the chart is on
 * @param certifiedBy who certified it
 * @param certificationDetails the certification details
 * @param isManagedExternally whether an external tool owns it
 * @param uuid the UUID, stable across export and import
 * @param url the relative URL of the chart in Explore
 * @param thumbnailUrl the relative URL of its thumbnail
 * @param changedOnDttm when it last changed (list answers only)
 */
public record Chart(
    ChartId id,
    @Nullable String sliceName,
    @Nullable VizType vizType,
    @Nullable Long datasourceId,
    @Nullable String datasourceType,
    @Nullable String datasourceNameText,
    @Nullable String description,
    @Nullable String params,
    @Nullable String queryContext,
    @Nullable Integer cacheTimeout,
    List<UserRef> owners,
    List<DashboardRef> dashboards,
    @Nullable String certifiedBy,
    @Nullable String certificationDetails,
    @Nullable Boolean isManagedExternally,
    @Nullable UUID uuid,
    @Nullable String url,
    @Nullable String thumbnailUrl,
    @Nullable Instant changedOnDttm) {

  /** Copies the lists; never null. */
  public Chart {
    owners = Copies.list(owners);
    dashboards = Copies.list(dashboards);
  }

  /**
   * {@return the chart's saved query context as a request, e.g. to run it with other form data} Fields
   * the SDK does not model are kept, so sending it runs what the chart saved.
   *
   * @throws IllegalStateException if the chart has no saved query context (list answers never have
   *     one; read the chart with {@code charts().get(id)})
   * @throws IllegalArgumentException if the saved query context cannot be read, saying where
   */
  public io.github.supersetsdk.client.request.ChartDataRequest queryContextRequest() {
    if (queryContext == null || queryContext.isBlank()) {
      throw new IllegalStateException("chart " + id.value() + " has no saved query context: save it with one"
          + " (CreateChartRequest.of(name, ChartSpec) writes it), or read it with charts().get(id)");
    }
    return io.github.supersetsdk.client.request.ChartDataRequest.fromSavedQueryContext(queryContext);
  }
}
