package io.github.supersetsdk.sync.internal.metrics;

import org.jspecify.annotations.Nullable;

/**
 * The SQL a dialect writes: everything the compiler writes that is not copied from dbt goes through
 * here, so a dialect is one class. Implementations must be immutable and thread-safe.
 */
public interface Dialect {

  /**
   * Returns a column reference for a name written in dbt YAML (a measure or dimension without
   * {@code expr}).
   *
   * @param name the name
   * @return the name, quoted only when it must be
   */
  String identifier(String name);

  /**
   * Returns an aggregate call.
   *
   * @param function one of {@code SUM}, {@code COUNT}, {@code COUNT_DISTINCT}, {@code MIN},
   *     {@code MAX}, {@code AVG}
   * @param argument the aggregated SQL expression
   * @return the call
   */
  String aggregate(String function, String argument);

  /**
   * Returns an exact percentile aggregate.
   *
   * @param percentile between 0 and 1
   * @param discrete whether the result is a value of the column rather than interpolated
   * @param argument the ordered SQL expression
   * @return the call, or {@code null} if the warehouse has no such exact aggregate
   */
  @Nullable String percentile(double percentile, boolean discrete, String argument);

  /**
   * Returns an approximate percentile aggregate, for measures with
   * {@code use_approximate_percentile}.
   *
   * @param percentile between 0 and 1
   * @param discrete whether the result is a value of the column rather than interpolated
   * @param argument the SQL expression
   * @return the call, or {@code null} if the warehouse has no such approximate aggregate
   */
  default @Nullable String approximatePercentile(double percentile, boolean discrete, String argument) {
    return null;
  }

  /**
   * Returns a time value truncated to a grain.
   *
   * @param grain {@code day}, {@code week}, {@code month}, {@code quarter}, {@code year}, ...
   * @param expression the time expression
   * @return the truncation
   */
  String dateTrunc(String grain, String expression);

  /**
   * Returns a part of a time value as a number.
   *
   * @param part {@code year}, {@code month}, {@code day}, {@code dow}, ...
   * @param expression the time expression
   * @return the extraction
   */
  String datePart(String part, String expression);

  /**
   * Returns the division of two numbers as a floating point number, null when the denominator is
   * zero: MetricFlow's ratio.
   *
   * @param numerator the numerator
   * @param denominator the denominator
   * @return the expression
   */
  String ratio(String numerator, String denominator);

  /**
   * Returns a string literal.
   *
   * @param value the value
   * @return the quoted literal
   */
  String stringLiteral(String value);

  /**
   * Returns a number literal for {@code fill_nulls_with}.
   *
   * @param value the value
   * @return the literal
   */
  default String numberLiteral(@Nullable Number value) {
    return String.valueOf(value);
  }
}
