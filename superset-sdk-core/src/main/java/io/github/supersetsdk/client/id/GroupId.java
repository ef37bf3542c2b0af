package io.github.supersetsdk.client.id;

/**
 * The numeric id of a user group, typed so that it cannot be confused with the id of another kind of
 * object.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the id Superset assigned
 */
public record GroupId(long value) {

  /**
   * Validates the id.
   *
   * @param value the id Superset assigned
   * @throws IllegalArgumentException if {@code value} is not positive
   */
  public GroupId {
    if (value <= 0) {
      throw new IllegalArgumentException("GroupId must be positive: " + value);
    }
  }

  /**
   * Returns the id with the given value.
   *
   * @param value the id Superset assigned; positive
   * @return the typed id
   * @throws IllegalArgumentException if {@code value} is not positive
   */
  public static GroupId of(long value) {
    return new GroupId(value);
  }
}
