package io.github.supersetsdk.client.security;

import io.github.supersetsdk.client.PagedIterable;
import io.github.supersetsdk.client.id.PermissionId;
import io.github.supersetsdk.client.internal.ResourceCalls;
import io.github.supersetsdk.client.internal.api.SecurityPermissionsApi;
import io.github.supersetsdk.client.model.Page;
import io.github.supersetsdk.client.model.Permission;
import io.github.supersetsdk.client.model.ResourceInfo;
import io.github.supersetsdk.client.request.ListQuery;
import java.util.Objects;
import java.util.Optional;

/**
 * Permissions ({@code /api/v1/security/permissions}): the actions, such as {@code can_read}, that
 * Superset defines. They are read-only; grant them on resources through {@link
 * PermissionResourcesClient} and roles.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.SecuritySnippets region=PermissionsClient}
 *
 * <p>Immutable and thread-safe; obtained from {@link SecurityClient#permissions()}.
 */
public final class PermissionsClient {

  private final SecurityPermissionsApi api;

  PermissionsClient(SecurityPermissionsApi api) {
    this.api = api;
  }

  /**
   * Lists permissions lazily, page by page.
   *
   * @param query filters (e.g. on {@code name}), ordering and page size
   * @return the permissions; nothing is fetched until iteration
   * @throws NullPointerException if {@code query} is null
   */
  public PagedIterable<Permission> list(ListQuery query) {
    return ResourceCalls.list(ResourceCalls.orderedById(query), api::list);
  }

  /**
   * Fetches one page of permissions.
   *
   * @param query filters, ordering and page size
   * @param pageIndex the zero-based page
   * @return the page
   * @throws NullPointerException if {@code query} is null
   * @throws IllegalArgumentException if {@code pageIndex} is negative
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails
   */
  public Page<Permission> listPage(ListQuery query, int pageIndex) {
    return ResourceCalls.page(ResourceCalls.orderedById(query), pageIndex, api::list);
  }

  /**
   * Reads a permission.
   *
   * @param id the permission's id
   * @return the permission
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is no such permission
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public Permission get(PermissionId id) {
    Objects.requireNonNull(id, "id");
    return Objects.requireNonNull(api.get(id.value()).result(), "result");
  }

  /**
   * Reads a permission if it exists.
   *
   * @param id the permission's id
   * @return the permission, or empty if Superset answers 404
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise; only a 404 becomes empty
   */
  public Optional<Permission> find(PermissionId id) {
    Objects.requireNonNull(id, "id");
    return ResourceCalls.findOrEmpty(() -> get(id));
  }

  /**
   * Describes the permissions endpoint: the caller's permissions on it and the filters its list
   * accepts.
   *
   * @return the description
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails
   */
  public ResourceInfo info() {
    return api.info();
  }
}
