package io.github.supersetsdk.client.request;

import io.github.supersetsdk.client.id.GroupId;
import io.github.supersetsdk.client.id.RoleId;
import java.util.List;
import java.util.Objects;

/**
 * A partial update of a user account: only fields that are set are sent. Setting the password
 * resets it; as a {@link UserPassword} it prints as {@code ***}. Setting roles or groups replaces
 * the whole list.
 *
 * <pre>{@code
 * UpdateUserRequest request = UpdateUserRequest.builder().active(false).build();
 * }</pre>
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
public record UpdateUserRequest(
    Change<String> username,
    Change<String> firstName,
    Change<String> lastName,
    Change<String> email,
    Change<UserPassword> password,
    Change<Boolean> active,
    Change<List<RoleId>> roles,
    Change<List<GroupId>> groups) {

  /**
   * Validates the components.
   *
   * @param username the login name
   * @param firstName the first name
   * @param lastName the last name
   * @param email the email address
   * @param password a new password; a secret
   * @param active whether the user may log in
   * @param roles the roles granted directly, replacing the current ones
   * @param groups the groups, replacing the current ones
   * @throws NullPointerException if a component is null; use {@link Change#unchanged()}
   */
  public UpdateUserRequest {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(firstName, "firstName");
    Objects.requireNonNull(lastName, "lastName");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(active, "active");
    Objects.requireNonNull(roles, "roles");
    Objects.requireNonNull(groups, "groups");
  }

  /**
   * Returns a builder in which every field is unchanged.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialised from this request.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.username = username;
    b.firstName = firstName;
    b.lastName = lastName;
    b.email = email;
    b.password = password;
    b.active = active;
    b.roles = roles;
    b.groups = groups;
    return b;
  }

  /**
   * Whether the request changes nothing.
   *
   * @return {@code true} if every field is unchanged
   */
  public boolean isEmpty() {
    return username.isUnchanged() && firstName.isUnchanged() && lastName.isUnchanged() && email.isUnchanged()
        && password.isUnchanged() && active.isUnchanged() && roles.isUnchanged() && groups.isUnchanged();
  }

  /** Builds an {@link UpdateUserRequest}; fields not mentioned stay unchanged. Not thread-safe. */
  public static final class Builder {
    private Change<String> username = Change.unchanged();
    private Change<String> firstName = Change.unchanged();
    private Change<String> lastName = Change.unchanged();
    private Change<String> email = Change.unchanged();
    private Change<UserPassword> password = Change.unchanged();
    private Change<Boolean> active = Change.unchanged();
    private Change<List<RoleId>> roles = Change.unchanged();
    private Change<List<GroupId>> groups = Change.unchanged();

    private Builder() {}

    /**
     * Sets the login name.
     *
     * @param username the new value
     * @return this builder
     * @throws NullPointerException if {@code username} is null
     */
    public Builder username(String username) {
      this.username = Change.set(username);
      return this;
    }

    /**
     * Sets the first name.
     *
     * @param firstName the new value
     * @return this builder
     * @throws NullPointerException if {@code firstName} is null
     */
    public Builder firstName(String firstName) {
      this.firstName = Change.set(firstName);
      return this;
    }

    /**
     * Sets the last name.
     *
     * @param lastName the new value
     * @return this builder
     * @throws NullPointerException if {@code lastName} is null
     */
    public Builder lastName(String lastName) {
      this.lastName = Change.set(lastName);
      return this;
    }

    /**
     * Sets the email address.
     *
     * @param email the new value
     * @return this builder
     * @throws NullPointerException if {@code email} is null
     */
    public Builder email(String email) {
      this.email = Change.set(email);
      return this;
    }

    /**
     * Resets the password.
     *
     * @param password the new password
     * @return this builder
     * @throws NullPointerException if {@code password} is null
     * @throws IllegalArgumentException if {@code password} is empty
     */
    public Builder password(String password) {
      this.password = Change.set(UserPassword.of(Objects.requireNonNull(password, "password")));
      return this;
    }

    /**
     * Sets whether the user may log in.
     *
     * @param active the new value
     * @return this builder
     */
    public Builder active(boolean active) {
      this.active = Change.set(active);
      return this;
    }

    /**
     * Replaces the roles granted directly.
     *
     * @param roles the new roles
     * @return this builder
     * @throws NullPointerException if {@code roles} is null
     */
    public Builder roles(List<RoleId> roles) {
      this.roles = Change.set(List.copyOf(Objects.requireNonNull(roles, "roles")));
      return this;
    }

    /**
     * Replaces the groups.
     *
     * @param groups the new groups
     * @return this builder
     * @throws NullPointerException if {@code groups} is null
     */
    public Builder groups(List<GroupId> groups) {
      this.groups = Change.set(List.copyOf(Objects.requireNonNull(groups, "groups")));
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     */
    public UpdateUserRequest build() {
      return new UpdateUserRequest(username, firstName, lastName, email, password, active, roles, groups);
    }
  }
}
