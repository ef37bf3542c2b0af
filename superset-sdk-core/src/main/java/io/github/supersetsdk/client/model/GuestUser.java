package io.github.supersetsdk.client.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Who a guest token is for, as Superset shows and logs it. The guest is not a Superset user; its
 * permissions come from the guest role ({@code GUEST_ROLE_NAME}) and the token.
 *
 * <p>Immutable and thread-safe.
 *
 * @param username the name the guest is logged under, e.g. your application's user id
 * @param firstName the first name, or {@code null}
 * @param lastName the last name, or {@code null}
 */
public record GuestUser(String username, @Nullable String firstName, @Nullable String lastName) {

  /**
   * Validates the username.
   *
   * @throws NullPointerException if {@code username} is null
   */
  public GuestUser {
    Objects.requireNonNull(username, "username");
  }

  /**
   * {@return a guest known by username only}
   *
   * @param username the name the guest is logged under
   * @throws NullPointerException if {@code username} is null
   */
  public static GuestUser of(String username) {
    return new GuestUser(username, null, null);
  }
}
