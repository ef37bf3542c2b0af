package io.github.supersetsdk.client.internal.api;

import feign.Param;
import feign.RequestLine;
import io.github.supersetsdk.client.id.GroupId;
import io.github.supersetsdk.client.id.PermissionResourceId;
import io.github.supersetsdk.client.id.UserId;
import io.github.supersetsdk.client.internal.api.Envelopes.Item;
import io.github.supersetsdk.client.internal.api.Envelopes.ListPage;
import io.github.supersetsdk.client.internal.api.Envelopes.Message;
import io.github.supersetsdk.client.internal.api.Envelopes.Result;
import io.github.supersetsdk.client.model.ResourceInfo;
import io.github.supersetsdk.client.model.Role;
import io.github.supersetsdk.client.model.RoleDetails;
import java.util.List;
import java.util.Map;

/** Superset's {@code /api/v1/security/roles} endpoints (tag "Security Roles"). */
public interface SecurityRolesApi {

  @RequestLine("GET /api/v1/security/roles/?q={q}")
  ListPage<Role> list(@Param("q") String q);

  @RequestLine("GET /api/v1/security/roles/search/?q={q}")
  ListPage<RoleDetails> search(@Param("q") String q);

  @RequestLine("GET /api/v1/security/roles/_info")
  ResourceInfo info();

  @RequestLine("GET /api/v1/security/roles/{pk}")
  Item<Role> get(@Param("pk") long pk);

  @RequestLine("POST /api/v1/security/roles/")
  Item<Map<String, Object>> create(Name body);

  @RequestLine("PUT /api/v1/security/roles/{pk}")
  Item<Map<String, Object>> update(@Param("pk") long pk, Name body);

  @RequestLine("DELETE /api/v1/security/roles/{pk}")
  Message delete(@Param("pk") long pk);

  @RequestLine("GET /api/v1/security/roles/{role_id}/permissions/")
  Result<List<RolePermission>> permissions(@Param("role_id") long roleId);

  // The server replaces the role's permissions with the list, so repeating it is harmless.
  @RequestLine("POST /api/v1/security/roles/{role_id}/permissions")
  @RetrySafe
  Result<Map<String, Object>> setPermissions(@Param("role_id") long roleId, PermissionIds body);

  @RequestLine("PUT /api/v1/security/roles/{role_id}/users")
  Result<Map<String, Object>> setUsers(@Param("role_id") long roleId, UserIds body);

  @RequestLine("PUT /api/v1/security/roles/{role_id}/groups")
  Result<Map<String, Object>> setGroups(@Param("role_id") long roleId, GroupIds body);

  /**
   * A body holding only a name.
   *
   * @param name the name
   */
  record Name(String name) {}

  /**
   * One permission of a role, as {@code GET .../permissions/} lists it.
   *
   * @param id the permission on a resource's id
   * @param permissionName the permission's name
   * @param viewMenuName the resource's name
   */
  record RolePermission(long id, String permissionName, String viewMenuName) {}

  /**
   * The body that sets a role's permissions.
   *
   * @param permissionViewMenuIds the permissions on resources
   */
  record PermissionIds(List<PermissionResourceId> permissionViewMenuIds) {}

  /**
   * The body that sets a role's users.
   *
   * @param userIds the users
   */
  record UserIds(List<UserId> userIds) {}

  /**
   * The body that sets a role's groups.
   *
   * @param groupIds the groups
   */
  record GroupIds(List<GroupId> groupIds) {}
}
