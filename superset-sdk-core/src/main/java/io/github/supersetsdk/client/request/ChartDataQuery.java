package io.github.supersetsdk.client.request;

import io.github.supersetsdk.codegen.Adder;
import io.github.supersetsdk.codegen.GeneratedBuilder;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One query of a chart-data request: the columns to group by, the metrics to compute, filters,
 * ordering and limits, as Superset's {@code QueryObject}.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.RequestSnippets region=ChartDataQuery}
 *
 * <p>Columns are column names or adhoc column objects; metrics are saved-metric names or adhoc
 * metric objects (the builder writes both shapes). Immutable and thread-safe.
 *
 * @param columns the columns to group by (names or adhoc column maps)
 * @param metrics the metrics (saved-metric names or adhoc metric maps)
 * @param filters the filters, which all must hold
 * @param orderby pairs of [metric or column, ascending]
 * @param rowLimit the maximum number of rows, or {@code null} for Superset's default
 * @param rowOffset the number of rows to skip
 * @param timeRange a time range such as {@code Last week}, {@code 2024-01-01 : 2024-02-01} or {@code No filter}
 * @param granularity the temporal column the time range applies to
 * @param extras extra clauses such as {@code where}, {@code having} and {@code time_grain_sqla}
 * @param isTimeseries whether to group by time as well
 * @param orderDesc whether the main metric sorts descending
 * @param postProcessing post-processing operations, as Superset defines them, e.g. {@code {"operation":
 *     "pivot", "options": {...}}}
 * @param otherFields fields of a saved query this record does not model (e.g. {@code
 *     annotation_layers}, {@code series_limit}), written back as they were read
 */
@GeneratedBuilder
public record ChartDataQuery(
    List<Object> columns,
    List<Object> metrics,
    @Adder("filter") List<QueryFilter> filters,
    List<List<Object>> orderby,
    @Nullable Integer rowLimit,
    @Nullable Integer rowOffset,
    @Nullable String timeRange,
    @Nullable String granularity,
    @Adder("extra") Map<String, Object> extras,
    @Nullable Boolean isTimeseries,
    @Nullable Boolean orderDesc,
    @Adder("postProcessing") List<Map<String, Object>> postProcessing,
    Map<String, Object> otherFields) implements ChartDataQueryBuilder.Methods {

  private static final java.util.Set<String> KNOWN_FIELDS = java.util.Set.of(
      "columns", "metrics", "filters", "orderby", "row_limit", "row_offset", "time_range", "granularity",
      "extras", "is_timeseries", "order_desc", "post_processing");

  /**
   * Copies the collections; never null.
   *
   * @throws IllegalArgumentException if {@code otherFields} holds a field this record models
   */
  public ChartDataQuery {
    columns = Copies.deepList(columns);
    metrics = Copies.deepList(metrics);
    filters = Copies.list(filters);
    orderby = Copies.deepList(orderby);
    extras = Copies.deepMap(extras);
    postProcessing = Copies.deepList(postProcessing);
    otherFields = Copies.deepMap(otherFields);
    for (String key : otherFields.keySet()) {
      if (KNOWN_FIELDS.contains(key)) {
        throw new IllegalArgumentException("otherFields holds '" + key + "', a field of the query itself");
      }
    }
  }

  /** {@return a new builder for an empty query} */
  public static Builder builder() {
    return ChartDataQueryBuilder.create();
  }

  /**
   * {@return an adhoc SQL metric: {@code {"expressionType": "SQL", "sqlExpression": ..., "label":
   * ...}}}
   *
   * @param sql an aggregate expression, e.g. {@code SUM(amount)}
   * @param label the metric's label, the column name in the result
   * @throws NullPointerException if an argument is null
   */
  public static Map<String, Object> sqlMetric(String sql, String label) {
    return Map.of("expressionType", "SQL", "sqlExpression", Objects.requireNonNull(sql, "sql"),
        "label", Objects.requireNonNull(label, "label"));
  }

  /**
   * {@return an adhoc simple metric: an aggregate of one column}
   *
   * @param column the column name
   * @param aggregate {@code SUM}, {@code AVG}, {@code COUNT}, {@code COUNT_DISTINCT}, {@code MIN} or
   *     {@code MAX}
   * @param label the metric's label, the column name in the result
   * @throws NullPointerException if an argument is null
   */
  public static Map<String, Object> simpleMetric(String column, String aggregate, String label) {
    return Map.of("expressionType", "SIMPLE", "column", Map.of("column_name", Objects.requireNonNull(column, "column")),
        "aggregate", Objects.requireNonNull(aggregate, "aggregate"),
        "label", Objects.requireNonNull(label, "label"));
  }

  /** Builds a {@link ChartDataQuery}. Not thread-safe. */
  public static final class Builder extends ChartDataQueryBuilder {
    Builder() {}

    /**
     * Groups by a column.
     *
     * @param name the column name
     * @return this builder
     * @throws NullPointerException if {@code name} is null
     */
    public Builder column(String name) {
      columns.add(Objects.requireNonNull(name, "name"));
      return this;
    }

    /**
     * Adds a saved metric of the dataset by name.
     *
     * @param name the metric name, e.g. {@code count}
     * @return this builder
     * @throws NullPointerException if {@code name} is null
     */
    public Builder metric(String name) {
      metrics.add(Objects.requireNonNull(name, "name"));
      return this;
    }

    /**
     * Adds a metric object, e.g. from {@link ChartDataQuery#sqlMetric(String, String)}.
     *
     * @param metric the adhoc metric
     * @return this builder
     * @throws NullPointerException if {@code metric} is null
     */
    public Builder metric(Map<String, Object> metric) {
      metrics.add(Map.copyOf(Objects.requireNonNull(metric, "metric")));
      return this;
    }

    /**
     * Adds a metric.
     *
     * @param metric the metric, e.g. {@code Metric.sum("net_revenue").as("revenue")}
     * @return this builder
     * @throws NullPointerException if {@code metric} is null
     */
    public Builder metric(Metric metric) {
      metrics.add(Objects.requireNonNull(metric, "metric").toJsonValue());
      return this;
    }

    /**
     * Adds an adhoc column, e.g. the x-axis of a time series.
     *
     * @param column the adhoc column object
     * @return this builder
     * @throws NullPointerException if {@code column} is null
     */
    public Builder column(Map<String, Object> column) {
      columns.add(Copies.map(Objects.requireNonNull(column, "column")));
      return this;
    }

    /**
     * Adds an adhoc SQL metric.
     *
     * @param sql an aggregate expression, e.g. {@code SUM(amount)}
     * @param label the metric's label
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder sqlMetric(String sql, String label) {
      metrics.add(ChartDataQuery.sqlMetric(sql, label));
      return this;
    }

    /**
     * Orders by a metric or column.
     *
     * @param metricOrColumn a metric label, saved-metric name, column name, or adhoc metric map
     * @param ascending whether to sort ascending
     * @return this builder
     * @throws NullPointerException if {@code metricOrColumn} is null
     */
    public Builder orderBy(Object metricOrColumn, boolean ascending) {
      orderby.add(List.of(Objects.requireNonNull(metricOrColumn, "metricOrColumn"), ascending));
      return this;
    }

    /**
     * Limits the number of rows.
     *
     * @param rowLimit the maximum, positive
     * @return this builder
     * @throws IllegalArgumentException if {@code rowLimit} is not positive
     */
    public Builder rowLimit(int rowLimit) {
      if (rowLimit <= 0) {
        throw new IllegalArgumentException("rowLimit must be positive: " + rowLimit);
      }
      this.rowLimit = rowLimit;
      return this;
    }

    /**
     * Skips rows.
     *
     * @param rowOffset the number of rows to skip, not negative
     * @return this builder
     * @throws IllegalArgumentException if {@code rowOffset} is negative
     */
    public Builder rowOffset(int rowOffset) {
      if (rowOffset < 0) {
        throw new IllegalArgumentException("rowOffset < 0: " + rowOffset);
      }
      this.rowOffset = rowOffset;
      return this;
    }

    /**
     * Adds a free-form SQL WHERE condition ({@code extras.where}). Write it from trusted values only.
     *
     * @param condition the SQL condition
     * @return this builder
     * @throws NullPointerException if {@code condition} is null
     */
    public Builder where(String condition) {
      extras.put("where", Objects.requireNonNull(condition, "condition"));
      return this;
    }
  }
}
