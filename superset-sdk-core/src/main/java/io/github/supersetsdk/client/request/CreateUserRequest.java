package io.github.supersetsdk.client.request;

import io.github.supersetsdk.client.id.GroupId;
import io.github.supersetsdk.client.id.RoleId;
import io.github.supersetsdk.client.internal.Copies;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A new user account with a password (for Superset's {@code db} authentication). Superset requires at
 * least one role or group. The password is a {@link UserPassword}, which prints as {@code ***}.
 *
 * <pre>{@code
 * CreateUserRequest request = CreateUserRequest
 *     .builder("jdoe", "Jane", "Doe", "jdoe@example.com", initialPassword)
 *     .roles(List.of(analystRole))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param username the login name, unique per Superset
 * @param firstName the first name
 * @param lastName the last name
 * @param email the email address, unique per Superset
 * @param password the initial password; a secret
 * @param active whether the user may log in, or {@code null} for the server's default (active)
 * @param roles the roles to grant; this or {@code groups} must not be empty
 * @param groups the groups to add the user to
 */
public record CreateUserRequest(
    String username,
    String firstName,
    String lastName,
    String email,
    UserPassword password,
    @Nullable Boolean active,
    List<RoleId> roles,
    List<GroupId> groups) {

  /**
   * Validates and copies the components.
   *
   * @param username the login name, unique per Superset
   * @param firstName the first name
   * @param lastName the last name
   * @param email the email address, unique per Superset
   * @param password the initial password; a secret
   * @param active whether the user may log in, or {@code null} for the server's default (active)
   * @param roles the roles to grant; this or {@code groups} must not be empty
   * @param groups the groups to add the user to
   * @throws NullPointerException if a required component is null
   */
  public CreateUserRequest {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(firstName, "firstName");
    Objects.requireNonNull(lastName, "lastName");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(password, "password");
    roles = Copies.list(roles);
    groups = Copies.list(groups);
  }

  /**
   * Returns a builder with the required fields set.
   *
   * @param username the login name
   * @param firstName the first name
   * @param lastName the last name
   * @param email the email address
   * @param password the initial password
   * @return a new builder
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code password} is empty
   */
  public static Builder builder(String username, String firstName, String lastName, String email, String password) {
    return builder(username, firstName, lastName, email, UserPassword.of(Objects.requireNonNull(password, "password")));
  }

  /**
   * Returns a builder with the required fields set.
   *
   * @param username the login name
   * @param firstName the first name
   * @param lastName the last name
   * @param email the email address
   * @param password the initial password
   * @return a new builder
   * @throws NullPointerException if an argument is null
   */
  public static Builder builder(
      String username, String firstName, String lastName, String email, UserPassword password) {
    Builder b = new Builder();
    b.username = Objects.requireNonNull(username, "username");
    b.firstName = Objects.requireNonNull(firstName, "firstName");
    b.lastName = Objects.requireNonNull(lastName, "lastName");
    b.email = Objects.requireNonNull(email, "email");
    b.password = Objects.requireNonNull(password, "password");
    return b;
  }

  /**
   * Returns a builder initialised from this request.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = builder(username, firstName, lastName, email, password);
    b.active = active;
    b.roles = new ArrayList<>(roles);
    b.groups = new ArrayList<>(groups);
    return b;
  }

  /** Builds a {@link CreateUserRequest}. Not thread-safe. */
  public static final class Builder {
    private @Nullable String username;
    private @Nullable String firstName;
    private @Nullable String lastName;
    private @Nullable String email;
    private @Nullable UserPassword password;
    private @Nullable Boolean active;
    private List<RoleId> roles = new ArrayList<>();
    private List<GroupId> groups = new ArrayList<>();

    private Builder() {}

    /**
     * Sets whether the user may log in.
     *
     * @param active the value
     * @return this builder
     */
    public Builder active(boolean active) {
      this.active = active;
      return this;
    }

    /**
     * Sets the roles to grant.
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
     * Sets the groups to add the user to.
     *
     * @param groups the groups
     * @return this builder
     * @throws NullPointerException if {@code groups} is null
     */
    public Builder groups(List<GroupId> groups) {
      this.groups = new ArrayList<>(Objects.requireNonNull(groups, "groups"));
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     */
    public CreateUserRequest build() {
      return new CreateUserRequest(
          Objects.requireNonNull(username), Objects.requireNonNull(firstName), Objects.requireNonNull(lastName),
          Objects.requireNonNull(email), Objects.requireNonNull(password), active, roles, groups);
    }
  }
}
