package io.github.supersetsdk.client.model;

import java.util.Objects;

/**
 * A chart's visualization ({@code viz_type}), e.g. {@link #TABLE} or {@link #PIE}. Superset's set of
 * visualizations is open (plugins add more); the constants name those the SDK can describe with
 * {@link io.github.supersetsdk.client.request.ChartSpec}.
 *
 * <p>An open value class. Immutable and thread-safe.
 *
 * @param value the name Superset uses
 */
public record VizType(String value) {

  /** A table of groups and metrics ({@code table}). */
  public static final VizType TABLE = new VizType("table");
  /** One big number: a metric over all rows ({@code big_number_total}). */
  public static final VizType BIG_NUMBER_TOTAL = new VizType("big_number_total");
  /** A pie chart of one metric by group ({@code pie}). */
  public static final VizType PIE = new VizType("pie");
  /** Bars over time ({@code echarts_timeseries_bar}). */
  public static final VizType TIMESERIES_BAR = new VizType("echarts_timeseries_bar");
  /** A line over time ({@code echarts_timeseries_line}). */
  public static final VizType TIMESERIES_LINE = new VizType("echarts_timeseries_line");

  /**
   * Validates the value.
   *
   * @throws NullPointerException if {@code value} is null
   */
  public VizType {
    Objects.requireNonNull(value, "value");
  }

  /**
   * {@return the visualization with the given name}
   *
   * @param value the name, e.g. {@code table}
   * @throws NullPointerException if {@code value} is null
   */
  public static VizType of(String value) {
    return new VizType(value);
  }

  /**
   * {@return whether this is one of Superset's ECharts time-series charts ({@code echarts_timeseries*}),
   * which plot metrics over an x-axis}
   */
  public boolean isTimeseries() {
    return value.startsWith("echarts_timeseries");
  }
}
