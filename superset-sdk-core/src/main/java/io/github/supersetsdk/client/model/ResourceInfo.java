package io.github.supersetsdk.client.model;

import io.github.supersetsdk.client.request.FilterOperator;
import java.util.List;
import java.util.Map;

/**
 * What a resource's {@code _info} endpoint tells the current user: their permissions on it and the
 * filter operators each column accepts in list queries.
 *
 * <p>Immutable and thread-safe.
 *
 * @param permissions the user's permissions on the resource, e.g. {@code can_read}, {@code can_write}
 * @param filters per column, the operators it accepts (e.g. {@code label} to {@code ct}, {@code eq})
 */
public record ResourceInfo(List<String> permissions, Map<String, List<FilterOperator>> filters) {

  /** Copies the components; never null. */
  public ResourceInfo {
    permissions = Copies.list(permissions);
    filters = Copies.map(filters);
  }

  /**
   * Whether the user holds a permission on the resource.
   *
   * @param permission e.g. {@code can_write}
   * @return {@code true} if it is granted
   */
  public boolean can(String permission) {
    return permissions.contains(permission);
  }
}
