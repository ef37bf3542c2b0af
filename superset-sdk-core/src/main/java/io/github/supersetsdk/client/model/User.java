package io.github.supersetsdk.client.model;

import io.github.supersetsdk.client.id.UserId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A Superset user account, as the security API shows it. Passwords are never returned.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the user's id
 * @param username the login name, unique per Superset
 * @param firstName the first name
 * @param lastName the last name
 * @param email the email address, unique per Superset
 * @param active whether the user may log in
 * @param roles the roles granted to the user directly
 * @param groups the groups the user belongs to
 * @param lastLogin when the user last logged in, or {@code null} if never
 * @param loginCount successful logins, or {@code null} if never counted
 * @param failLoginCount failed logins since the last success, or {@code null}
 * @param createdOn when the account was created
 * @param changedOn when the account was last changed
 */
public record User(
    UserId id,
    String username,
    @Nullable String firstName,
    @Nullable String lastName,
    @Nullable String email,
    boolean active,
    List<RoleRef> roles,
    List<GroupRef> groups,
    @Nullable Instant lastLogin,
    @Nullable Long loginCount,
    @Nullable Long failLoginCount,
    @Nullable Instant createdOn,
    @Nullable Instant changedOn) {

  /** Copies the lists; never null. */
  public User {
    roles = Copies.list(roles);
    groups = Copies.list(groups);
  }
}
