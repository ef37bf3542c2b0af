package io.github.supersetsdk.ops;

import io.github.supersetsdk.client.id.ChartId;
import io.github.supersetsdk.client.id.DashboardId;
import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.id.DatasetId;
import java.util.List;
import java.util.Objects;

/**
 * What {@link OpsDashboard#apply()} made or found.
 *
 * <p>Immutable and thread-safe.
 *
 * @param dashboardId the dashboard
 * @param slug its slug
 * @param databaseId the read-only connection to Superset's metadata database
 * @param datasets the virtual datasets the charts query
 * @param charts the charts, in layout order
 * @param created how many objects (connection, datasets, charts, dashboard) this run created; 0 when
 *     everything existed
 */
public record OpsDashboardResult(DashboardId dashboardId, String slug, DatabaseId databaseId,
    List<DatasetId> datasets, List<ChartId> charts, int created) {

  /**
   * Copies the lists.
   *
   * @param dashboardId the dashboard
   * @param slug its slug
   * @param databaseId the connection
   * @param datasets the datasets
   * @param charts the charts
   * @param created how many objects were created
   * @throws NullPointerException if a component is null
   */
  public OpsDashboardResult {
    Objects.requireNonNull(dashboardId, "dashboardId");
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(databaseId, "databaseId");
    datasets = List.copyOf(datasets);
    charts = List.copyOf(charts);
  }
}
