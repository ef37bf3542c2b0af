package io.github.supersetsdk.client.request;

import io.github.supersetsdk.codegen.GeneratedBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One query of a chart-data request: the columns to group by, the metrics to compute, filters,
 * ordering and limits, as Superset's {@code QueryObject}.
 *
 * <pre>{@code
 * ChartDataQuery byTenant = ChartDataQuery.builder()
 *     .column("tenant_id")
 *     .sqlMetric("SUM(amount)", "revenue")
 *     .filter(QueryFilter.eq("status", "paid"))
 *     .orderBy("revenue", false)
 *     .rowLimit(100)
 *     .build();
 * }</pre>
 *
 * <p>Columns are column names or adhoc column objects; metrics are saved-metric names or adhoc
 * metric objects (the builder writes both shapes). Immutable and thread-safe.
 *
 * @param columns the columns to group by (names or adhoc column maps)
 * @param metrics the metrics (saved-metric names or adhoc metric maps)
 * @param filters the filters, ANDed
 * @param orderby pairs of [metric or column, ascending]
 * @param rowLimit the maximum number of rows, or {@code null} for Superset's default
 * @param rowOffset the number of rows to skip
 * @param timeRange a time range such as {@code Last week} or {@code No filter}
 * @param granularity the temporal column the time range applies to
 * @param extras extra clauses such as {@code where} and {@code having}
 * @param isTimeseries whether to group by time as well
 * @param orderDesc whether the main metric sorts descending
 * @param postProcessing post-processing operations, as Superset defines them
 */
@GeneratedBuilder
public record ChartDataQuery(
    List<Object> columns,
    List<Object> metrics,
    List<QueryFilter> filters,
    List<List<Object>> orderby,
    @Nullable Integer rowLimit,
    @Nullable Integer rowOffset,
    @Nullable String timeRange,
    @Nullable String granularity,
    Map<String, Object> extras,
    @Nullable Boolean isTimeseries,
    @Nullable Boolean orderDesc,
    List<Map<String, Object>> postProcessing) {

  /**
   * Copies the collections; never null.
   */
  @SuppressWarnings("doclint:missing") // the components are documented on the record
  public ChartDataQuery {
    columns = Copies.list(columns);
    metrics = Copies.list(metrics);
    filters = Copies.list(filters);
    List<List<Object>> pairs = new ArrayList<>();
    for (List<Object> pair : Copies.list(orderby)) {
      pairs.add(Copies.list(pair));
    }
    orderby = Copies.list(pairs);
    extras = Copies.map(extras);
    postProcessing = Copies.list(postProcessing);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder for an empty query
   */
  public static Builder builder() {
    return ChartDataQueryBuilder.create();
  }

  /**
   * An adhoc SQL metric: {@code {"expressionType": "SQL", "sqlExpression": ..., "label": ...}}.
   *
   * @param sql an aggregate expression, e.g. {@code SUM(amount)}
   * @param label the metric's label, the column name in the result
   * @return the metric object
   * @throws NullPointerException if an argument is null
   */
  public static Map<String, Object> sqlMetric(String sql, String label) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("expressionType", "SQL");
    m.put("sqlExpression", Objects.requireNonNull(sql, "sql"));
    m.put("label", Objects.requireNonNull(label, "label"));
    return Map.copyOf(m);
  }

  /**
   * An adhoc simple metric: an aggregate of one column.
   *
   * @param column the column name
   * @param aggregate {@code SUM}, {@code AVG}, {@code COUNT}, {@code COUNT_DISTINCT}, {@code MIN} or
   *     {@code MAX}
   * @param label the metric's label, the column name in the result
   * @return the metric object
   * @throws NullPointerException if an argument is null
   */
  public static Map<String, Object> simpleMetric(String column, String aggregate, String label) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("expressionType", "SIMPLE");
    m.put("column", Map.of("column_name", Objects.requireNonNull(column, "column")));
    m.put("aggregate", Objects.requireNonNull(aggregate, "aggregate"));
    m.put("label", Objects.requireNonNull(label, "label"));
    return Map.copyOf(m);
  }

  /** Builds a {@link ChartDataQuery}. Not thread-safe. */
  public static final class Builder extends ChartDataQueryBuilder {
    Builder() {}

    public Builder column(String name) {
      columns.add(Objects.requireNonNull(name, "name"));
      return this;
    }

    public Builder metric(String name) {
      metrics.add(Objects.requireNonNull(name, "name"));
      return this;
    }

    public Builder metric(Map<String, Object> metric) {
      metrics.add(Map.copyOf(Objects.requireNonNull(metric, "metric")));
      return this;
    }

    public Builder sqlMetric(String sql, String label) {
      metrics.add(ChartDataQuery.sqlMetric(sql, label));
      return this;
    }

    public Builder filter(QueryFilter filter) {
      filters.add(Objects.requireNonNull(filter, "filter"));
      return this;
    }

    public Builder orderBy(Object metricOrColumn, boolean ascending) {
      orderby.add(List.of(Objects.requireNonNull(metricOrColumn, "metricOrColumn"), ascending));
      return this;
    }

    public Builder rowLimit(int rowLimit) {
      if (rowLimit <= 0) {
        throw new IllegalArgumentException("rowLimit must be positive: " + rowLimit);
      }
      this.rowLimit = rowLimit;
      return this;
    }

    public Builder rowOffset(int rowOffset) {
      if (rowOffset < 0) {
        throw new IllegalArgumentException("rowOffset < 0: " + rowOffset);
      }
      this.rowOffset = rowOffset;
      return this;
    }

    public Builder where(String condition) {
      extras.put("where", Objects.requireNonNull(condition, "condition"));
      return this;
    }

    public Builder extra(String key, Object value) {
      extras.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
      return this;
    }

    public Builder postProcessing(Map<String, Object> operation) {
      postProcessing.add(Map.copyOf(Objects.requireNonNull(operation, "operation")));
      return this;
    }
  }
}
