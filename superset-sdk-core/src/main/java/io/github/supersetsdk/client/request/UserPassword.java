package io.github.supersetsdk.client.request;

import java.util.Objects;

/**
 * A user's password on its way to Superset, as a value whose {@link #toString()} is {@code ***}, so
 * that a request printed or logged by accident never shows it. It is sent as a plain JSON string.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.RequestSnippets region=UserPassword}
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the password; a secret
 */
public record UserPassword(String value) {

  /**
   * Validates the password.
   *
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is empty
   */
  public UserPassword {
    Objects.requireNonNull(value, "value");
    if (value.isEmpty()) {
      throw new IllegalArgumentException("password is empty");
    }
  }

  /**
   * Wraps a password.
   *
   * @param value the password
   * @return the wrapped password
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is empty
   */
  public static UserPassword of(String value) {
    return new UserPassword(value);
  }

  /** {@return {@code ***}: the password is hidden} */
  @Override
  public String toString() {
    return "***";
  }
}
