package io.github.supersetsdk.cli;

import io.github.supersetsdk.client.model.Database;
import org.jspecify.annotations.Nullable;

/**
 * The one line a command prints when the SDK cache's Redis calls failed. The cache never throws on
 * a Redis error (it serves from its in-process tier and counts the error), so without this line a
 * dead shared tier would look like a healthy one.
 *
 * <p>Stateless; thread-safe.
 */
public final class RedisFailure {

  private RedisFailure() {}

  /**
   * Describes the failure, for standard error.
   *
   * @param uri the Redis URI the cache was given (may hold a password; printed masked)
   * @param errors how many Redis calls failed
   * @param lastFailure the cache's latest failure ({@code ChartDataCache.lastRedisFailure()}), or null
   * @return e.g. {@code Redis at redis://127.0.0.1:6390 failed (9 calls): Redis get failed: Unable to
   *     connect to ...; the SDK cache ran on its in-process tier only}
   */
  public static String describe(String uri, long errors, @Nullable String lastFailure) {
    return "Redis at " + Database.redact(uri) + " failed (" + errors + (errors == 1 ? " call" : " calls") + ")"
        + (lastFailure == null ? "" : ": " + lastFailure) + "; the SDK cache ran on its in-process tier only";
  }
}
