package io.github.supersetsdk.dbt.semantic;

import org.jspecify.annotations.Nullable;

/**
 * The parameters of a conversion metric. Immutable and thread-safe.
 *
 * @param baseMeasure the base measure, or {@code null} (Fusion writes base metrics instead)
 * @param conversionMeasure the conversion measure, or {@code null}
 * @param entity the entity the conversion is tracked on, or {@code null}
 * @param calculation {@code conversion_rate} or {@code conversions}, or {@code null}
 * @param window the conversion window such as {@code 7 day}, or {@code null}
 */
public record ConversionTypeParams(
    @Nullable MetricInputMeasure baseMeasure,
    @Nullable MetricInputMeasure conversionMeasure,
    @Nullable String entity,
    @Nullable String calculation,
    @Nullable String window) {}
