package io.github.supersetsdk.client.security;

import io.github.supersetsdk.client.PagedIterable;
import io.github.supersetsdk.client.id.UserRegistrationId;
import io.github.supersetsdk.client.internal.ResourceCalls;
import io.github.supersetsdk.client.internal.api.UserRegistrationsApi;
import io.github.supersetsdk.client.model.Page;
import io.github.supersetsdk.client.model.ResourceInfo;
import io.github.supersetsdk.client.model.UserRegistration;
import io.github.supersetsdk.client.request.ListQuery;
import java.util.Objects;
import java.util.Optional;

/**
 * Pending user self-registrations ({@code /api/v1/security/user_registrations}), which exist when
 * the server has {@code AUTH_USER_REGISTRATION} on: list them and delete stale ones. Registrations are
 * created by users signing up, not through this API.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.SecuritySnippets region=UserRegistrationsClient}
 *
 * <p>Immutable and thread-safe; obtained from {@link SecurityClient#userRegistrations()}.
 */
public final class UserRegistrationsClient {

  private final UserRegistrationsApi api;

  UserRegistrationsClient(UserRegistrationsApi api) {
    this.api = api;
  }

  /**
   * Lists registrations lazily, page by page.
   *
   * @param query filters (e.g. on {@code email}), ordering and page size
   * @return the registrations; nothing is fetched until iteration
   * @throws NullPointerException if {@code query} is null
   */
  public PagedIterable<UserRegistration> list(ListQuery query) {
    return ResourceCalls.list(query, api::list);
  }

  /**
   * Fetches one page of registrations.
   *
   * @param query filters, ordering and page size
   * @param pageIndex the zero-based page
   * @return the page
   * @throws NullPointerException if {@code query} is null
   * @throws IllegalArgumentException if {@code pageIndex} is negative
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails
   */
  public Page<UserRegistration> listPage(ListQuery query, int pageIndex) {
    return ResourceCalls.page(query, pageIndex, api::list);
  }

  /**
   * Reads a registration.
   *
   * @param id the registration's id
   * @return the registration
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is no such registration
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public UserRegistration get(UserRegistrationId id) {
    Objects.requireNonNull(id, "id");
    return Objects.requireNonNull(api.get(id.value()).result(), "result");
  }

  /**
   * Reads a pending user registration if it exists.
   *
   * @param id the registration's id
   * @return the pending user registration, or empty if Superset answers 404
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise; only a 404 becomes empty
   */
  public Optional<UserRegistration> find(UserRegistrationId id) {
    Objects.requireNonNull(id, "id");
    return ResourceCalls.findOrEmpty(() -> get(id));
  }

  /**
   * Deletes a registration; its confirmation link stops working.
   *
   * @param id the registration's id
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is no such registration
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void delete(UserRegistrationId id) {
    Objects.requireNonNull(id, "id");
    api.delete(id.value());
  }

  /**
   * Describes the registrations endpoint: the caller's permissions on it and the filters its list
   * accepts.
   *
   * @return the description
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails
   */
  public ResourceInfo info() {
    return api.info();
  }
}
