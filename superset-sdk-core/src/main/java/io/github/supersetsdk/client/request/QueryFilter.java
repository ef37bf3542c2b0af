package io.github.supersetsdk.client.request;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A filter of a chart-data query: {@code {"col": ..., "op": ..., "val": ...}}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param col the column name
 * @param op the operator
 * @param val the value: a scalar, a list for {@code IN}/{@code NOT IN}, a range string for {@code
 *     TEMPORAL_RANGE}, or {@code null} for {@code IS NULL}/{@code IS NOT NULL}
 */
public record QueryFilter(String col, QueryFilterOperator op, @Nullable Object val) {

  /**
   * Validates the components; a list value is copied.
   *
   * @throws NullPointerException if {@code col} or {@code op} is null
   */
  public QueryFilter {
    Objects.requireNonNull(col, "col");
    Objects.requireNonNull(op, "op");
    if (val instanceof List<?> list) {
      val = List.copyOf(list);
    }
  }

  /**
   * {@return an equality filter}
   *
   * @param col the column name
   * @param value the value
   * @throws NullPointerException if an argument is null
   */
  public static QueryFilter eq(String col, Object value) {
    return new QueryFilter(col, QueryFilterOperator.EQUALS, Objects.requireNonNull(value, "value"));
  }

  /**
   * {@return a filter on a list of values}
   *
   * @param col the column name
   * @param values the values
   * @throws NullPointerException if an argument or value is null
   */
  public static QueryFilter in(String col, List<?> values) {
    return new QueryFilter(col, QueryFilterOperator.IN, List.copyOf(values));
  }
}
