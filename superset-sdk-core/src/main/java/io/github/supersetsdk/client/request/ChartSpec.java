package io.github.supersetsdk.client.request;

import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.model.ChartDatasource;
import io.github.supersetsdk.client.model.TimeGrain;
import io.github.supersetsdk.client.model.VizType;
import io.github.supersetsdk.codegen.Adder;
import io.github.supersetsdk.codegen.DefaultValue;
import io.github.supersetsdk.codegen.GeneratedBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * What a chart shows, written once: the dataset, the visualization, metrics, groups, filters and
 * limits. From it the SDK writes both documents Superset stores with a chart, consistently: the form
 * data ({@link #params()}, which Superset's UI draws the chart from) and the query context ({@link
 * #queryContext()}, which the chart-data API and guests run).
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.RequestSnippets region=ChartSpec}
 *
 * <p>Visualizations and what they need: {@link VizType#TABLE} one or more metrics or groups; {@link
 * VizType#BIG_NUMBER_TOTAL} exactly one metric and no groups; {@link VizType#PIE} exactly one metric;
 * {@link VizType#TIMESERIES_BAR} and {@link VizType#TIMESERIES_LINE} an {@code xAxis} temporal column
 * and at least one metric. Other visualizations are refused: write their form data by hand. Labels
 * are unique among the x-axis, the groups and the metrics, as Superset requires ({@link
 * Metric#as(String)} renames a metric). The query context of a time series returns one row per time
 * bucket and group, without the pivot Superset's UI applies.
 *
 * <p>Immutable and thread-safe.
 *
 * @param dataset the dataset the chart queries
 * @param vizType the visualization
 * @param metrics the metrics
 * @param groupby the columns to group by (the series of a time series)
 * @param filters the filters, which all must hold, e.g. {@code QueryFilter.eq("status", "active")}
 * @param xAxis the temporal column of a time series, or {@code null}
 * @param timeGrain the time bucket of a time series, e.g. {@link TimeGrain#MONTH}, or {@code null} for the
 *     column's values
 * @param rowLimit the maximum number of rows, or {@code null} for Superset's default
 * @param orderDesc whether rows sort by the first metric, descending (the default), for tables and pies
 */
@GeneratedBuilder
public record ChartSpec(
    DatasetId dataset,
    VizType vizType,
    @Adder("metric") List<Metric> metrics,
    List<String> groupby,
    @Adder("filter") List<QueryFilter> filters,
    @Nullable String xAxis,
    @Nullable TimeGrain timeGrain,
    @Nullable Integer rowLimit,
    @DefaultValue("true") boolean orderDesc) implements ChartSpecBuilder.Methods {

  /**
   * Validates the description against what its visualization needs.
   *
   * @throws NullPointerException if a required component or an element is null
   * @throws IllegalArgumentException if the visualization is not supported or its needs are not met, or
   *     two of the xAxis, groupby columns and metrics have the same label
   */
  public ChartSpec {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(vizType, "vizType");
    metrics = List.copyOf(Objects.requireNonNull(metrics, "metrics"));
    groupby = List.copyOf(Objects.requireNonNull(groupby, "groupby"));
    filters = List.copyOf(Objects.requireNonNull(filters, "filters"));
    if (rowLimit != null && rowLimit <= 0) {
      throw new IllegalArgumentException("rowLimit must be positive: " + rowLimit);
    }
    validate(vizType, metrics, groupby, xAxis, timeGrain);
  }

  private static void validate(
      VizType vizType, List<Metric> metrics, List<String> groupby, @Nullable String xAxis, @Nullable TimeGrain grain) {
    String v = vizType.value();
    if (vizType.equals(VizType.TABLE)) {
      require(!metrics.isEmpty() || !groupby.isEmpty(), v + " needs at least one metric or groupby column");
    } else if (vizType.equals(VizType.BIG_NUMBER_TOTAL)) {
      require(metrics.size() == 1, v + " takes exactly one metric, got " + metrics.size());
      require(groupby.isEmpty(), v + " takes no groupby columns, got " + groupby);
    } else if (vizType.equals(VizType.PIE)) {
      require(metrics.size() == 1, v + " takes exactly one metric, got " + metrics.size());
    } else if (vizType.equals(VizType.TIMESERIES_BAR) || vizType.equals(VizType.TIMESERIES_LINE)) {
      require(xAxis != null, v + " needs an xAxis: the temporal column to plot over");
      require(!metrics.isEmpty(), v + " needs at least one metric");
    } else {
      throw new IllegalArgumentException("ChartSpec does not describe viz type '" + v + "'; it supports "
          + "table, big_number_total, pie, echarts_timeseries_bar and echarts_timeseries_line");
    }
    if (!vizType.isTimeseries()) {
      require(xAxis == null, v + " has no x-axis; xAxis is for time series");
      require(grain == null, v + " has no x-axis; timeGrain is for time series");
    }
    // Superset refuses a query whose columns and metrics share a label, at query time (400).
    Set<String> labels = new HashSet<>();
    Stream.concat(Stream.concat(Stream.ofNullable(xAxis), groupby.stream()), metrics.stream().map(Metric::label))
        .forEach(label -> require(labels.add(label), "the label '" + label + "' is used twice among the xAxis,"
            + " groupby columns and metrics; Superset refuses duplicate labels: rename a metric with Metric.as(label)"));
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }

  /**
   * {@return a new builder}
   *
   * @param dataset the dataset the chart queries
   * @param vizType the visualization
   * @throws NullPointerException if an argument is null
   */
  public static Builder builder(DatasetId dataset, VizType vizType) {
    return ChartSpecBuilder.create(dataset, vizType);
  }

  /**
   * The chart's form data ({@code params}) as Superset's UI writes it: {@code datasource} as {@code
   * "<id>__table"}, {@code viz_type}, the metrics ({@code metric} for big numbers and pies), {@code
   * groupby}, {@code adhoc_filters}, {@code row_limit}, and for time series {@code x_axis} and {@code
   * time_grain_sqla}.
   *
   * @return an immutable map, ready to be written as JSON
   */
  public Map<String, Object> params() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("datasource", dataset.value() + "__table");
    p.put("viz_type", vizType.value());
    if (singleMetric()) {
      p.put("metric", metrics.get(0).toJsonValue());
    } else {
      p.put("metrics", metricValues());
    }
    if (!vizType.equals(VizType.BIG_NUMBER_TOTAL)) {
      p.put("groupby", groupby);
    }
    if (vizType.equals(VizType.TABLE)) {
      p.put("query_mode", "aggregate");
      p.put("all_columns", List.of());
      p.put("percent_metrics", List.of());
    }
    if (xAxis != null) {
      p.put("x_axis", xAxis);
    }
    if (timeGrain != null) {
      p.put("time_grain_sqla", timeGrain.value());
    }
    List<Object> adhoc = new ArrayList<>();
    for (QueryFilter f : filters) {
      adhoc.add(adhocFilter(f));
    }
    p.put("adhoc_filters", adhoc);
    if (rowLimit != null) {
      p.put("row_limit", rowLimit);
    }
    if (!vizType.equals(VizType.BIG_NUMBER_TOTAL) && !vizType.isTimeseries()) {
      p.put(vizType.equals(VizType.PIE) ? "sort_by_metric" : "order_desc", orderDesc);
    }
    return Copies.map(p);
  }

  /**
   * {@return the chart's query context: the chart-data request that computes what the chart shows, with
   * {@link #params()} as its form data}
   */
  public ChartDataRequest queryContext() {
    ChartDataQuery.Builder q = ChartDataQuery.builder();
    if (xAxis != null) {
      Map<String, Object> axis = new LinkedHashMap<>();
      if (timeGrain != null) {
        axis.put("timeGrain", timeGrain.value());
      }
      axis.put("columnType", "BASE_AXIS");
      axis.put("sqlExpression", xAxis);
      axis.put("label", xAxis);
      axis.put("expressionType", "SQL");
      q.column(Copies.map(axis));
    }
    for (String g : groupby) {
      q.column(g);
    }
    for (Metric m : metrics) {
      q.metric(m);
    }
    for (QueryFilter f : filters) {
      q.filter(f);
    }
    if (orderDesc && !metrics.isEmpty() && !vizType.equals(VizType.BIG_NUMBER_TOTAL) && !vizType.isTimeseries()) {
      q.orderBy(metrics.get(0).toJsonValue(), false);
    }
    if (rowLimit != null) {
      q.rowLimit(rowLimit);
    }
    if (timeGrain != null) {
      q.extra("time_grain_sqla", timeGrain.value());
    }
    return ChartDataRequest.builder(ChartDatasource.dataset(dataset)).query(q.build()).formData(params()).build();
  }

  /**
   * Reads a chart's form data back into a description, e.g. the {@code params} of a chart this class
   * wrote, or the form data of a dashboard's chart. Keys it does not describe are ignored.
   *
   * @param formData the chart's form data
   * @return the description
   * @throws NullPointerException if {@code formData} is null
   * @throws IllegalArgumentException if the form data has no {@code <id>__table} datasource, its
   *     viz type is not supported, or a metric or filter is not one this class describes
   */
  public static ChartSpec fromFormData(Map<String, ? extends @Nullable Object> formData) {
    Objects.requireNonNull(formData, "formData");
    Object ds = formData.get("datasource");
    if (!(ds instanceof String s) || !s.matches("\\d+__table")) {
      throw new IllegalArgumentException("form data: datasource is not '<id>__table': " + ds);
    }
    if (!(formData.get("viz_type") instanceof String viz)) {
      throw new IllegalArgumentException("form data: viz_type is missing");
    }
    Builder b = builder(DatasetId.of(Long.parseLong(s.substring(0, s.indexOf("__")))), VizType.of(viz));
    Object single = formData.get("metric");
    if (single != null) {
      b.metric(Metric.fromJsonValue(single));
    }
    if (formData.get("metrics") instanceof List<?> ms) {
      for (Object m : ms) {
        b.metric(Metric.fromJsonValue(Objects.requireNonNull(m, "metric")));
      }
    }
    if (formData.get("groupby") instanceof List<?> gs) {
      for (Object g : gs) {
        if (!(g instanceof String name)) {
          throw new IllegalArgumentException("form data: groupby holds a non-column " + g);
        }
        b.groupby(name);
      }
    }
    if (formData.get("adhoc_filters") instanceof List<?> fs) {
      for (Object f : fs) {
        b.filter(fromAdhocFilter(f));
      }
    }
    if (formData.get("x_axis") instanceof String x) {
      b.xAxis(x);
    }
    if (formData.get("time_grain_sqla") instanceof String g) {
      b.timeGrain(TimeGrain.of(g));
    }
    if (formData.get("row_limit") instanceof Number n) {
      b.rowLimit(n.intValue());
    }
    Object desc = formData.get(viz.equals(VizType.PIE.value()) ? "sort_by_metric" : "order_desc");
    if (desc instanceof Boolean d) {
      b.orderDesc(d);
    }
    return b.build();
  }

  private boolean singleMetric() {
    return vizType.equals(VizType.BIG_NUMBER_TOTAL) || vizType.equals(VizType.PIE);
  }

  private List<Object> metricValues() {
    List<Object> values = new ArrayList<>();
    for (Metric m : metrics) {
      values.add(m.toJsonValue());
    }
    return values;
  }

  private static Map<String, Object> adhocFilter(QueryFilter f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("expressionType", "SIMPLE");
    m.put("subject", f.col());
    m.put("operator", f.op().value());
    if (f.val() != null) {
      m.put("comparator", f.val());
    }
    m.put("clause", "WHERE");
    return Copies.map(m);
  }

  private static QueryFilter fromAdhocFilter(@Nullable Object value) {
    if (value instanceof Map<?, ?> m && "SIMPLE".equals(m.get("expressionType")) && "WHERE".equals(m.get("clause"))
        && m.get("subject") instanceof String col && m.get("operator") instanceof String op) {
      return new QueryFilter(col, QueryFilterOperator.of(op), m.get("comparator"));
    }
    throw new IllegalArgumentException("form data: adhoc filter is not a simple WHERE filter: " + value);
  }

  /** Builds a {@link ChartSpec}. Not thread-safe. */
  public static final class Builder extends ChartSpecBuilder {
    Builder() {}

    /**
     * Groups by columns, in order: the rows of a table, the slices of a pie, the series of a time
     * series.
     *
     * @param columns the column names
     * @return this builder
     * @throws NullPointerException if a column is null
     */
    public Builder groupby(String... columns) {
      for (String c : Arrays.asList(columns)) {
        groupby.add(Objects.requireNonNull(c, "column"));
      }
      return this;
    }

    /**
     * Restricts a temporal column to a range, in Superset's syntax: {@code Last year}, {@code
     * 2024-01-01 : 2024-07-01} (end excluded) or {@code No filter}.
     *
     * @param column the temporal column
     * @param range the range
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder timeRange(String column, String range) {
      filters.add(new QueryFilter(Objects.requireNonNull(column, "column"), QueryFilterOperator.TEMPORAL_RANGE,
          Objects.requireNonNull(range, "range")));
      return this;
    }
  }
}
