package io.github.supersetsdk.client.security;

import io.github.supersetsdk.client.PagedIterable;
import io.github.supersetsdk.client.id.SecurityResourceId;
import io.github.supersetsdk.client.internal.ResourceCalls;
import io.github.supersetsdk.client.internal.api.SecurityResourcesApi;
import io.github.supersetsdk.client.internal.api.SecurityRolesApi;
import io.github.supersetsdk.client.model.Page;
import io.github.supersetsdk.client.model.ResourceInfo;
import io.github.supersetsdk.client.model.SecurityResource;
import io.github.supersetsdk.client.request.ListQuery;
import java.util.Objects;
import java.util.Optional;

/**
 * Security resources ({@code /api/v1/security/resources}), which Flask-AppBuilder calls "view
 * menus": the APIs, menus and data objects that permissions apply to. Superset creates most of them
 * itself; custom ones serve custom permissions.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.SecuritySnippets region=SecurityResourcesClient}
 *
 * <p>Immutable and thread-safe; obtained from {@link SecurityClient#resources()}.
 */
public final class SecurityResourcesClient {

  private final SecurityResourcesApi api;

  SecurityResourcesClient(SecurityResourcesApi api) {
    this.api = api;
  }

  /**
   * Lists resources lazily, page by page.
   *
   * @param query filters (e.g. on {@code name}), ordering and page size
   * @return the resources; nothing is fetched until iteration
   * @throws NullPointerException if {@code query} is null
   */
  public PagedIterable<SecurityResource> list(ListQuery query) {
    return ResourceCalls.list(ResourceCalls.orderedById(query), api::list);
  }

  /**
   * Fetches one page of resources.
   *
   * @param query filters, ordering and page size
   * @param pageIndex the zero-based page
   * @return the page
   * @throws NullPointerException if {@code query} is null
   * @throws IllegalArgumentException if {@code pageIndex} is negative
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails
   */
  public Page<SecurityResource> listPage(ListQuery query, int pageIndex) {
    return ResourceCalls.page(ResourceCalls.orderedById(query), pageIndex, api::list);
  }

  /**
   * Reads a resource.
   *
   * @param id the resource's id
   * @return the resource
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is no such resource
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public SecurityResource get(SecurityResourceId id) {
    Objects.requireNonNull(id, "id");
    return Objects.requireNonNull(api.get(id.value()).result(), "result");
  }

  /**
   * Reads a security resource if it exists.
   *
   * @param id the resource's id
   * @return the security resource, or empty if Superset answers 404
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise; only a 404 becomes empty
   */
  public Optional<SecurityResource> find(SecurityResourceId id) {
    Objects.requireNonNull(id, "id");
    return ResourceCalls.findOrEmpty(() -> get(id));
  }

  /**
   * Creates a resource.
   *
   * @param name the resource's name, unique per Superset
   * @return the new resource's id
   * @throws NullPointerException if {@code name} is null
   * @throws io.github.supersetsdk.client.exception.BadRequestException if the name is invalid or
   *     already used
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public SecurityResourceId create(String name) {
    Objects.requireNonNull(name, "name");
    return SecurityResourceId.of(api.create(new SecurityRolesApi.Name(name)).numericId());
  }

  /**
   * Renames a resource.
   *
   * @param id the resource's id
   * @param name the new name
   * @throws NullPointerException if an argument is null
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is no such resource
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void rename(SecurityResourceId id, String name) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    api.update(id.value(), new SecurityRolesApi.Name(name));
  }

  /**
   * Deletes a resource.
   *
   * @param id the resource's id
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is no such resource
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void delete(SecurityResourceId id) {
    Objects.requireNonNull(id, "id");
    api.delete(id.value());
  }

  /**
   * Describes the resources endpoint: the caller's permissions on it and the filters its list
   * accepts.
   *
   * @return the description
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails
   */
  public ResourceInfo info() {
    return api.info();
  }
}
