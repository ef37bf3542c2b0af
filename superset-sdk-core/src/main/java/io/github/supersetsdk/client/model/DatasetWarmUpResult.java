package io.github.supersetsdk.client.model;

import io.github.supersetsdk.client.id.ChartId;
import org.jspecify.annotations.Nullable;

/**
 * How warming up the cache went for one chart of a dataset.
 *
 * <p>Immutable and thread-safe.
 *
 * @param chartId the chart
 * @param vizStatus the query's status, e.g. {@code success}, or {@code null}
 * @param vizError the error, or {@code null} if the query succeeded
 */
public record DatasetWarmUpResult(ChartId chartId, @Nullable String vizStatus, @Nullable String vizError) {

  /** {@return whether the chart's query ran without error} */
  public boolean succeeded() {
    return vizError == null;
  }
}
