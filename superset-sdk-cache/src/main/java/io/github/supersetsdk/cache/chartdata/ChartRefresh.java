package io.github.supersetsdk.cache.chartdata;

import io.github.supersetsdk.client.id.ChartId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How one chart's entry in Superset's own chart-data cache was refreshed. Immutable and
 * thread-safe.
 *
 * @param chart the chart
 * @param status the outcome
 * @param detail why it is not {@link RefreshStatus#VERIFIED}, or null
 */
public record ChartRefresh(ChartId chart, RefreshStatus status, @Nullable String detail) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if {@code chart} or {@code status} is null
   */
  public ChartRefresh {
    Objects.requireNonNull(chart, "chart");
    Objects.requireNonNull(status, "status");
  }
}
