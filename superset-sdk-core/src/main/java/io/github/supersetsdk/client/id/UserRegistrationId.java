package io.github.supersetsdk.client.id;

/**
 * The numeric id of a pending user registration, typed so that it cannot be confused with the id of another kind of
 * object.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the id Superset assigned
 */
public record UserRegistrationId(long value) {

  /**
   * Validates the id.
   *
   * @param value the id Superset assigned
   * @throws IllegalArgumentException if {@code value} is not positive
   */
  public UserRegistrationId {
    if (value <= 0) {
      throw new IllegalArgumentException("UserRegistrationId must be positive: " + value);
    }
  }

  /**
   * Returns the id with the given value.
   *
   * @param value the id Superset assigned; positive
   * @return the typed id
   * @throws IllegalArgumentException if {@code value} is not positive
   */
  public static UserRegistrationId of(long value) {
    return new UserRegistrationId(value);
  }
}
