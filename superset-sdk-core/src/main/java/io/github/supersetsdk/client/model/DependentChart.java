package io.github.supersetsdk.client.model;

import io.github.supersetsdk.client.id.ChartId;
import org.jspecify.annotations.Nullable;

/**
 * A chart that depends on a database connection or dataset.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the chart's id
 * @param sliceName the chart's name
 * @param vizType the chart's visualisation type, or {@code null}
 */
public record DependentChart(ChartId id, @Nullable String sliceName, @Nullable VizType vizType) {}
