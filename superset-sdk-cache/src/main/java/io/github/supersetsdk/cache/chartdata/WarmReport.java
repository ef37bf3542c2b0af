package io.github.supersetsdk.cache.chartdata;

import io.github.supersetsdk.client.id.DashboardId;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What a warm-up did. Immutable and thread-safe.
 *
 * @param dashboards the dashboards whose charts were warmed
 * @param requests chart and viewer pairs attempted
 * @param warmed pairs that now have fresh data cached
 * @param failures the pairs that failed
 * @param maxInFlight the configured bound on chart-data queries in flight
 * @param peakInFlight the most chart-data queries the warm-up had in flight at once
 * @param elapsed the warm-up's wall time
 * @param redisErrors Redis calls of the cache that failed while the warm-up ran (the cache's own count,
 *     so other work through the same cache counts too); above 0, some charts may be warm in this
 *     process's memory only and not in Redis, which other instances share
 */
public record WarmReport(
    List<DashboardId> dashboards,
    int requests,
    int warmed,
    List<WarmFailure> failures,
    int maxInFlight,
    int peakInFlight,
    Duration elapsed,
    long redisErrors) {

  /**
   * Copies the lists.
   *
   * @throws NullPointerException if a list or {@code elapsed} is null
   * @throws IllegalArgumentException if {@code redisErrors} is negative
   */
  public WarmReport {
    dashboards = List.copyOf(dashboards);
    failures = List.copyOf(failures);
    Objects.requireNonNull(elapsed, "elapsed");
    if (redisErrors < 0) {
      throw new IllegalArgumentException("redisErrors < 0: " + redisErrors);
    }
  }

  /**
   * Whether every chart was warmed and written to Redis without an error.
   *
   * @return {@code true} if there were no failures and no Redis errors
   */
  public boolean isComplete() {
    return failures.isEmpty() && redisErrors == 0;
  }

  /**
   * A report of a warm-up that had nothing to do.
   *
   * @param maxInFlight the configured bound
   * @return an empty report
   */
  public static WarmReport empty(int maxInFlight) {
    return new WarmReport(List.of(), 0, 0, List.of(), maxInFlight, 0, Duration.ZERO, 0);
  }
}
