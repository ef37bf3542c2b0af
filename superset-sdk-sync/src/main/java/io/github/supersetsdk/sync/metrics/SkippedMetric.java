package io.github.supersetsdk.sync.metrics;

import io.github.supersetsdk.dbt.semantic.MetricType;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A metric that no single aggregate over one table reproduces, with the reason, such as a
 * cumulative metric (its value depends on the query's time grain) or a ratio whose inputs live on
 * two semantic models. Immutable and thread-safe.
 *
 * @param name the metric's name
 * @param uniqueId the dbt unique id, or {@code null} when no manifest was given
 * @param metricType the dbt metric type
 * @param modelUniqueId the dbt model the metric would belong to when it has one (its measure's
 *     model), or {@code null}
 * @param reason why it is skipped, a sentence naming the part of the definition at fault
 */
public record SkippedMetric(
    String name,
    @Nullable String uniqueId,
    MetricType metricType,
    @Nullable String modelUniqueId,
    String reason) {

  /**
   * Validates the components.
   *
   * @throws NullPointerException if {@code name}, {@code metricType} or {@code reason} is null
   */
  public SkippedMetric {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(metricType, "metricType");
    Objects.requireNonNull(reason, "reason");
  }
}
