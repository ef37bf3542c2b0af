package io.github.supersetsdk.ops;

import io.github.supersetsdk.client.id.DashboardId;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A dashboard loaded the way its page loads it: cold (every query forced past Superset's cache), then
 * warm (Superset's cache as the cold load left it), and, when the profiler was given the SDK's
 * chart-data cache, twice through it: a first load (charts the SDK cache lacks are loaded from
 * Superset and stored) and a second one, answered by the SDK cache.
 *
 * <p>Immutable and thread-safe.
 *
 * @param dashboardId the dashboard
 * @param title its title
 * @param slug its slug, or {@code null}
 * @param concurrency how many chart-data requests were in flight at once
 * @param nativeFilterDefaults how many native filters applied their default values
 * @param target the load time to meet
 * @param cold the cold load
 * @param warm the warm load
 * @param sdkCacheFirst the first load through the SDK cache, or {@code null} without one
 * @param sdkCacheWarm the second load through the SDK cache, or {@code null} without one
 */
public record DashboardProfile(DashboardId dashboardId, String title, @Nullable String slug, int concurrency,
    int nativeFilterDefaults, Duration target, DashboardLoad cold, DashboardLoad warm,
    @Nullable DashboardLoad sdkCacheFirst, @Nullable DashboardLoad sdkCacheWarm) {

  /**
   * Validates the components.
   *
   * @param dashboardId the dashboard
   * @param title its title
   * @param slug its slug
   * @param concurrency the concurrency
   * @param nativeFilterDefaults the filter defaults applied
   * @param target the target
   * @param cold the cold load
   * @param warm the warm load
   * @param sdkCacheFirst the first load through the SDK cache
   * @param sdkCacheWarm the second load through the SDK cache
   * @throws NullPointerException if a required component is null
   */
  public DashboardProfile {
    Objects.requireNonNull(dashboardId, "dashboardId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(cold, "cold");
    Objects.requireNonNull(warm, "warm");
    if ((sdkCacheFirst == null) != (sdkCacheWarm == null)) {
      throw new IllegalArgumentException("sdkCacheFirst and sdkCacheWarm are given together or not at all");
    }
  }

  /**
   * The loads in the order they ran: cold, warm and, with the SDK cache, its first and warm loads.
   *
   * @return the loads
   */
  public List<DashboardLoad> loads() {
    return sdkCacheFirst == null || sdkCacheWarm == null ? List.of(cold, warm)
        : List.of(cold, warm, sdkCacheFirst, sdkCacheWarm);
  }
}
