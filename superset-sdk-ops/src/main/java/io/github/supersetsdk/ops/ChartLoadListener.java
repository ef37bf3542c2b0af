package io.github.supersetsdk.ops;

import io.github.supersetsdk.client.id.DashboardId;

/**
 * Told of every chart the {@link DashboardProfiler} loads, e.g. to record its latency as a metric
 * ({@link io.github.supersetsdk.ops.micrometer.OpsMetrics} is one).
 *
 * <p>Implementations must be thread-safe: charts load in parallel and the listener is called on the
 * loading threads. They should return quickly and not throw.
 */
@FunctionalInterface
public interface ChartLoadListener {

  /**
   * Called when a chart answered or failed.
   *
   * @param dashboard the dashboard
   * @param load how the chart loaded
   */
  void chartLoaded(DashboardId dashboard, ChartLoad load);
}
