package io.github.supersetsdk.client.request;

import io.github.supersetsdk.client.id.RoleId;
import io.github.supersetsdk.client.id.UserId;
import io.github.supersetsdk.client.internal.Copies;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A new user group.
 *
 * <pre>{@code
 * CreateGroupRequest request = CreateGroupRequest.builder("tenant-42-analysts")
 *     .label("Tenant 42 analysts")
 *     .roles(List.of(analystRole))
 *     .users(List.of(jane))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the group's name, unique per Superset
 * @param label the display label, or {@code null}
 * @param description the description, or {@code null}
 * @param roles the roles to grant the group's members
 * @param users the members
 */
public record CreateGroupRequest(
    String name, @Nullable String label, @Nullable String description, List<RoleId> roles, List<UserId> users) {

  /**
   * Validates and copies the components.
   *
   * @param name the group's name, unique per Superset
   * @param label the display label, or {@code null}
   * @param description the description, or {@code null}
   * @param roles the roles to grant the group's members
   * @param users the members
   * @throws NullPointerException if {@code name} is null
   */
  public CreateGroupRequest {
    Objects.requireNonNull(name, "name");
    roles = Copies.list(roles);
    users = Copies.list(users);
  }

  /**
   * Returns a builder with the name set.
   *
   * @param name the group's name
   * @return a new builder
   * @throws NullPointerException if {@code name} is null
   */
  public static Builder builder(String name) {
    Builder b = new Builder();
    b.name = Objects.requireNonNull(name, "name");
    return b;
  }

  /**
   * Returns a builder initialised from this request.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = builder(name);
    b.label = label;
    b.description = description;
    b.roles = new ArrayList<>(roles);
    b.users = new ArrayList<>(users);
    return b;
  }

  /** Builds a {@link CreateGroupRequest}. Not thread-safe. */
  public static final class Builder {
    private String name = "";
    private @Nullable String label;
    private @Nullable String description;
    private List<RoleId> roles = new ArrayList<>();
    private List<UserId> users = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the display label.
     *
     * @param label the value
     * @return this builder
     * @throws NullPointerException if {@code label} is null
     */
    public Builder label(String label) {
      this.label = Objects.requireNonNull(label, "label");
      return this;
    }

    /**
     * Sets the description.
     *
     * @param description the value
     * @return this builder
     * @throws NullPointerException if {@code description} is null
     */
    public Builder description(String description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    /**
     * Sets the roles to grant the group's members.
     *
     * @param roles the roles
     * @return this builder
     * @throws NullPointerException if {@code roles} is null
     */
    public Builder roles(List<RoleId> roles) {
      this.roles = new ArrayList<>(Objects.requireNonNull(roles, "roles"));
      return this;
    }

    /**
     * Sets the members.
     *
     * @param users the users
     * @return this builder
     * @throws NullPointerException if {@code users} is null
     */
    public Builder users(List<UserId> users) {
      this.users = new ArrayList<>(Objects.requireNonNull(users, "users"));
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     */
    public CreateGroupRequest build() {
      return new CreateGroupRequest(name, label, description, roles, users);
    }
  }
}
