package io.github.supersetsdk.client.request;

import java.util.Objects;

/**
 * The operator of a chart-data query filter ({@code op} in Superset's query object), such as {@code
 * ==} or {@code IN}.
 *
 * <p>An open value class: the constants cover Superset's operators, {@link #of(String)} names others.
 * Immutable and thread-safe.
 *
 * @param value the operator as Superset writes it
 */
public record QueryFilterOperator(String value) {

  /** Equal to. */
  public static final QueryFilterOperator EQUALS = new QueryFilterOperator("==");
  /** Not equal to. */
  public static final QueryFilterOperator NOT_EQUALS = new QueryFilterOperator("!=");
  /** Greater than. */
  public static final QueryFilterOperator GREATER_THAN = new QueryFilterOperator(">");
  /** Greater than or equal to. */
  public static final QueryFilterOperator GREATER_THAN_OR_EQUALS = new QueryFilterOperator(">=");
  /** Less than. */
  public static final QueryFilterOperator LESS_THAN = new QueryFilterOperator("<");
  /** Less than or equal to. */
  public static final QueryFilterOperator LESS_THAN_OR_EQUALS = new QueryFilterOperator("<=");
  /** One of a list of values. */
  public static final QueryFilterOperator IN = new QueryFilterOperator("IN");
  /** None of a list of values. */
  public static final QueryFilterOperator NOT_IN = new QueryFilterOperator("NOT IN");
  /** SQL LIKE. */
  public static final QueryFilterOperator LIKE = new QueryFilterOperator("LIKE");
  /** SQL ILIKE (case-insensitive LIKE). */
  public static final QueryFilterOperator ILIKE = new QueryFilterOperator("ILIKE");
  /** Is NULL; takes no value. */
  public static final QueryFilterOperator IS_NULL = new QueryFilterOperator("IS NULL");
  /** Is not NULL; takes no value. */
  public static final QueryFilterOperator IS_NOT_NULL = new QueryFilterOperator("IS NOT NULL");
  /** Within a time range such as {@code Last week} or {@code 2024-01-01 : 2024-02-01}. */
  public static final QueryFilterOperator TEMPORAL_RANGE = new QueryFilterOperator("TEMPORAL_RANGE");

  /**
   * Validates the value.
   *
   * @throws NullPointerException if {@code value} is null
   */
  public QueryFilterOperator {
    Objects.requireNonNull(value, "value");
  }

  /**
   * {@return the operator with the given name}
   *
   * @param value the operator as Superset writes it
   * @throws NullPointerException if {@code value} is null
   */
  public static QueryFilterOperator of(String value) {
    return new QueryFilterOperator(value);
  }
}
