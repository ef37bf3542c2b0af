package io.github.supersetsdk.dbt.semantic;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code type_params} of a MetricFlow metric; which components are set depends on the metric
 * type. Immutable and thread-safe.
 *
 * @param measure the measure of a simple or cumulative metric, or {@code null}
 * @param measures the measures listed by 2023 pre-release metrics
 * @param numerator a ratio metric's numerator, or {@code null}
 * @param denominator a ratio metric's denominator, or {@code null}
 * @param expr a derived metric's expression, or {@code null}
 * @param window a cumulative metric's window such as {@code 7 day}, or {@code null}
 * @param grainToDate a cumulative metric's grain to date, or {@code null}
 * @param metrics a derived metric's inputs
 * @param inputMeasures every measure the metric reads, as dbt resolved them
 * @param conversionTypeParams a conversion metric's parameters, or {@code null}
 * @param metricAggregationParams a measure-less simple metric's aggregation, or {@code null}
 */
public record MetricTypeParams(
    @Nullable MetricInputMeasure measure,
    List<MetricInputMeasure> measures,
    @Nullable MetricInput numerator,
    @Nullable MetricInput denominator,
    @Nullable String expr,
    @Nullable String window,
    @Nullable String grainToDate,
    List<MetricInput> metrics,
    List<MetricInputMeasure> inputMeasures,
    @Nullable ConversionTypeParams conversionTypeParams,
    @Nullable MetricAggregationParams metricAggregationParams) {

  /** No parameters. */
  public static final MetricTypeParams EMPTY =
      new MetricTypeParams(null, List.of(), null, null, null, null, null, List.of(), List.of(), null, null);

  /** Copies the components. */
  public MetricTypeParams {
    measures = measures == null ? List.of() : List.copyOf(measures);
    metrics = metrics == null ? List.of() : List.copyOf(metrics);
    inputMeasures = inputMeasures == null ? List.of() : List.copyOf(inputMeasures);
  }
}
