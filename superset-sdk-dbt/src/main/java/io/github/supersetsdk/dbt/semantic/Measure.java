package io.github.supersetsdk.dbt.semantic;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A measure (aggregation) of a semantic model. Immutable and thread-safe.
 *
 * @param name the name
 * @param agg the aggregation, such as {@code sum} or {@code count_distinct}, in lower case
 * @param expr the SQL expression, or {@code null} when it is the column of the same name
 * @param description the description, or {@code null}
 * @param label the label, or {@code null}
 * @param aggTimeDimension the measure's own time dimension, or {@code null} for the default
 * @param createMetric whether dbt creates a simple metric for it
 */
public record Measure(
    String name,
    String agg,
    @Nullable String expr,
    @Nullable String description,
    @Nullable String label,
    @Nullable String aggTimeDimension,
    boolean createMetric) {

  /**
   * Validates the components.
   *
   * @throws NullPointerException if {@code name} or {@code agg} is null
   */
  public Measure {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(agg, "agg");
  }
}
