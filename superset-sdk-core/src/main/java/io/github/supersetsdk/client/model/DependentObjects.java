package io.github.supersetsdk.client.model;

import java.util.List;

/**
 * The charts and dashboards that use a database connection or dataset: what breaks if it is deleted.
 *
 * <p>Immutable and thread-safe.
 *
 * @param charts the charts; never null
 * @param dashboards the dashboards; never null
 */
public record DependentObjects(List<DependentChart> charts, List<DependentDashboard> dashboards) {

  /** Copies the lists; never null. */
  public DependentObjects {
    charts = Copies.list(charts);
    dashboards = Copies.list(dashboards);
  }

  /** {@return whether nothing depends on the object: neither charts nor dashboards} */
  public boolean isEmpty() {
    return charts.isEmpty() && dashboards.isEmpty();
  }
}
