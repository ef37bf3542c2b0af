package io.github.supersetsdk.client.security;

import io.github.supersetsdk.client.PagedIterable;
import io.github.supersetsdk.client.id.GroupId;
import io.github.supersetsdk.client.id.PermissionResourceId;
import io.github.supersetsdk.client.id.RoleId;
import io.github.supersetsdk.client.id.UserId;
import io.github.supersetsdk.client.internal.ResourceCalls;
import io.github.supersetsdk.client.internal.Rison;
import io.github.supersetsdk.client.internal.api.Envelopes;
import io.github.supersetsdk.client.internal.api.SecurityRolesApi;
import io.github.supersetsdk.client.model.Page;
import io.github.supersetsdk.client.model.PermissionResource;
import io.github.supersetsdk.client.model.ResourceInfo;
import io.github.supersetsdk.client.model.Role;
import io.github.supersetsdk.client.model.RoleDetails;
import io.github.supersetsdk.client.request.ListQuery;
import io.github.supersetsdk.client.request.RoleSearch;
import io.github.supersetsdk.client.request.SortDirection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Security roles ({@code /api/v1/security/roles}): create and name them, and set the permissions,
 * users and groups they are granted with. Needs {@code FAB_ADD_SECURITY_API = True} on the server and
 * an admin user.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.SecuritySnippets region=RolesClient}
 *
 * <p>Immutable and thread-safe; obtained from {@link SecurityClient#roles()}.
 */
public final class RolesClient {

  private final SecurityRolesApi api;

  RolesClient(SecurityRolesApi api) {
    this.api = api;
  }

  /**
   * Lists roles lazily, page by page.
   *
   * @param query filters (e.g. on {@code name}), ordering and page size
   * @return the roles; nothing is fetched until iteration
   * @throws NullPointerException if {@code query} is null
   */
  public PagedIterable<Role> list(ListQuery query) {
    return ResourceCalls.list(ResourceCalls.orderedById(query), api::list);
  }

  /**
   * Fetches one page of roles.
   *
   * @param query filters, ordering and page size
   * @param pageIndex the zero-based page
   * @return the page
   * @throws NullPointerException if {@code query} is null
   * @throws IllegalArgumentException if {@code pageIndex} is negative
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails
   */
  public Page<Role> listPage(ListQuery query, int pageIndex) {
    return ResourceCalls.page(ResourceCalls.orderedById(query), pageIndex, api::list);
  }

  /**
   * Searches roles with the ids of their users, groups and permissions, lazily, page by page.
   *
   * @param search the criteria, ordering and page size
   * @return the matching roles; nothing is fetched until iteration
   * @throws NullPointerException if {@code search} is null
   */
  public PagedIterable<RoleDetails> search(RoleSearch search) {
    Objects.requireNonNull(search, "search");
    return PagedIterable.of((page, size) -> searchPage(search, page), search.pageSize());
  }

  /**
   * Fetches one page of a role search.
   *
   * @param search the criteria, ordering and page size
   * @param pageIndex the zero-based page
   * @return the page
   * @throws NullPointerException if {@code search} is null
   * @throws IllegalArgumentException if {@code pageIndex} is negative
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails
   */
  public Page<RoleDetails> searchPage(RoleSearch search, int pageIndex) {
    Objects.requireNonNull(search, "search");
    ResourceCalls.requirePageIndex(pageIndex);
    Envelopes.ListPage<RoleDetails> page = api.search(searchQuery(search, pageIndex));
    return new Page<>(page.result(), page.count(), pageIndex, search.pageSize());
  }

  /**
   * Reads a role.
   *
   * @param id the role's id
   * @return the role
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is no such role
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public Role get(RoleId id) {
    Objects.requireNonNull(id, "id");
    return Objects.requireNonNull(api.get(id.value()).result(), "result");
  }

  /**
   * Reads a role if it exists.
   *
   * @param id the role's id
   * @return the role, or empty if Superset answers 404
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise; only a 404 becomes empty
   */
  public Optional<Role> find(RoleId id) {
    Objects.requireNonNull(id, "id");
    return ResourceCalls.findOrEmpty(() -> get(id));
  }

  /**
   * Whether a role exists. Superset has no cheaper check than reading it.
   *
   * @param id the role's id
   * @return {@code true} if it exists, {@code false} if Superset answers 404
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public boolean exists(RoleId id) {
    return find(id).isPresent();
  }

  /**
   * Creates a role without permissions.
   *
   * @param name the role's name, unique per Superset
   * @return the new role's id
   * @throws NullPointerException if {@code name} is null
   * @throws io.github.supersetsdk.client.exception.BadRequestException if the name is invalid or
   *     already used
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public RoleId create(String name) {
    Objects.requireNonNull(name, "name");
    return RoleId.of(api.create(new SecurityRolesApi.Name(name)).numericId());
  }

  /**
   * Renames a role.
   *
   * @param id the role's id
   * @param name the new name
   * @throws NullPointerException if an argument is null
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is no such role
   * @throws io.github.supersetsdk.client.exception.BadRequestException if the name is invalid or
   *     already used
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void rename(RoleId id, String name) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    api.update(id.value(), new SecurityRolesApi.Name(name));
  }

  /**
   * Deletes a role.
   *
   * @param id the role's id
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is no such role
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void delete(RoleId id) {
    Objects.requireNonNull(id, "id");
    api.delete(id.value());
  }

  /**
   * Lists the permissions on resources a role grants.
   *
   * @param id the role's id
   * @return the permissions, in the server's order
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is no such role
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public List<PermissionResource> permissions(RoleId id) {
    Objects.requireNonNull(id, "id");
    List<SecurityRolesApi.RolePermission> raw = api.permissions(id.value()).result();
    List<PermissionResource> out = new ArrayList<>(raw == null ? 0 : raw.size());
    if (raw != null) {
      for (SecurityRolesApi.RolePermission p : raw) {
        out.add(new PermissionResource(PermissionResourceId.of(p.id()), p.permissionName(), p.viewMenuName()));
      }
    }
    return List.copyOf(out);
  }

  /**
   * Sets the permissions on resources a role grants, replacing the ones it had.
   *
   * @param id the role's id
   * @param permissions the permissions on resources; empty removes all
   * @throws NullPointerException if an argument or element is null
   * @throws io.github.supersetsdk.client.exception.NotFoundException if the role does not exist
   * @throws io.github.supersetsdk.client.exception.BadRequestException if a permission does not exist
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void setPermissions(RoleId id, List<PermissionResourceId> permissions) {
    Objects.requireNonNull(id, "id");
    List<PermissionResourceId> ids = List.copyOf(Objects.requireNonNull(permissions, "permissions"));
    api.setPermissions(id.value(), new SecurityRolesApi.PermissionIds(ids));
  }

  /**
   * Sets the users a role is granted to directly, replacing the ones it had.
   *
   * @param id the role's id
   * @param users the users; empty removes all
   * @throws NullPointerException if an argument or element is null
   * @throws io.github.supersetsdk.client.exception.NotFoundException if the role does not exist
   * @throws io.github.supersetsdk.client.exception.BadRequestException if a user does not exist
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void setUsers(RoleId id, List<UserId> users) {
    Objects.requireNonNull(id, "id");
    List<UserId> ids = List.copyOf(Objects.requireNonNull(users, "users"));
    api.setUsers(id.value(), new SecurityRolesApi.UserIds(ids));
  }

  /**
   * Sets the groups a role is granted to, replacing the ones it had.
   *
   * @param id the role's id
   * @param groups the groups; empty removes all
   * @throws NullPointerException if an argument or element is null
   * @throws io.github.supersetsdk.client.exception.NotFoundException if the role does not exist
   * @throws io.github.supersetsdk.client.exception.BadRequestException if a group does not exist
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void setGroups(RoleId id, List<GroupId> groups) {
    Objects.requireNonNull(id, "id");
    List<GroupId> ids = List.copyOf(Objects.requireNonNull(groups, "groups"));
    api.setGroups(id.value(), new SecurityRolesApi.GroupIds(ids));
  }

  /**
   * Describes the roles endpoint: the caller's permissions on it and the filters its list accepts.
   *
   * @return the description
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails
   */
  public ResourceInfo info() {
    return api.info();
  }

  private static String searchQuery(RoleSearch search, int pageIndex) {
    List<Object> filters = new ArrayList<>();
    if (search.nameContains() != null) {
      filters.add(filter("name", "ct", search.nameContains()));
    }
    if (search.user() != null) {
      filters.add(filter("user_ids", "eq", search.user().value()));
    }
    if (search.group() != null) {
      filters.add(filter("group_ids", "eq", search.group().value()));
    }
    if (search.permission() != null) {
      filters.add(filter("permission_ids", "eq", search.permission().value()));
    }
    Map<String, Object> q = new LinkedHashMap<>();
    if (!filters.isEmpty()) {
      q.put("filters", filters);
    }
    q.put("order_column", search.orderByName() ? "name" : "id");
    q.put("order_direction", search.direction() == SortDirection.DESC ? "desc" : "asc");
    q.put("page", pageIndex);
    q.put("page_size", search.pageSize());
    return Rison.encode(q);
  }

  // The server validates the usual list schema, which requires an operator, but then applies its
  // own fixed semantics per column (name contains, ids equal); the operator sent states them.
  private static Map<String, Object> filter(String column, String operator, Object value) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("col", column);
    f.put("opr", operator);
    f.put("value", value);
    return f;
  }
}
