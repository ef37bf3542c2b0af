package io.github.supersetsdk.client.model;

import java.util.List;
import java.util.Map;

/**
 * The roles of the user the client is authenticated as, with the permissions each grants, and the
 * user's data-access permissions.
 *
 * <p>Immutable and thread-safe.
 *
 * @param roles role name to the permissions it grants; copied
 * @param permissions data-access kind (e.g. {@code datasource_access}, {@code database_access}) to the
 *     objects it covers; copied
 */
public record CurrentUserRoles(Map<String, List<UserPermission>> roles, Map<String, List<String>> permissions) {

  /** Copies the maps and their lists; never null. */
  public CurrentUserRoles {
    roles = Copies.deepMap(roles);
    permissions = Copies.deepMap(permissions);
  }

  /**
   * Whether the user has a role.
   *
   * @param role the role's name, e.g. {@code Admin}
   * @return {@code true} if the user has it
   */
  public boolean hasRole(String role) {
    return roles.containsKey(role);
  }
}
