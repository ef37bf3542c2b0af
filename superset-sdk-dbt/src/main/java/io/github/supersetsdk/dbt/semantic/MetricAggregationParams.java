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
 */
public record MetricAggregationParams(
    @Nullable String semanticModel,
    @Nullable String agg,
    @Nullable String expr,
    @Nullable String aggTimeDimension) {}
