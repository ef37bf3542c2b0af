package io.github.supersetsdk.dbt.semantic;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
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
 * @param aggParams the aggregation parameters (a percentile's), or {@code null}
 * @param nonAdditiveDimension the dimension a semi-additive measure is not additive over, or
 *     {@code null}
 * @param meta {@code config.meta} (dbt 1.10 and later, which merges the semantic model's into it)
 */
public record Measure(
    String name,
    String agg,
    @Nullable String expr,
    @Nullable String description,
    @Nullable String label,
    @Nullable String aggTimeDimension,
    boolean createMetric,
    @Nullable AggregationParameters aggParams,
    @Nullable NonAdditiveDimension nonAdditiveDimension,
    Map<String, @Nullable Object> meta) {

  /**
   * Validates and copies the components.
   *
   * @throws NullPointerException if {@code name} or {@code agg} is null
   */
  public Measure {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(agg, "agg");
    meta = meta == null || meta.isEmpty() ? Map.of()
        : Collections.unmodifiableMap(new LinkedHashMap<>(meta));
  }

  /**
   * Creates a measure without aggregation parameters, non-additive dimension or meta.
   *
   * @param name the name
   * @param agg the aggregation
   * @param expr the SQL expression, or {@code null}
   * @param description the description, or {@code null}
   * @param label the label, or {@code null}
   * @param aggTimeDimension the measure's own time dimension, or {@code null}
   * @param createMetric whether dbt creates a simple metric for it
   * @throws NullPointerException if {@code name} or {@code agg} is null
   */
  public Measure(
      String name,
      String agg,
      @Nullable String expr,
      @Nullable String description,
      @Nullable String label,
      @Nullable String aggTimeDimension,
      boolean createMetric) {
    this(name, agg, expr, description, label, aggTimeDimension, createMetric, null, null, Map.of());
  }
}
