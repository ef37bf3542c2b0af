package io.github.supersetsdk.dbt.semantic;

import org.jspecify.annotations.Nullable;

/**
 * How a simple metric without a measure aggregates, as Fusion and recent dbt write it. Immutable
 * and thread-safe.
 *
 * @param semanticModel the semantic model aggregated, or {@code null}
 * @param agg the aggregation in lower case, or {@code null}
 * @param expr the aggregated expression, or {@code null}
 * @param aggTimeDimension the time dimension, or {@code null}
 * @param aggParams the aggregation parameters (a percentile's), or {@code null}
 * @param nonAdditiveDimension the dimension the metric is not additive over, or {@code null}
 */
public record MetricAggregationParams(
    @Nullable String semanticModel,
    @Nullable String agg,
    @Nullable String expr,
    @Nullable String aggTimeDimension,
    @Nullable AggregationParameters aggParams,
    @Nullable NonAdditiveDimension nonAdditiveDimension) {

  /**
   * Creates parameters without aggregation parameters or non-additive dimension.
   *
   * @param semanticModel the semantic model aggregated, or {@code null}
   * @param agg the aggregation in lower case, or {@code null}
   * @param expr the aggregated expression, or {@code null}
   * @param aggTimeDimension the time dimension, or {@code null}
   */
  public MetricAggregationParams(
      @Nullable String semanticModel,
      @Nullable String agg,
      @Nullable String expr,
      @Nullable String aggTimeDimension) {
    this(semanticModel, agg, expr, aggTimeDimension, null, null);
  }
}
