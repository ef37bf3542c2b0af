package io.github.supersetsdk.ops;

/**
 * Who answered a chart's data request in a {@link DashboardProfile}: Superset, or the SDK's
 * {@link io.github.supersetsdk.cache.chartdata.ChartDataCache} from one of its tiers.
 *
 * <p>Immutable and thread-safe.
 */
public enum ChartSource {
  /**
   * Superset answered: a direct request, or a miss of the SDK cache that it loaded from Superset
   * (with {@code force}, so Superset's own cache was bypassed).
   */
  SUPERSET("superset"),
  /** The SDK cache's in-process tier. */
  SDK_CACHE_L1("L1"),
  /** The SDK cache's Redis tier. */
  SDK_CACHE_L2("L2");

  private final String label;

  ChartSource(String label) {
    this.label = label;
  }

  /**
   * The label used in the profiler's JSON and table output.
   *
   * @return {@code superset}, {@code L1} or {@code L2}
   */
  public String label() {
    return label;
  }
}
