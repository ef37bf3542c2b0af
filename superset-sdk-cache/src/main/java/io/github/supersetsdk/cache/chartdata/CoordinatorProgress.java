package io.github.supersetsdk.cache.chartdata;

import io.github.supersetsdk.client.id.ChartId;
import java.util.Objects;

/**
 * One step of a coordinator run, reported as it finishes. Immutable and thread-safe.
 *
 * @param phase {@code "refresh"} (Superset's own cache) or {@code "warm"}
 * @param done steps of this phase finished so far, this one included
 * @param total steps of this phase
 * @param chart the chart of this step
 * @param ok whether the step succeeded
 */
public record CoordinatorProgress(String phase, int done, int total, ChartId chart, boolean ok) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if {@code phase} or {@code chart} is null
   */
  public CoordinatorProgress {
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(chart, "chart");
  }
}
