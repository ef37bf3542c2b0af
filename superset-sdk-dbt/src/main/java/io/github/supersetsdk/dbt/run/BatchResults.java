package io.github.supersetsdk.dbt.run;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The batches of a microbatch model's run ({@code batch_results}, dbt 1.9 and later): which time
 * windows dbt wrote and which failed. A run with both is a {@code partial success}; {@code dbt
 * retry} reruns the failed ones. Immutable and thread-safe.
 *
 * @param successful the windows dbt wrote, in the order dbt lists them
 * @param failed the windows that failed, in the order dbt lists them
 */
public record BatchResults(List<Batch> successful, List<Batch> failed) {

  /**
   * Copies the components.
   *
   * @param successful the windows written; null means none
   * @param failed the windows that failed; null means none
   */
  public BatchResults {
    successful = successful == null ? List.of() : List.copyOf(successful);
    failed = failed == null ? List.of() : List.copyOf(failed);
  }

  /**
   * One batch: the half-open time window {@code [start, end)} of the model's {@code event_time}
   * that dbt built in one query. Immutable and thread-safe.
   *
   * @param start the first instant of the window, with the offset dbt wrote
   * @param end the instant after the window, with the offset dbt wrote
   */
  public record Batch(OffsetDateTime start, OffsetDateTime end) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if {@code start} or {@code end} is null
     */
    public Batch {
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
    }
  }
}
