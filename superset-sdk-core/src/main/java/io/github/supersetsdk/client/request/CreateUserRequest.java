package io.github.supersetsdk.client.request;

import io.github.supersetsdk.client.id.GroupId;
import io.github.supersetsdk.client.id.RoleId;
import io.github.supersetsdk.codegen.GeneratedBuilder;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A new user account with a password (for Superset's {@code db} authentication). Superset requires at
 * least one role or group. The password is a {@link UserPassword}, which prints as {@code ***}.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.RequestSnippets region=CreateUserRequest}
 *
 * <p>Immutable and thread-safe.
 *
 * @param username the login name, unique per Superset
 * @param firstName the first name
 * @param lastName the last name
 * @param email the email address, unique per Superset
 * @param password the initial password; a secret
 * @param active whether the user may log in, or {@code null} for active (the client sends
 *     {@code true}: older Superset releases would store the user as inactive)
 * @param roles the roles to grant; this or {@code groups} must not be empty
 * @param groups the groups to add the user to
 */
@GeneratedBuilder
public record CreateUserRequest(
    String username,
    String firstName,
    String lastName,
    String email,
    UserPassword password,
    @Nullable Boolean active,
    List<RoleId> roles,
    List<GroupId> groups) implements CreateUserRequestBuilder.Methods {

  /** Copies the lists; never null. */
  public CreateUserRequest {
    roles = Copies.list(roles);
    groups = Copies.list(groups);
  }

  /**
   * {@return a new builder with the required fields set}
   *
   * @param username the login name
   * @param firstName the first name
   * @param lastName the last name
   * @param email the email address
   * @param password the initial password
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code password} is empty
   */
  public static Builder builder(String username, String firstName, String lastName, String email, String password) {
    return builder(username, firstName, lastName, email, UserPassword.of(Objects.requireNonNull(password, "password")));
  }

  /**
   * {@return a new builder with the required fields set}
   *
   * @param username the login name
   * @param firstName the first name
   * @param lastName the last name
   * @param email the email address
   * @param password the initial password
   * @throws NullPointerException if an argument is null
   */
  public static Builder builder(
      String username, String firstName, String lastName, String email, UserPassword password) {
    return CreateUserRequestBuilder.create(username, firstName, lastName, email, password);
  }

  /** Builds a {@link CreateUserRequest}. Not thread-safe. */
  public static final class Builder extends CreateUserRequestBuilder {
    Builder() {}
  }
}
