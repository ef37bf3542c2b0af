package io.github.supersetsdk.client.model;

import io.github.supersetsdk.client.id.GroupId;
import io.github.supersetsdk.client.id.PermissionResourceId;
import io.github.supersetsdk.client.id.RoleId;
import io.github.supersetsdk.client.id.UserId;
import java.util.List;

/**
 * A role with the ids of its users, groups and permissions, as the role search returns it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the role's id
 * @param name the role's name
 * @param userIds the users holding the role directly
 * @param groupIds the groups holding the role
 * @param permissionIds the permissions on resources the role grants
 */
public record RoleDetails(
    RoleId id,
    String name,
    List<UserId> userIds,
    List<GroupId> groupIds,
    List<PermissionResourceId> permissionIds) {

  /** Copies the lists; never null. */
  public RoleDetails {
    userIds = Copies.list(userIds);
    groupIds = Copies.list(groupIds);
    permissionIds = Copies.list(permissionIds);
  }
}
