package io.github.supersetsdk.ops;

import io.github.supersetsdk.client.id.ChartId;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How one chart of a dashboard loaded: its chart-data request's latency, who answered it (Superset
 * or the SDK cache), whether Superset answered from its own cache, the rows it returned and the
 * error if it failed.
 *
 * <p>Immutable and thread-safe.
 *
 * @param chartId the chart
 * @param name the chart's name
 * @param latency from sending the chart-data request to its answer, waiting for a free slot excluded
 *     (through the SDK cache: from the cache lookup to its answer)
 * @param cached Superset's {@code is_cached}: {@code true} only if every query of the chart came from
 *     Superset's cache; {@code null} when the chart failed. An answer from the SDK cache carries the
 *     value of the response it stored, which it loaded with {@code force} ({@code false})
 * @param rows the rows of all the chart's queries
 * @param error Superset's or the client's error message, or {@code null} if the chart loaded
 * @param source who answered: {@link ChartSource#SUPERSET} for every direct load and every failure
 */
public record ChartLoad(ChartId chartId, String name, Duration latency, @Nullable Boolean cached, long rows,
    @Nullable String error, ChartSource source) {

  /**
   * Validates the components.
   *
   * @param chartId the chart
   * @param name its name
   * @param latency its latency
   * @param cached whether it came from the cache
   * @param rows its rows
   * @param error its error
   * @param source who answered
   * @throws NullPointerException if a required component is null
   */
  public ChartLoad {
    Objects.requireNonNull(chartId, "chartId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(latency, "latency");
    Objects.requireNonNull(source, "source");
  }

  /**
   * Whether the chart loaded without error.
   *
   * @return {@code true} if {@link #error()} is null
   */
  public boolean succeeded() {
    return error == null;
  }
}
