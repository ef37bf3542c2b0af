package io.github.supersetsdk.dbt.run;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The freshness of one source. A failed check has only a status and an {@link #error()}.
 * Immutable and thread-safe.
 *
 * @param uniqueId the source's unique id
 * @param status {@code pass}, {@code warn}, {@code error} or {@code runtime error}
 * @param maxLoadedAt the newest load time as written, or {@code null}
 * @param snapshottedAt when the check ran, as written, or {@code null}
 * @param maxLoadedAtTimeAgoInS the age in seconds, or {@code null}
 * @param executionTime seconds spent, 0 when absent
 * @param error the error of a failed check, or {@code null}
 */
public record SourceFreshnessResult(
    String uniqueId,
    RunStatus status,
    @Nullable String maxLoadedAt,
    @Nullable String snapshottedAt,
    @Nullable Double maxLoadedAtTimeAgoInS,
    double executionTime,
    @Nullable String error) {

  /**
   * Validates the components.
   *
   * @throws NullPointerException if {@code uniqueId} or {@code status} is null
   */
  public SourceFreshnessResult {
    Objects.requireNonNull(uniqueId, "uniqueId");
    Objects.requireNonNull(status, "status");
  }
}
