package io.github.supersetsdk.client.security;

import io.github.supersetsdk.client.PagedIterable;
import io.github.supersetsdk.client.id.PermissionId;
import io.github.supersetsdk.client.id.PermissionResourceId;
import io.github.supersetsdk.client.id.SecurityResourceId;
import io.github.supersetsdk.client.internal.ResourceCalls;
import io.github.supersetsdk.client.internal.api.SecurityPermissionResourcesApi;
import io.github.supersetsdk.client.internal.api.SecurityPermissionResourcesApi.PermissionView;
import io.github.supersetsdk.client.model.Page;
import io.github.supersetsdk.client.model.PermissionResource;
import io.github.supersetsdk.client.model.ResourceInfo;
import io.github.supersetsdk.client.request.ListQuery;
import java.util.Objects;
import java.util.Optional;

/**
 * Permissions on resources ({@code /api/v1/security/permissions-resources}), which Flask-AppBuilder
 * calls "permission views": pairs such as {@code can_read} on {@code Dashboard}, which roles grant.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.SecuritySnippets region=PermissionResourcesClient}
 *
 * <p>Immutable and thread-safe; obtained from {@link SecurityClient#permissionResources()}.
 */
public final class PermissionResourcesClient {

  private final SecurityPermissionResourcesApi api;

  PermissionResourcesClient(SecurityPermissionResourcesApi api) {
    this.api = api;
  }

  /**
   * Lists permissions on resources lazily, page by page.
   *
   * @param query filters (e.g. {@code permission} or {@code view_menu} with {@link
   *     io.github.supersetsdk.client.request.FilterOperator#RELATION_ONE_TO_MANY} and an id), ordering
   *     and page size
   * @return the permissions on resources; nothing is fetched until iteration
   * @throws NullPointerException if {@code query} is null
   */
  public PagedIterable<PermissionResource> list(ListQuery query) {
    return ResourceCalls.list(ResourceCalls.orderedById(query), api::list, PermissionResourcesClient::convert);
  }

  /**
   * Fetches one page of permissions on resources.
   *
   * @param query filters, ordering and page size
   * @param pageIndex the zero-based page
   * @return the page
   * @throws NullPointerException if {@code query} is null
   * @throws IllegalArgumentException if {@code pageIndex} is negative
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails
   */
  public Page<PermissionResource> listPage(ListQuery query, int pageIndex) {
    return ResourceCalls.page(ResourceCalls.orderedById(query), pageIndex, api::list, PermissionResourcesClient::convert);
  }

  /**
   * Reads a permission on a resource.
   *
   * @param id its id
   * @return the permission on a resource
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is none with that id
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public PermissionResource get(PermissionResourceId id) {
    Objects.requireNonNull(id, "id");
    return convert(Objects.requireNonNull(api.get(id.value()).result(), "result"));
  }

  /**
   * Reads a permission-resource pair if it exists.
   *
   * @param id the pair's id
   * @return the permission-resource pair, or empty if Superset answers 404
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise; only a 404 becomes empty
   */
  public Optional<PermissionResource> find(PermissionResourceId id) {
    Objects.requireNonNull(id, "id");
    return ResourceCalls.findOrEmpty(() -> get(id));
  }

  /**
   * Creates a permission on a resource.
   *
   * @param permission the permission
   * @param resource the resource
   * @return the new permission on a resource's id
   * @throws NullPointerException if an argument is null
   * @throws io.github.supersetsdk.client.exception.BadRequestException if the pair already exists or
   *     either side does not
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public PermissionResourceId create(PermissionId permission, SecurityResourceId resource) {
    Objects.requireNonNull(permission, "permission");
    Objects.requireNonNull(resource, "resource");
    return PermissionResourceId.of(
        api.create(new SecurityPermissionResourcesApi.Pair(permission, resource)).numericId());
  }

  /**
   * Points a permission on a resource at another permission and resource.
   *
   * @param id its id
   * @param permission the new permission
   * @param resource the new resource
   * @throws NullPointerException if an argument is null
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is none with that id
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void update(PermissionResourceId id, PermissionId permission, SecurityResourceId resource) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(permission, "permission");
    Objects.requireNonNull(resource, "resource");
    api.update(id.value(), new SecurityPermissionResourcesApi.Pair(permission, resource));
  }

  /**
   * Deletes a permission on a resource; roles that granted it no longer do.
   *
   * @param id its id
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is none with that id
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void delete(PermissionResourceId id) {
    Objects.requireNonNull(id, "id");
    api.delete(id.value());
  }

  /**
   * Describes the permissions-resources endpoint: the caller's permissions on it and the filters its
   * list accepts.
   *
   * @return the description
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails
   */
  public ResourceInfo info() {
    return api.info();
  }

  private static PermissionResource convert(PermissionView view) {
    String permission = view.permission() == null ? null : view.permission().name();
    String resource = view.viewMenu() == null ? null : view.viewMenu().name();
    return new PermissionResource(
        PermissionResourceId.of(view.id()), permission == null ? "" : permission, resource == null ? "" : resource);
  }
}
