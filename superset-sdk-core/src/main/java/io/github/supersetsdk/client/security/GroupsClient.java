package io.github.supersetsdk.client.security;

import io.github.supersetsdk.client.PagedIterable;
import io.github.supersetsdk.client.id.GroupId;
import io.github.supersetsdk.client.internal.ResourceCalls;
import io.github.supersetsdk.client.internal.api.SecurityGroupsApi;
import io.github.supersetsdk.client.model.Group;
import io.github.supersetsdk.client.model.Page;
import io.github.supersetsdk.client.model.ResourceInfo;
import io.github.supersetsdk.client.request.CreateGroupRequest;
import io.github.supersetsdk.client.request.ListQuery;
import io.github.supersetsdk.client.request.UpdateGroupRequest;
import java.util.Objects;
import java.util.Optional;

/**
 * User groups ({@code /api/v1/security/groups}): users who share roles. Needs {@code
 * FAB_ADD_SECURITY_API = True} on the server and an admin user.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.SecuritySnippets region=GroupsClient}
 *
 * <p>Immutable and thread-safe; obtained from {@link SecurityClient#groups()}.
 */
public final class GroupsClient {

  private final SecurityGroupsApi api;

  GroupsClient(SecurityGroupsApi api) {
    this.api = api;
  }

  /**
   * Lists groups lazily, page by page.
   *
   * @param query filters (e.g. on {@code name}), ordering and page size
   * @return the groups; nothing is fetched until iteration
   * @throws NullPointerException if {@code query} is null
   */
  public PagedIterable<Group> list(ListQuery query) {
    return ResourceCalls.list(ResourceCalls.orderedById(query), api::list);
  }

  /**
   * Fetches one page of groups.
   *
   * @param query filters, ordering and page size
   * @param pageIndex the zero-based page
   * @return the page
   * @throws NullPointerException if {@code query} is null
   * @throws IllegalArgumentException if {@code pageIndex} is negative
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails
   */
  public Page<Group> listPage(ListQuery query, int pageIndex) {
    return ResourceCalls.page(ResourceCalls.orderedById(query), pageIndex, api::list);
  }

  /**
   * Reads a group.
   *
   * @param id the group's id
   * @return the group with its roles and members
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is no such group
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public Group get(GroupId id) {
    Objects.requireNonNull(id, "id");
    return Objects.requireNonNull(api.get(id.value()).result(), "result");
  }

  /**
   * Reads a group if it exists.
   *
   * @param id the group's id
   * @return the group, or empty if Superset answers 404
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise; only a 404 becomes empty
   */
  public Optional<Group> find(GroupId id) {
    Objects.requireNonNull(id, "id");
    return ResourceCalls.findOrEmpty(() -> get(id));
  }

  /**
   * Whether a group exists. Superset has no cheaper check than reading it.
   *
   * @param id the group's id
   * @return {@code true} if it exists, {@code false} if Superset answers 404
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public boolean exists(GroupId id) {
    return find(id).isPresent();
  }

  /**
   * Creates a group.
   *
   * @param request the group
   * @return the new group's id
   * @throws NullPointerException if {@code request} is null
   * @throws io.github.supersetsdk.client.exception.BadRequestException if it is invalid (e.g. the name
   *     is already used, or a role or user does not exist)
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public GroupId create(CreateGroupRequest request) {
    Objects.requireNonNull(request, "request");
    return GroupId.of(api.create(request).numericId());
  }

  /**
   * Updates the fields of a group that the request sets or clears.
   *
   * @param id the group's id
   * @param request the changes
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the request changes nothing
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is no such group
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void update(GroupId id, UpdateGroupRequest request) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(request, "request");
    if (request.isEmpty()) {
      throw new IllegalArgumentException("the update changes nothing");
    }
    api.update(id.value(), request);
  }

  /**
   * Deletes a group; its members remain.
   *
   * @param id the group's id
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is no such group
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void delete(GroupId id) {
    Objects.requireNonNull(id, "id");
    api.delete(id.value());
  }

  /**
   * Describes the groups endpoint: the caller's permissions on it and the filters its list accepts.
   *
   * @return the description
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails
   */
  public ResourceInfo info() {
    return api.info();
  }
}
