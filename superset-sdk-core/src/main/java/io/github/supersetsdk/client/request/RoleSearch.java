package io.github.supersetsdk.client.request;

import io.github.supersetsdk.client.id.GroupId;
import io.github.supersetsdk.client.id.PermissionResourceId;
import io.github.supersetsdk.client.id.UserId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The criteria of a role search: roles whose name contains a text, and that hold a given user, group
 * or permission. All criteria that are set must hold.
 *
 * <pre>{@code
 * RoleSearch search = RoleSearch.builder().nameContains("tenant").user(userId).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param nameContains text the role name contains, case-insensitively, or {@code null}
 * @param user a user the role must be granted to, or {@code null}
 * @param group a group the role must be granted to, or {@code null}
 * @param permission a permission on a resource the role must grant, or {@code null}
 * @param orderByName {@code true} to sort by name, {@code false} to sort by id
 * @param direction the sort direction
 * @param pageSize roles per request, 1 to {@value ListQuery#MAX_PAGE_SIZE}
 */
public record RoleSearch(
    @Nullable String nameContains,
    @Nullable UserId user,
    @Nullable GroupId group,
    @Nullable PermissionResourceId permission,
    boolean orderByName,
    SortDirection direction,
    int pageSize) {

  /**
   * Validates the components.
   *
   * @param nameContains text the role name contains, case-insensitively, or {@code null}
   * @param user a user the role must be granted to, or {@code null}
   * @param group a group the role must be granted to, or {@code null}
   * @param permission a permission on a resource the role must grant, or {@code null}
   * @param orderByName {@code true} to sort by name, {@code false} to sort by id
   * @param direction the sort direction
   * @param pageSize roles per request, 1 to {@value ListQuery#MAX_PAGE_SIZE}
   * @throws NullPointerException if {@code direction} is null
   * @throws IllegalArgumentException if {@code pageSize} is out of range
   */
  public RoleSearch {
    Objects.requireNonNull(direction, "direction");
    if (pageSize < 1 || pageSize > ListQuery.MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("pageSize must be 1.." + ListQuery.MAX_PAGE_SIZE + ": " + pageSize);
    }
  }

  /**
   * Returns a builder for all roles, by ascending id, 100 per request.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RoleSearch}. Not thread-safe. */
  public static final class Builder {
    private @Nullable String nameContains;
    private @Nullable UserId user;
    private @Nullable GroupId group;
    private @Nullable PermissionResourceId permission;
    private boolean orderByName;
    private SortDirection direction = SortDirection.ASC;
    private int pageSize = ListQuery.MAX_PAGE_SIZE;

    private Builder() {}

    /**
     * Keeps roles whose name contains a text, case-insensitively.
     *
     * @param text the text
     * @return this builder
     * @throws NullPointerException if {@code text} is null
     */
    public Builder nameContains(String text) {
      this.nameContains = Objects.requireNonNull(text, "text");
      return this;
    }

    /**
     * Keeps roles granted to a user.
     *
     * @param user the user
     * @return this builder
     * @throws NullPointerException if {@code user} is null
     */
    public Builder user(UserId user) {
      this.user = Objects.requireNonNull(user, "user");
      return this;
    }

    /**
     * Keeps roles granted to a group.
     *
     * @param group the group
     * @return this builder
     * @throws NullPointerException if {@code group} is null
     */
    public Builder group(GroupId group) {
      this.group = Objects.requireNonNull(group, "group");
      return this;
    }

    /**
     * Keeps roles that grant a permission on a resource.
     *
     * @param permission the permission on a resource
     * @return this builder
     * @throws NullPointerException if {@code permission} is null
     */
    public Builder permission(PermissionResourceId permission) {
      this.permission = Objects.requireNonNull(permission, "permission");
      return this;
    }

    /**
     * Sorts by name instead of id.
     *
     * @param direction the direction
     * @return this builder
     * @throws NullPointerException if {@code direction} is null
     */
    public Builder orderByName(SortDirection direction) {
      this.orderByName = true;
      this.direction = Objects.requireNonNull(direction, "direction");
      return this;
    }

    /**
     * Sorts by id.
     *
     * @param direction the direction
     * @return this builder
     * @throws NullPointerException if {@code direction} is null
     */
    public Builder orderById(SortDirection direction) {
      this.orderByName = false;
      this.direction = Objects.requireNonNull(direction, "direction");
      return this;
    }

    /**
     * Sets the number of roles fetched per request.
     *
     * @param pageSize 1 to {@value ListQuery#MAX_PAGE_SIZE}
     * @return this builder
     */
    public Builder pageSize(int pageSize) {
      this.pageSize = pageSize;
      return this;
    }

    /**
     * Builds the search.
     *
     * @return the search
     * @throws IllegalArgumentException if the page size is out of range
     */
    public RoleSearch build() {
      return new RoleSearch(nameContains, user, group, permission, orderByName, direction, pageSize);
    }
  }
}
