package io.github.supersetsdk.client.request;

import org.jspecify.annotations.Nullable;

/**
 * Changes to the current user's own profile: names and password. Fields left {@code null} stay
 * as they are. {@code toString()} hides the password.
 *
 * <p>Immutable and thread-safe.
 *
 * @param firstName the new first name, or {@code null}
 * @param lastName the new last name, or {@code null}
 * @param password the new password, or {@code null}
 */
public record UpdateCurrentUserRequest(
    @Nullable String firstName, @Nullable String lastName, @Nullable String password) {

  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException if nothing is changed, or a given value is blank
   */
  public UpdateCurrentUserRequest {
    if (firstName == null && lastName == null && password == null) {
      throw new IllegalArgumentException("the update changes nothing");
    }
    if (firstName != null && firstName.isBlank() || lastName != null && lastName.isBlank()
        || password != null && password.isEmpty()) {
      throw new IllegalArgumentException("names must not be blank and the password not empty");
    }
  }

  /**
   * Changes the names only.
   *
   * @param firstName the new first name
   * @param lastName the new last name
   * @return the request
   * @throws IllegalArgumentException if a name is blank
   */
  public static UpdateCurrentUserRequest names(String firstName, String lastName) {
    return new UpdateCurrentUserRequest(firstName, lastName, null);
  }

  @Override
  public String toString() {
    return "UpdateCurrentUserRequest[firstName=" + firstName + ", lastName=" + lastName + ", password="
        + (password == null ? "null" : "***") + "]";
  }
}
