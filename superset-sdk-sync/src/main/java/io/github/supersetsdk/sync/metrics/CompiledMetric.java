package io.github.supersetsdk.sync.metrics;

import io.github.supersetsdk.dbt.semantic.MetricType;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A dbt metric compiled into one SQL aggregate expression over the columns of its model's table,
 * usable as a Superset dataset metric ({@code metric_name} = {@link #name()}, {@code expression} =
 * {@link #expression()}). Grouped by any column of that table, or by the truncated
 * {@link #timeDimension()}, the expression returns what MetricFlow returns for the metric grouped by
 * the same dimension or by {@code metric_time}. Immutable and thread-safe.
 *
 * <p>The presentation fields come from the metric and its {@code meta.superset} map (read from
 * {@code config.meta} merged with {@code meta}): {@code verbose_name} overrides the label,
 * {@code description} the description, and {@code d3format} (or {@code d3_format}),
 * {@code warning_text}, {@code certified_by} and {@code certification_details} are taken as
 * written.
 *
 * @param name the metric's name, as Superset's {@code metric_name}
 * @param uniqueId the dbt unique id such as {@code metric.shop.revenue}, or {@code null} when no
 *     manifest was given
 * @param expression the SQL aggregate expression, such as
 *     {@code SUM(CASE WHEN order_status NOT IN ('cancelled') THEN net_revenue END)}
 * @param verboseName the label (Superset's {@code verbose_name}), or {@code null} when none is set
 * @param description the description, or {@code null} when none is set
 * @param d3format the d3 number format from {@code meta.superset.d3format}, or {@code null}
 * @param metricType the dbt metric type ({@code simple}, {@code ratio}, {@code derived}, or a
 *     legacy calculation method such as {@code sum})
 * @param timeDimension the column expression MetricFlow aggregates the metric over in time (its
 *     {@code agg_time_dimension}, or a legacy metric's {@code timestamp}), or {@code null} when
 *     unknown
 * @param warningText Superset's warning text: {@code meta.superset.warning_text}, else a note the
 *     compiler adds when the metric differs from MetricFlow in a way a chart can show (such as a
 *     time dimension other than the dataset's default), else {@code null}
 * @param certifiedBy {@code meta.superset.certified_by}, or {@code null}
 * @param certificationDetails {@code meta.superset.certification_details}, or {@code null}
 */
public record CompiledMetric(
    String name,
    @Nullable String uniqueId,
    String expression,
    @Nullable String verboseName,
    @Nullable String description,
    @Nullable String d3format,
    MetricType metricType,
    @Nullable String timeDimension,
    @Nullable String warningText,
    @Nullable String certifiedBy,
    @Nullable String certificationDetails) {

  /**
   * Validates the components.
   *
   * @throws NullPointerException if {@code name}, {@code expression} or {@code metricType} is null
   */
  public CompiledMetric {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(expression, "expression");
    Objects.requireNonNull(metricType, "metricType");
  }
}
