package io.github.supersetsdk.client.request;

import io.github.supersetsdk.client.id.GroupId;
import io.github.supersetsdk.client.id.PermissionResourceId;
import io.github.supersetsdk.client.id.UserId;
import io.github.supersetsdk.codegen.DefaultValue;
import io.github.supersetsdk.codegen.GeneratedBuilder;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The criteria of a role search: roles whose name contains a text, and that hold a given user, group
 * or permission. All criteria that are set must hold.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.RequestSnippets region=RoleSearch}
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
@GeneratedBuilder
public record RoleSearch(
    @Nullable String nameContains,
    @Nullable UserId user,
    @Nullable GroupId group,
    @Nullable PermissionResourceId permission,
    boolean orderByName,
    @DefaultValue("SortDirection.ASC") SortDirection direction,
    @DefaultValue("ListQuery.MAX_PAGE_SIZE") int pageSize) implements RoleSearchBuilder.Methods {

  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException if {@code pageSize} is out of range
   */
  public RoleSearch {
    if (pageSize < 1 || pageSize > ListQuery.MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("pageSize must be 1.." + ListQuery.MAX_PAGE_SIZE + ": " + pageSize);
    }
  }

  /** {@return a new builder for all roles, by ascending id, 100 per request} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RoleSearch}. Not thread-safe. */
  public static final class Builder extends RoleSearchBuilder {
    Builder() {}

    /**
     * Sorts the roles by name.
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
     * Sorts the roles by id.
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
  }
}
