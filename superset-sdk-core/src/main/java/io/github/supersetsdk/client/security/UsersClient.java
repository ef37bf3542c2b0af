package io.github.supersetsdk.client.security;

import io.github.supersetsdk.client.PagedIterable;
import io.github.supersetsdk.client.exception.NotFoundException;
import io.github.supersetsdk.client.id.UserId;
import io.github.supersetsdk.client.internal.ResourceCalls;
import io.github.supersetsdk.client.internal.api.SecurityUsersApi;
import io.github.supersetsdk.client.model.Page;
import io.github.supersetsdk.client.model.ResourceInfo;
import io.github.supersetsdk.client.model.User;
import io.github.supersetsdk.client.request.CreateUserRequest;
import io.github.supersetsdk.client.request.Filter;
import io.github.supersetsdk.client.request.ListQuery;
import io.github.supersetsdk.client.request.UpdateUserRequest;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * User accounts ({@code /api/v1/security/users}): create users with a password and roles, update,
 * deactivate and delete them. Needs {@code FAB_ADD_SECURITY_API = True} on the server and an admin
 * user. Passwords are sent but never logged, and never returned by the server.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.SecuritySnippets region=UsersClient}
 *
 * <p>Immutable and thread-safe; obtained from {@link SecurityClient#users()}.
 */
public final class UsersClient {

  private final SecurityUsersApi api;

  UsersClient(SecurityUsersApi api) {
    this.api = api;
  }

  /**
   * Lists users lazily, page by page.
   *
   * @param query filters (e.g. on {@code username} or {@code email}), ordering and page size
   * @return the users; nothing is fetched until iteration
   * @throws NullPointerException if {@code query} is null
   */
  public PagedIterable<User> list(ListQuery query) {
    return ResourceCalls.list(ResourceCalls.orderedById(query), api::list);
  }

  /**
   * Fetches one page of users.
   *
   * @param query filters, ordering and page size
   * @param pageIndex the zero-based page
   * @return the page
   * @throws NullPointerException if {@code query} is null
   * @throws IllegalArgumentException if {@code pageIndex} is negative
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails
   */
  public Page<User> listPage(ListQuery query, int pageIndex) {
    return ResourceCalls.page(ResourceCalls.orderedById(query), pageIndex, api::list);
  }

  /**
   * Reads a user.
   *
   * @param id the user's id
   * @return the user
   * @throws NullPointerException if {@code id} is null
   * @throws NotFoundException if there is no such user
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public User get(UserId id) {
    Objects.requireNonNull(id, "id");
    return Objects.requireNonNull(api.get(id.value()).result(), "result");
  }

  /**
   * Reads an user if it exists.
   *
   * @param id the user's id
   * @return the user, or empty if Superset answers 404
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise; only a 404 becomes empty
   */
  public Optional<User> find(UserId id) {
    Objects.requireNonNull(id, "id");
    return ResourceCalls.findOrEmpty(() -> get(id));
  }

  /**
   * Whether an user exists. Superset has no cheaper check than reading it.
   *
   * @param id the user's id
   * @return {@code true} if it exists, {@code false} if Superset answers 404
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public boolean exists(UserId id) {
    return find(id).isPresent();
  }

  /**
   * Looks a user up by login name.
   *
   * @param username the exact login name
   * @return the user, or empty if there is none
   * @throws NullPointerException if {@code username} is null
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails
   */
  public Optional<User> findByUsername(String username) {
    Objects.requireNonNull(username, "username");
    ListQuery query = new ListQuery(List.of(Filter.eq("username", username)), null, null, 1);
    return listPage(query, 0).items().stream().findFirst();
  }

  /**
   * Creates a user.
   *
   * @param request the account, with its initial password
   * @return the new user's id
   * @throws NullPointerException if {@code request} is null
   * @throws io.github.supersetsdk.client.exception.BadRequestException if it is invalid (e.g. the
   *     username or email is already used, or a role does not exist)
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public UserId create(CreateUserRequest request) {
    Objects.requireNonNull(request, "request");
    // Flask-AppBuilder before Superset 6.1 stores a user without "active" as inactive; the documented
    // default is active, so say it explicitly on every release.
    CreateUserRequest sent = request.active() == null ? request.toBuilder().active(true).build() : request;
    return UserId.of(api.create(sent).numericId());
  }

  /**
   * Updates the fields of a user that the request sets.
   *
   * @param id the user's id
   * @param request the changes
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the request changes nothing
   * @throws NotFoundException if there is no such user
   * @throws io.github.supersetsdk.client.exception.BadRequestException if a change is invalid
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void update(UserId id, UpdateUserRequest request) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(request, "request");
    if (request.isEmpty()) {
      throw new IllegalArgumentException("the update changes nothing");
    }
    api.update(id.value(), request);
  }

  /**
   * Deletes a user.
   *
   * @param id the user's id
   * @throws NullPointerException if {@code id} is null
   * @throws NotFoundException if there is no such user
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise (e.g.
   *     the user still owns objects)
   */
  public void delete(UserId id) {
    Objects.requireNonNull(id, "id");
    api.delete(id.value());
  }

  /**
   * Describes the users endpoint: the caller's permissions on it and the filters its list accepts.
   *
   * @return the description
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails
   */
  public ResourceInfo info() {
    return api.info();
  }
}
