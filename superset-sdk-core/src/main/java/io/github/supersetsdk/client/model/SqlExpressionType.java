package io.github.supersetsdk.client.model;

import java.util.Objects;

/**
 * What a SQL expression is used as in a dataset: a column, a metric, or a WHERE or HAVING filter.
 *
 * <p>An open value class. Immutable and thread-safe.
 *
 * @param value the kind as Superset spells it
 */
public record SqlExpressionType(String value) {

  /** A calculated column. */
  public static final SqlExpressionType COLUMN = new SqlExpressionType("column");

  /** A metric (an aggregate). */
  public static final SqlExpressionType METRIC = new SqlExpressionType("metric");

  /** A WHERE clause. */
  public static final SqlExpressionType WHERE = new SqlExpressionType("where");

  /** A HAVING clause. */
  public static final SqlExpressionType HAVING = new SqlExpressionType("having");

  /**
   * Validates the value.
   *
   * @throws NullPointerException if {@code value} is null
   */
  public SqlExpressionType {
    Objects.requireNonNull(value, "value");
  }

  /**
   * {@return the kind with the given name}
   *
   * @param value e.g. {@code metric}
   * @throws NullPointerException if {@code value} is null
   */
  public static SqlExpressionType of(String value) {
    return new SqlExpressionType(value);
  }
}
