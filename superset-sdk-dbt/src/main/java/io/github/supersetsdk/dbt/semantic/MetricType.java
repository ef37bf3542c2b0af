package io.github.supersetsdk.dbt.semantic;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The type of a metric: MetricFlow's {@code simple}, {@code ratio}, {@code cumulative}, {@code derived} and {@code conversion}, the 2023 pre-release {@code measure_proxy}, or a legacy (manifest v4 to v9) calculation method such as {@code sum}. Values are kept in lower case.
 *
 * <p>This is an open set: values that dbt adds later are kept as read, through {@link #of(String)},
 * rather than rejected. Compare with {@link #equals(Object)}. Immutable and thread-safe.
 */
public final class MetricType {

  /** {@code simple}. */
  public static final MetricType SIMPLE = new MetricType("simple");

  /** {@code ratio}. */
  public static final MetricType RATIO = new MetricType("ratio");

  /** {@code cumulative}. */
  public static final MetricType CUMULATIVE = new MetricType("cumulative");

  /** {@code derived}. */
  public static final MetricType DERIVED = new MetricType("derived");

  /** {@code conversion}. */
  public static final MetricType CONVERSION = new MetricType("conversion");

  /** {@code measure_proxy}. */
  public static final MetricType MEASURE_PROXY = new MetricType("measure_proxy");

  /** {@code expression}. */
  public static final MetricType EXPRESSION = new MetricType("expression");

  /** {@code count}. */
  public static final MetricType COUNT = new MetricType("count");

  /** {@code count_distinct}. */
  public static final MetricType COUNT_DISTINCT = new MetricType("count_distinct");

  /** {@code sum}. */
  public static final MetricType SUM = new MetricType("sum");

  /** {@code average}. */
  public static final MetricType AVERAGE = new MetricType("average");

  /** {@code min}. */
  public static final MetricType MIN = new MetricType("min");

  /** {@code max}. */
  public static final MetricType MAX = new MetricType("max");

  private final String value;

  private MetricType(String value) {
    this.value = value;
  }

  /**
   * Returns the value for a string as dbt writes it, in lower case; known values return their constant.
   *
   * @param value the value as written
   * @return the value, never {@code null}
   * @throws NullPointerException if {@code value} is null
   */
  public static MetricType of(String value) {
    Objects.requireNonNull(value, "value");
    switch (value.toLowerCase(Locale.ROOT)) {
      case "simple":
        return SIMPLE;
      case "ratio":
        return RATIO;
      case "cumulative":
        return CUMULATIVE;
      case "derived":
        return DERIVED;
      case "conversion":
        return CONVERSION;
      case "measure_proxy":
        return MEASURE_PROXY;
      case "expression":
        return EXPRESSION;
      case "count":
        return COUNT;
      case "count_distinct":
        return COUNT_DISTINCT;
      case "sum":
        return SUM;
      case "average":
        return AVERAGE;
      case "min":
        return MIN;
      case "max":
        return MAX;
      default:
        return new MetricType(value.toLowerCase(Locale.ROOT));
    }
  }

  /**
   * Returns the value as dbt writes it.
   *
   * @return the value
   */
  public String value() {
    return value;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof MetricType && ((MetricType) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
