package io.github.supersetsdk.client.internal.api;

import feign.Param;
import feign.RequestLine;
import io.github.supersetsdk.client.id.PermissionId;
import io.github.supersetsdk.client.id.SecurityResourceId;
import io.github.supersetsdk.client.internal.api.Envelopes.Item;
import io.github.supersetsdk.client.internal.api.Envelopes.ListPage;
import io.github.supersetsdk.client.internal.api.Envelopes.Message;
import io.github.supersetsdk.client.model.ResourceInfo;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Superset's {@code /api/v1/security/permissions-resources} endpoints (tag "Security Permissions on
 * Resources (View Menus)").
 */
public interface SecurityPermissionResourcesApi {

  @RequestLine("GET /api/v1/security/permissions-resources/?q={q}")
  ListPage<PermissionView> list(@Param("q") String q);

  @RequestLine("GET /api/v1/security/permissions-resources/_info")
  ResourceInfo info();

  @RequestLine("GET /api/v1/security/permissions-resources/{pk}")
  Item<PermissionView> get(@Param("pk") long pk);

  @RequestLine("POST /api/v1/security/permissions-resources/")
  Item<Map<String, Object>> create(Pair body);

  @RequestLine("PUT /api/v1/security/permissions-resources/{pk}")
  Item<Map<String, Object>> update(@Param("pk") long pk, Pair body);

  @RequestLine("DELETE /api/v1/security/permissions-resources/{pk}")
  Message delete(@Param("pk") long pk);

  /**
   * A permission on a resource as the server writes it.
   *
   * @param id its id
   * @param permission the permission
   * @param viewMenu the resource
   */
  record PermissionView(long id, @Nullable Named permission, @Nullable Named viewMenu) {}

  /**
   * A nested object of which only the name is given.
   *
   * @param name the name
   */
  record Named(@Nullable String name) {}

  /**
   * The create and update body.
   *
   * @param permissionId the permission
   * @param viewMenuId the resource
   */
  record Pair(PermissionId permissionId, SecurityResourceId viewMenuId) {}
}
