package io.github.supersetsdk.client.security;

import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.internal.api.RowLevelSecurityApi;
import io.github.supersetsdk.client.internal.api.SecurityApi;
import io.github.supersetsdk.client.internal.api.SecurityGroupsApi;
import io.github.supersetsdk.client.internal.api.SecurityPermissionResourcesApi;
import io.github.supersetsdk.client.internal.api.SecurityPermissionsApi;
import io.github.supersetsdk.client.internal.api.SecurityResourcesApi;
import io.github.supersetsdk.client.internal.api.SecurityRolesApi;
import io.github.supersetsdk.client.internal.api.SecurityUsersApi;
import io.github.supersetsdk.client.internal.api.UserRegistrationsApi;
import io.github.supersetsdk.client.internal.auth.Jwt;
import io.github.supersetsdk.client.internal.transport.FeignApis;
import io.github.supersetsdk.client.model.GuestToken;
import io.github.supersetsdk.client.request.GuestTokenRequest;
import java.util.Map;
import java.util.Objects;

/**
 * Security: guest tokens for embedded dashboards and row-level security rules. Login, token refresh
 * and CSRF are handled by the client itself and need no calls here.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.SecuritySnippets region=SecurityClient}
 *
 * <p>Immutable and thread-safe; obtained from {@link SupersetClient#security()}.
 */
public final class SecurityClient {

  private final SecurityApi api;
  private final RowLevelSecurityClient rowLevelSecurity;
  private final FeignApis apis;

  SecurityClient(FeignApis apis) {
    this.api = apis.get(SecurityApi.class);
    this.rowLevelSecurity = new RowLevelSecurityClient(apis.get(RowLevelSecurityApi.class));
    this.apis = apis;
  }

  /**
   * Mints a guest token for embedded dashboards. The calling user needs the {@code can_grant_guest_token}
   * permission, and the server {@code EMBEDDED_SUPERSET}. The token's lifetime is set by the server
   * ({@code GUEST_TOKEN_JWT_EXP_SECONDS}).
   *
   * @param request the dashboards, the guest and the row-level security clauses
   * @return the token; a secret, never log it
   * @throws NullPointerException if {@code request} is null
   * @throws io.github.supersetsdk.client.exception.BadRequestException if the request is invalid
   * @throws io.github.supersetsdk.client.exception.PermissionDeniedException if the user may not grant
   *     guest tokens
   * @throws io.github.supersetsdk.client.exception.NotFoundException if embedding is disabled on the
   *     server
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public GuestToken createGuestToken(GuestTokenRequest request) {
    Objects.requireNonNull(request, "request");
    Object user = request.user() == null ? Map.of() : request.user();
    String token = api.guestToken(new SecurityApi.GuestTokenBody(request.resources(), request.rls(), user)).token();
    return GuestToken.of(token, Jwt.claims(token).expiresAt());
  }

  /**
   * Row-level security rules.
   *
   * @return the row-level security client
   */
  public RowLevelSecurityClient rowLevelSecurity() {
    return rowLevelSecurity;
  }

  /**
   * Security roles: create, rename, delete, and set their permissions, users and groups.
   *
   * @return the roles client
   */
  public RolesClient roles() {
    return new RolesClient(apis.get(SecurityRolesApi.class));
  }

  /**
   * User accounts: create with a password and roles, update, delete.
   *
   * @return the users client
   */
  public UsersClient users() {
    return new UsersClient(apis.get(SecurityUsersApi.class));
  }

  /**
   * User groups, which share roles among their members.
   *
   * @return the groups client
   */
  public GroupsClient groups() {
    return new GroupsClient(apis.get(SecurityGroupsApi.class));
  }

  /**
   * Permissions (actions such as {@code can_read}); read-only.
   *
   * @return the permissions client
   */
  public PermissionsClient permissions() {
    return new PermissionsClient(apis.get(SecurityPermissionsApi.class));
  }

  /**
   * Resources that permissions apply to ("view menus").
   *
   * @return the resources client
   */
  public SecurityResourcesClient resources() {
    return new SecurityResourcesClient(apis.get(SecurityResourcesApi.class));
  }

  /**
   * Permissions on resources ("permission views"), which roles grant.
   *
   * @return the permissions-on-resources client
   */
  public PermissionResourcesClient permissionResources() {
    return new PermissionResourcesClient(apis.get(SecurityPermissionResourcesApi.class));
  }

  /**
   * Pending user self-registrations.
   *
   * @return the registrations client
   */
  public UserRegistrationsClient userRegistrations() {
    return new UserRegistrationsClient(apis.get(UserRegistrationsApi.class));
  }
}
