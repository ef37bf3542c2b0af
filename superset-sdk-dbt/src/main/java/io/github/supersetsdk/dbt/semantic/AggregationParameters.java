package io.github.supersetsdk.dbt.semantic;

import org.jspecify.annotations.Nullable;

/**
 * The {@code agg_params} of a measure or measure-less metric: what a {@code percentile}
 * aggregation computes. Immutable and thread-safe.
 *
 * @param percentile the percentile between 0 and 1, such as {@code 0.9}, or {@code null}
 * @param useDiscretePercentile whether the percentile is discrete (a value of the column) rather
 *     than interpolated
 * @param useApproximatePercentile whether the warehouse may approximate it
 */
public record AggregationParameters(
    @Nullable Double percentile, boolean useDiscretePercentile, boolean useApproximatePercentile) {}
