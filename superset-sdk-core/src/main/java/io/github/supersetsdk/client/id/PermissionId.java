package io.github.supersetsdk.client.id;

/**
 * The numeric id of a permission (an action such as {@code can_read}), typed so that it cannot be confused with the id of another kind of
 * object.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the id Superset assigned
 */
public record PermissionId(long value) {

  /**
   * Validates the id.
   *
   * @param value the id Superset assigned
   * @throws IllegalArgumentException if {@code value} is not positive
   */
  public PermissionId {
    if (value <= 0) {
      throw new IllegalArgumentException("PermissionId must be positive: " + value);
    }
  }

  /**
   * Returns the id with the given value.
   *
   * @param value the id Superset assigned; positive
   * @return the typed id
   * @throws IllegalArgumentException if {@code value} is not positive
   */
  public static PermissionId of(long value) {
    return new PermissionId(value);
  }
}
