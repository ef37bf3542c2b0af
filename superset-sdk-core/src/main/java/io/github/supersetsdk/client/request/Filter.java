package io.github.supersetsdk.client.request;

import java.util.List;
import java.util.Objects;

/**
 * One condition of a list query: a column, an operator and a value, sent as {@code (col:...,opr:...,
 * value:...)} in the Rison {@code q} parameter.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.RequestSnippets region=Filter}
 *
 * <p>Immutable and thread-safe.
 *
 * @param column the column to filter on, as the resource's API names it
 * @param operator the operator
 * @param value a string, number, boolean, typed id, or a list of those
 */
public record Filter(String column, FilterOperator operator, Object value) {

  /**
   * Validates the components; a list value is copied.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if {@code column} is blank or {@code value} is of an unsupported
   *     type
   */
  public Filter {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(value, "value");
    if (column.isBlank()) {
      throw new IllegalArgumentException("column is blank");
    }
    if (value instanceof List<?> list) {
      value = List.copyOf(list);
      for (Object item : (List<?>) value) {
        requireScalar(item);
      }
    } else {
      requireScalar(value);
    }
  }

  /**
   * Creates a filter.
   *
   * @param column the column to filter on
   * @param operator the operator
   * @param value a string, number, boolean, typed id, or a list of those
   * @return the filter
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code column} is blank or {@code value} is of an unsupported
   *     type
   */
  public static Filter of(String column, FilterOperator operator, Object value) {
    return new Filter(column, operator, value);
  }

  /**
   * Creates an equality filter.
   *
   * @param column the column to filter on
   * @param value a string, number, boolean or typed id
   * @return the filter
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code column} is blank or {@code value} is of an unsupported
   *     type
   */
  public static Filter eq(String column, Object value) {
    return new Filter(column, FilterOperator.EQUALS, value);
  }

  private static void requireScalar(Object value) {
    boolean ok = value instanceof String || value instanceof Number || value instanceof Boolean
        || (value instanceof Record r && r.getClass().getRecordComponents().length == 1);
    if (!ok) {
      throw new IllegalArgumentException(
          "filter values must be strings, numbers, booleans or typed ids, got " + value.getClass().getName());
    }
  }
}
