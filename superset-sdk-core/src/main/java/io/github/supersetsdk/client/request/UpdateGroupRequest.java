package io.github.supersetsdk.client.request;

import io.github.supersetsdk.client.id.RoleId;
import io.github.supersetsdk.client.id.UserId;
import java.util.List;
import java.util.Objects;

/**
 * A partial update of a user group: only fields that are set or cleared are sent. Setting roles or
 * users replaces the whole list.
 *
 * <pre>{@code
 * UpdateGroupRequest request = UpdateGroupRequest.builder().users(List.of(jane, john)).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the group's name
 * @param label the display label
 * @param description the description
 * @param roles the roles, replacing the current ones
 * @param users the members, replacing the current ones
 */
public record UpdateGroupRequest(
    Change<String> name,
    Change<String> label,
    Change<String> description,
    Change<List<RoleId>> roles,
    Change<List<UserId>> users) {

  /**
   * Validates the components.
   *
   * @param name the group's name
   * @param label the display label
   * @param description the description
   * @param roles the roles, replacing the current ones
   * @param users the members, replacing the current ones
   * @throws NullPointerException if a component is null; use {@link Change#unchanged()}
   */
  public UpdateGroupRequest {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(roles, "roles");
    Objects.requireNonNull(users, "users");
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
   * Whether the request changes nothing.
   *
   * @return {@code true} if every field is unchanged
   */
  public boolean isEmpty() {
    return name.isUnchanged() && label.isUnchanged() && description.isUnchanged() && roles.isUnchanged()
        && users.isUnchanged();
  }

  /** Builds an {@link UpdateGroupRequest}; fields not mentioned stay unchanged. Not thread-safe. */
  public static final class Builder {
    private Change<String> name = Change.unchanged();
    private Change<String> label = Change.unchanged();
    private Change<String> description = Change.unchanged();
    private Change<List<RoleId>> roles = Change.unchanged();
    private Change<List<UserId>> users = Change.unchanged();

    private Builder() {}

    /**
     * Sets the name.
     *
     * @param name the new value
     * @return this builder
     * @throws NullPointerException if {@code name} is null
     */
    public Builder name(String name) {
      this.name = Change.set(name);
      return this;
    }

    /**
     * Sets the display label.
     *
     * @param label the new value
     * @return this builder
     * @throws NullPointerException if {@code label} is null
     */
    public Builder label(String label) {
      this.label = Change.set(label);
      return this;
    }

    /**
     * Clears the display label (sends JSON {@code null}).
     *
     * @return this builder
     */
    public Builder clearLabel() {
      this.label = Change.clear();
      return this;
    }

    /**
     * Sets the description.
     *
     * @param description the new value
     * @return this builder
     * @throws NullPointerException if {@code description} is null
     */
    public Builder description(String description) {
      this.description = Change.set(description);
      return this;
    }

    /**
     * Clears the description (sends JSON {@code null}).
     *
     * @return this builder
     */
    public Builder clearDescription() {
      this.description = Change.clear();
      return this;
    }

    /**
     * Replaces the roles.
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
     * Replaces the members.
     *
     * @param users the new members
     * @return this builder
     * @throws NullPointerException if {@code users} is null
     */
    public Builder users(List<UserId> users) {
      this.users = Change.set(List.copyOf(Objects.requireNonNull(users, "users")));
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     */
    public UpdateGroupRequest build() {
      return new UpdateGroupRequest(name, label, description, roles, users);
    }
  }
}
