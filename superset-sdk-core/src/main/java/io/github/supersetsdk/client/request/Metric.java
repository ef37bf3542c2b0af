package io.github.supersetsdk.client.request;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A metric of a chart: an aggregate of one column ({@link #sum(String)}, {@link #count()}...), a
 * metric saved on the dataset ({@link #saved(String)}), or an SQL aggregate ({@link #sql(String)}).
 * {@link #as(String)} names it; the name is the metric's column in chart data.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.RequestSnippets region=Metric}
 *
 * <p>Without {@code as(...)}, the label is Superset's own: {@code SUM(net_revenue)} for an
 * aggregate, the SQL for an SQL metric, the name for a saved metric. Immutable and thread-safe.
 */
public final class Metric {

  private final Kind kind;
  private final String expression;
  private final @Nullable String aggregate;
  private final @Nullable String label;

  private enum Kind {
    SIMPLE,
    SQL,
    SAVED
  }

  private Metric(Kind kind, String expression, @Nullable String aggregate, @Nullable String label) {
    this.kind = kind;
    this.expression = expression;
    this.aggregate = aggregate;
    this.label = label;
  }

  /**
   * The sum of a column.
   *
   * @param column the column name
   * @return the metric, labelled {@code SUM(column)}
   * @throws NullPointerException if {@code column} is null
   * @throws IllegalArgumentException if {@code column} is blank
   */
  public static Metric sum(String column) {
    return aggregate("SUM", column);
  }

  /**
   * The average of a column.
   *
   * @param column the column name
   * @return the metric, labelled {@code AVG(column)}
   * @throws NullPointerException if {@code column} is null
   * @throws IllegalArgumentException if {@code column} is blank
   */
  public static Metric avg(String column) {
    return aggregate("AVG", column);
  }

  /**
   * The number of non-null values of a column.
   *
   * @param column the column name
   * @return the metric, labelled {@code COUNT(column)}
   * @throws NullPointerException if {@code column} is null
   * @throws IllegalArgumentException if {@code column} is blank
   */
  public static Metric count(String column) {
    return aggregate("COUNT", column);
  }

  /** {@return the number of rows, {@code COUNT(*)}, labelled {@code COUNT(*)}} */
  public static Metric count() {
    return new Metric(Kind.SQL, "COUNT(*)", null, null);
  }

  /**
   * The number of distinct values of a column.
   *
   * @param column the column name
   * @return the metric, labelled {@code COUNT_DISTINCT(column)}
   * @throws NullPointerException if {@code column} is null
   * @throws IllegalArgumentException if {@code column} is blank
   */
  public static Metric countDistinct(String column) {
    return aggregate("COUNT_DISTINCT", column);
  }

  /**
   * The smallest value of a column.
   *
   * @param column the column name
   * @return the metric, labelled {@code MIN(column)}
   * @throws NullPointerException if {@code column} is null
   * @throws IllegalArgumentException if {@code column} is blank
   */
  public static Metric min(String column) {
    return aggregate("MIN", column);
  }

  /**
   * The largest value of a column.
   *
   * @param column the column name
   * @return the metric, labelled {@code MAX(column)}
   * @throws NullPointerException if {@code column} is null
   * @throws IllegalArgumentException if {@code column} is blank
   */
  public static Metric max(String column) {
    return aggregate("MAX", column);
  }

  /**
   * A metric saved on the dataset, e.g. {@code count}, which Superset adds to every new dataset.
   *
   * @param name the metric's name on the dataset
   * @return the metric; its label is its name and cannot be changed
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public static Metric saved(String name) {
    return new Metric(Kind.SAVED, requireText(name, "name"), null, null);
  }

  /**
   * An SQL aggregate expression, e.g. {@code SUM(net_revenue) / COUNT(*)}. Write it from trusted
   * values only: it runs as written.
   *
   * @param expression the aggregate expression
   * @return the metric, labelled with the expression until {@link #as(String)}
   * @throws NullPointerException if {@code expression} is null
   * @throws IllegalArgumentException if {@code expression} is blank
   */
  public static Metric sql(String expression) {
    return new Metric(Kind.SQL, requireText(expression, "expression"), null, null);
  }

  /**
   * This metric with a label: its column name in chart data and its name in the chart's legend.
   *
   * @param label the label
   * @return a new metric
   * @throws NullPointerException if {@code label} is null
   * @throws IllegalArgumentException if {@code label} is blank, or this is a saved metric (whose
   *     label is its name)
   */
  public Metric as(String label) {
    requireText(label, "label");
    if (kind == Kind.SAVED) {
      throw new IllegalArgumentException(
          "saved metric '" + expression + "' is labelled by its name; use Metric.sql(...) to relabel it");
    }
    return new Metric(kind, expression, aggregate, label);
  }

  /**
   * {@return the metric's label, its column name in chart data: the one given by {@link #as(String)}, or
   * Superset's default}
   */
  public String label() {
    if (label != null) {
      return label;
    }
    return switch (kind) {
      case SIMPLE -> aggregate + "(" + expression + ")";
      case SQL, SAVED -> expression;
    };
  }

  /** {@return whether this is a metric saved on the dataset, made by {@link #saved(String)}} */
  public boolean isSaved() {
    return kind == Kind.SAVED;
  }

  /**
   * {@return the metric as Superset writes it in form data and queries: a saved metric's name, or an adhoc
   * metric object as an immutable map}
   */
  public Object toJsonValue() {
    if (kind == Kind.SAVED) {
      return expression;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("expressionType", kind.name());
    if (kind == Kind.SIMPLE) {
      m.put("column", Map.of("column_name", expression));
      m.put("aggregate", Objects.requireNonNull(aggregate));
    } else {
      m.put("sqlExpression", expression);
    }
    m.put("label", label());
    m.put("hasCustomLabel", label != null);
    return java.util.Collections.unmodifiableMap(m);
  }

  /**
   * Reads a metric as Superset writes it in form data: a saved metric's name or an adhoc metric
   * object.
   *
   * @param value a {@code String} or a map with {@code expressionType}
   * @return the metric
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not a metric Superset writes
   */
  public static Metric fromJsonValue(Object value) {
    Objects.requireNonNull(value, "value");
    if (value instanceof String name) {
      return saved(name);
    }
    if (!(value instanceof Map<?, ?> m)) {
      throw new IllegalArgumentException("a metric is a name or an object, not " + value.getClass().getSimpleName());
    }
    Object type = m.get("expressionType");
    Object label = m.get("label");
    boolean custom = Boolean.TRUE.equals(m.get("hasCustomLabel"));
    Metric metric;
    if ("SIMPLE".equals(type) && m.get("column") instanceof Map<?, ?> column
        && column.get("column_name") instanceof String name && m.get("aggregate") instanceof String agg) {
      metric = aggregate(agg, name);
    } else if ("SQL".equals(type) && m.get("sqlExpression") instanceof String sql) {
      metric = sql(sql);
    } else {
      throw new IllegalArgumentException("unsupported adhoc metric (expressionType " + type + ")");
    }
    // A label that differs from the default is custom even when the flag is missing.
    if (label instanceof String l && (custom || !l.equals(metric.label()))) {
      return metric.as(l);
    }
    return metric;
  }

  private static Metric aggregate(String aggregate, String column) {
    return new Metric(Kind.SIMPLE, requireText(column, "column"), aggregate, null);
  }

  private static String requireText(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " is blank");
    }
    return value;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Metric other
        && kind == other.kind
        && expression.equals(other.expression)
        && Objects.equals(aggregate, other.aggregate)
        && Objects.equals(label, other.label);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, expression, aggregate, label);
  }

  /** {@return a description of the metric, e.g. {@code SUM(net_revenue) AS revenue}} */
  @Override
  public String toString() {
    String base = kind == Kind.SIMPLE ? aggregate + "(" + expression + ")" : expression;
    return label == null ? base : base + " AS " + label;
  }
}
