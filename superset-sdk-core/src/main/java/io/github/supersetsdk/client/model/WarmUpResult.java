package io.github.supersetsdk.client.model;

import io.github.supersetsdk.client.id.ChartId;
import org.jspecify.annotations.Nullable;

/**
 * How warming up the cache went for one chart: the chart's query ran and its result is in
 * Superset's cache, or it failed.
 *
 * <p>Immutable and thread-safe.
 *
 * @param chartId the chart
 * @param vizStatus Superset's status of the query, e.g. {@code success}, or {@code null}
 * @param vizError the error, or {@code null} if the query succeeded
 */
public record WarmUpResult(ChartId chartId, @Nullable String vizStatus, @Nullable String vizError) {

  /** {@return whether the chart's query ran without error} */
  public boolean succeeded() {
    return vizError == null;
  }
}
