package io.github.supersetsdk.cache.chartdata;

import io.github.supersetsdk.client.id.ChartId;
import io.github.supersetsdk.client.id.DashboardId;
import java.util.Objects;

/**
 * A chart that could not be warmed for a viewer. Immutable and thread-safe.
 *
 * @param chart the chart
 * @param dashboard the dashboard it was warmed for
 * @param viewer the viewer's {@code toString()} (kind and identity digest)
 * @param error the failure's type and message
 */
public record WarmFailure(ChartId chart, DashboardId dashboard, String viewer, String error) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public WarmFailure {
    Objects.requireNonNull(chart, "chart");
    Objects.requireNonNull(dashboard, "dashboard");
    Objects.requireNonNull(viewer, "viewer");
    Objects.requireNonNull(error, "error");
  }
}
