package io.github.supersetsdk.client.id;

/**
 * The numeric id of a query run through SQL Lab (an entry of the query history), typed so that it cannot be confused with the id of another kind of object.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the id Superset assigned
 */
public record QueryId(long value) {

  /**
   * Validates the id.
   *
   * @param value the id Superset assigned
   * @throws IllegalArgumentException if {@code value} is not positive
   */
  public QueryId {
    if (value <= 0) {
      throw new IllegalArgumentException("QueryId must be positive: " + value);
    }
  }

  /**
   * Returns the id with the given value.
   *
   * @param value the id Superset assigned; positive
   * @return the typed id
   * @throws IllegalArgumentException if {@code value} is not positive
   */
  public static QueryId of(long value) {
    return new QueryId(value);
  }
}
