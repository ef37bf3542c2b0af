package io.github.supersetsdk.client.model;

import io.github.supersetsdk.client.id.UserRegistrationId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A pending self-registration of a user (with {@code AUTH_USER_REGISTRATION} on), waiting for its
 * confirmation link to be followed. {@link #toString()} leaves out the registration hash, which is
 * the secret in that link.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the registration's id
 * @param username the requested login name
 * @param email the email address the confirmation was sent to
 * @param firstName the first name
 * @param lastName the last name
 * @param registrationDate when the user registered
 * @param registrationHash the secret of the confirmation link; never log it
 */
public record UserRegistration(
    UserRegistrationId id,
    @Nullable String username,
    @Nullable String email,
    @Nullable String firstName,
    @Nullable String lastName,
    @Nullable Instant registrationDate,
    @Nullable String registrationHash) {

  @Override
  public String toString() {
    return "UserRegistration[id=" + id + ", username=" + username + ", email=" + email
        + ", firstName=" + firstName + ", lastName=" + lastName + ", registrationDate=" + registrationDate
        + ", registrationHash=" + (registrationHash == null ? null : "***") + "]";
  }
}
