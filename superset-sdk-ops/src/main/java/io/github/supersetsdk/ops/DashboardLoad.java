package io.github.supersetsdk.ops;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One load of a dashboard: every chart's load, slowest first, and the wall-clock time until the last
 * chart answered.
 *
 * <p>Immutable and thread-safe.
 *
 * @param forced whether the charts' queries bypassed Superset's cache ({@code force}), i.e. a cold load
 * @param throughSdkCache whether the charts were read through the SDK's chart-data cache, which
 *     answers from its tiers or loads from Superset (see {@link ChartLoad#source()})
 * @param loadTime from the first chart-data request to the last answer
 * @param charts the charts, slowest first
 */
public record DashboardLoad(boolean forced, boolean throughSdkCache, Duration loadTime, List<ChartLoad> charts) {

  /**
   * Sorts the charts slowest first and copies them.
   *
   * @param forced whether the load was cold
   * @param throughSdkCache whether it went through the SDK cache
   * @param loadTime the load time
   * @param charts the charts
   * @throws NullPointerException if an argument is null
   */
  public DashboardLoad {
    Objects.requireNonNull(loadTime, "loadTime");
    charts = charts.stream().sorted(Comparator.comparing(ChartLoad::latency).reversed()).toList();
  }

  /**
   * Whether the load met a target, e.g. the production guide's 5 seconds.
   *
   * @param target the target
   * @return {@code true} if {@link #loadTime()} is at most {@code target}
   * @throws NullPointerException if {@code target} is null
   */
  public boolean meets(Duration target) {
    return loadTime.compareTo(Objects.requireNonNull(target, "target")) <= 0;
  }

  /**
   * The sum of every chart's latency: with enough parallelism the load time approaches the slowest
   * chart, without any it approaches this sum.
   *
   * @return the total chart latency
   */
  public Duration totalChartLatency() {
    return charts.stream().map(ChartLoad::latency).reduce(Duration.ZERO, Duration::plus);
  }

  /**
   * How many charts failed.
   *
   * @return the number of charts with an error
   */
  public long errors() {
    return charts.stream().filter(c -> !c.succeeded()).count();
  }

  /**
   * How many charts the SDK cache answered from one of its tiers.
   *
   * @return the number of charts whose source is not {@link ChartSource#SUPERSET}
   */
  public long servedBySdkCache() {
    return charts.stream().filter(c -> c.source() != ChartSource.SUPERSET).count();
  }
}
