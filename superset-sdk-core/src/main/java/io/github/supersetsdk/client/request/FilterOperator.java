package io.github.supersetsdk.client.request;

import java.util.Objects;

/**
 * The operator of a list filter, as Flask-AppBuilder names it in the {@code opr} field of the {@code
 * q} parameter ({@code eq}, {@code ct}, {@code rel_o_m}, ...).
 *
 * <p>An open value class: the constants cover the common operators, and {@link #of(String)} names any
 * other, including Superset's resource-specific filters such as {@code dataset_is_null_or_empty} or
 * {@code chart_all_text}. Which operators a column accepts is listed by the resource's {@code _info}
 * endpoint. Immutable and thread-safe.
 *
 * @param value the operator name sent to the server
 */
public record FilterOperator(String value) {

  /** Equal to, exactly (case-sensitive). */
  public static final FilterOperator EQUALS = new FilterOperator("eq");

  /** Not equal to, exactly (case-sensitive). */
  public static final FilterOperator NOT_EQUALS = new FilterOperator("neq");

  /**
   * Contains, case-insensitive. Superset puts the value unescaped into an SQL {@code ILIKE}:
   * {@code %} and {@code _} in it are wildcards, {@code \} escapes, and a value ending in {@code \}
   * is refused (422).
   */
  public static final FilterOperator CONTAINS = new FilterOperator("ct");

  /** Does not contain, case-insensitive; wildcards and escapes as in {@link #CONTAINS}. */
  public static final FilterOperator NOT_CONTAINS = new FilterOperator("nct");

  /** Starts with, case-insensitive; wildcards and escapes as in {@link #CONTAINS}. */
  public static final FilterOperator STARTS_WITH = new FilterOperator("sw");

  /** Does not start with, case-insensitive; wildcards and escapes as in {@link #CONTAINS}. */
  public static final FilterOperator NOT_STARTS_WITH = new FilterOperator("nsw");

  /** Ends with, case-insensitive; wildcards and escapes as in {@link #CONTAINS}. */
  public static final FilterOperator ENDS_WITH = new FilterOperator("ew");

  /** Does not end with, case-insensitive; wildcards and escapes as in {@link #CONTAINS}. */
  public static final FilterOperator NOT_ENDS_WITH = new FilterOperator("new");

  /** Greater than. */
  public static final FilterOperator GREATER_THAN = new FilterOperator("gt");

  /** Less than. */
  public static final FilterOperator LESS_THAN = new FilterOperator("lt");

  /** Is one of a list of values, each compared exactly (case-sensitive). */
  public static final FilterOperator IN = new FilterOperator("in");

  /** Related to one of many (a to-one relation such as {@code database} equals the given id). */
  public static final FilterOperator RELATION_ONE_TO_MANY = new FilterOperator("rel_o_m");

  /** Not related to (a to-one relation differs from the given id). */
  public static final FilterOperator NOT_RELATION_ONE_TO_MANY = new FilterOperator("nrel_o_m");

  /** Related many-to-many (a to-many relation such as {@code owners} contains the given id). */
  public static final FilterOperator RELATION_MANY_TO_MANY = new FilterOperator("rel_m_m");

  /**
   * Creates an operator.
   *
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public FilterOperator {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("value is blank");
    }
  }

  /**
   * {@return the operator with the given name}
   *
   * @param value the operator name; not blank
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public static FilterOperator of(String value) {
    return new FilterOperator(value);
  }
}
