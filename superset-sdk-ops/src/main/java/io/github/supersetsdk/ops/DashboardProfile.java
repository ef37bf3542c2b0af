package io.github.supersetsdk.ops;

import io.github.supersetsdk.client.id.DashboardId;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A dashboard loaded twice the way its page loads it: cold (every query forced past Superset's cache)
 * and then warm (the cache as the cold load left it).
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
 */
public record DashboardProfile(DashboardId dashboardId, String title, @Nullable String slug, int concurrency,
    int nativeFilterDefaults, Duration target, DashboardLoad cold, DashboardLoad warm) {

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
   * @throws NullPointerException if a required component is null
   */
  public DashboardProfile {
    Objects.requireNonNull(dashboardId, "dashboardId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(cold, "cold");
    Objects.requireNonNull(warm, "warm");
  }
}
