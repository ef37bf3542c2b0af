package io.github.supersetsdk.client.request;

import io.github.supersetsdk.client.id.GroupId;
import io.github.supersetsdk.client.id.RoleId;
import io.github.supersetsdk.codegen.GeneratedBuilder;
import java.util.List;
import java.util.Objects;

/**
 * A partial update of a user account: only fields that are set are sent. Setting the password
 * resets it; as a {@link UserPassword} it prints as {@code ***}. Setting roles or groups replaces
 * the whole list.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.RequestSnippets region=UpdateUserRequest}
 *
 * <p>Immutable and thread-safe.
 *
 * @param username the login name
 * @param firstName the first name
 * @param lastName the last name
 * @param email the email address
 * @param password a new password; a secret
 * @param active whether the user may log in
 * @param roles the roles granted directly, replacing the current ones
 * @param groups the groups, replacing the current ones
 */
@GeneratedBuilder
public record UpdateUserRequest(
    Change<String> username,
    Change<String> firstName,
    Change<String> lastName,
    Change<String> email,
    Change<UserPassword> password,
    Change<Boolean> active,
    Change<List<RoleId>> roles,
    Change<List<GroupId>> groups) implements UpdateUserRequestBuilder.Methods {

  /** {@return a new builder in which every field is unchanged} */
  public static Builder builder() {
    return UpdateUserRequestBuilder.create();
  }

  /** Builds an {@link UpdateUserRequest}; fields not mentioned stay unchanged. Not thread-safe. */
  public static final class Builder extends UpdateUserRequestBuilder {
    Builder() {}

    /**
     * Sets a new password; {@code toString()} does not show it.
     *
     * @param password the new password
     * @return this builder
     * @throws NullPointerException if {@code password} is null
     */
    public Builder password(String password) {
      this.password = Change.set(UserPassword.of(Objects.requireNonNull(password, "password")));
      return this;
    }
  }
}
