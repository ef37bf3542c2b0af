package io.github.supersetsdk.client.model;

import io.github.supersetsdk.client.id.ChartId;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of warming up the cache of one chart.
 *
 * <p>Immutable and thread-safe.
 *
 * @param chartId the chart
 * @param vizStatus Superset's status of the query, e.g. {@code success}
 * @param vizError the error, if the query failed
 */
public record ChartWarmUpResult(ChartId chartId, @Nullable String vizStatus, @Nullable String vizError) {}
