package io.github.supersetsdk.client.model;

import io.github.supersetsdk.client.id.GroupId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A user group: users who share the roles granted to the group.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the group's id
 * @param name the group's name, unique per Superset
 * @param label the display label
 * @param description the description
 * @param roles the roles granted to the group's members
 * @param users the group's members
 */
public record Group(
    GroupId id,
    String name,
    @Nullable String label,
    @Nullable String description,
    List<RoleRef> roles,
    List<GroupMember> users) {

  /** Copies the lists; never null. */
  public Group {
    roles = Copies.list(roles);
    users = Copies.list(users);
  }
}
