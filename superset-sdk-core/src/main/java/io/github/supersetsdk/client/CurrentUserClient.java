package io.github.supersetsdk.client;

import io.github.supersetsdk.client.exception.AuthenticationException;
import io.github.supersetsdk.client.exception.OperationUnsupportedException;
import io.github.supersetsdk.client.exception.SupersetApiException;
import io.github.supersetsdk.client.internal.api.CurrentUserApi;
import io.github.supersetsdk.client.internal.api.SecurityRolesApi;
import io.github.supersetsdk.client.internal.api.SecurityUsersApi;
import io.github.supersetsdk.client.internal.transport.FeignApis;
import io.github.supersetsdk.client.model.CurrentUser;
import io.github.supersetsdk.client.model.CurrentUserRoles;
import io.github.supersetsdk.client.model.MenuItem;
import io.github.supersetsdk.client.model.RoleRef;
import io.github.supersetsdk.client.model.User;
import io.github.supersetsdk.client.model.UserPermission;
import io.github.supersetsdk.client.request.UpdateCurrentUserRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The user the client is authenticated as ({@code /api/v1/me} and friends): profile, roles and
 * permissions, the navigation menu, and the domains Superset serves.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.ClientSnippets region=CurrentUserClient}
 *
 * <p>Before Superset 6.1, {@code GET /api/v1/me/} and {@code /api/v1/me/roles/} accept only a browser
 * session and answer 401 to a bearer token. There {@link #get()} and {@link #roles()} read the user
 * named by the token's {@code sub} claim (its id) from the security API instead, which needs the
 * {@code can_read on User} permission (admins have it); without it they throw
 * {@link OperationUnsupportedException}.
 *
 * <p>Immutable and thread-safe; obtained from {@link SupersetClient#currentUser()}.
 */
public final class CurrentUserClient {

  private final CurrentUserApi api;
  private final FeignApis apis;
  private final Supplier<@Nullable String> tokenSubject;
  private final Supplier<@Nullable String> serverVersion;

  CurrentUserClient(FeignApis apis, Supplier<@Nullable String> tokenSubject, Supplier<@Nullable String> serverVersion) {
    this.api = apis.get(CurrentUserApi.class);
    this.apis = apis;
    this.tokenSubject = tokenSubject;
    this.serverVersion = serverVersion;
  }

  /**
   * Reads the current user's profile.
   *
   * @return the user
   * @throws io.github.supersetsdk.client.exception.AuthenticationException if the client is not
   *     authenticated as a user (e.g. with a guest token)
   * @throws OperationUnsupportedException if the server refuses {@code /api/v1/me/} to bearer tokens
   *     (before 6.1) and the user may not read the security API either
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public CurrentUser get() {
    User u;
    if (meRefusesBearerTokens()) {
      u = userOfToken(null, "/api/v1/me/", "CurrentUserClient.get");
    } else {
      try {
        return api.get().result();
      } catch (AuthenticationException refused) {
        u = userOfToken(refused, "/api/v1/me/", "CurrentUserClient.get");
      }
    }
    return new CurrentUser(u.id(), u.username(), u.firstName(), u.lastName(), u.email(), u.active(), false,
        u.loginCount());
  }

  /**
   * Whether the server is a release before 6.1, whose {@code me} routes answer only a browser
   * session. Asking first spares a 401, which would also make the client log in again.
   */
  private boolean meRefusesBearerTokens() {
    String version = serverVersion.get();
    if (version == null) {
      return false;
    }
    String[] parts = version.split("[.]", 3);
    try {
      int major = Integer.parseInt(parts[0]);
      int minor = parts.length > 1 ? Integer.parseInt(parts[1].replaceAll("\\D.*", "")) : 0;
      return major < 6 || (major == 6 && minor < 1);
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /**
   * Changes the current user's names or password. The request's body is never logged.
   *
   * @param request the changes
   * @return the updated profile
   * @throws NullPointerException if {@code request} is null
   * @throws io.github.supersetsdk.client.exception.BadRequestException if a value is invalid
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public CurrentUser update(UpdateCurrentUserRequest request) {
    Objects.requireNonNull(request, "request");
    return api.update(request).result();
  }

  /**
   * Reads the current user's roles with their permissions, and data-access permissions.
   *
   * <p>Where the server answers {@code me/roles} only to a browser session (before 6.1), the roles come
   * from the security API and {@link CurrentUserRoles#permissions()} is empty: that API does not list
   * data-access permissions per user.
   *
   * @return the roles
   * @throws OperationUnsupportedException if the server refuses {@code me/roles} to bearer tokens and
   *     the user may not read the security API
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails
   */
  public CurrentUserRoles roles() {
    if (meRefusesBearerTokens()) {
      return rolesOfToken(null);
    }
    CurrentUserApi.RolesWire wire;
    try {
      wire = api.roles().result();
    } catch (AuthenticationException refused) {
      return rolesOfToken(refused);
    }
    Map<String, List<UserPermission>> roles = new LinkedHashMap<>();
    Map<String, List<String>> permissions = new LinkedHashMap<>();
    if (wire != null && wire.roles() != null) {
      wire.roles().forEach((role, pairs) -> {
        List<UserPermission> list = new ArrayList<>();
        if (pairs != null) {
          for (List<String> pair : pairs) {
            if (pair != null && pair.size() >= 2) {
              list.add(new UserPermission(pair.get(0), pair.get(1)));
            }
          }
        }
        roles.put(role, List.copyOf(list));
      });
    }
    if (wire != null && wire.permissions() != null) {
      wire.permissions().forEach((kind, objects) -> {
        List<String> list = new ArrayList<>();
        if (objects != null) {
          objects.forEach(o -> list.add(String.valueOf(o)));
        }
        permissions.put(kind, List.copyOf(list));
      });
    }
    return new CurrentUserRoles(roles, permissions);
  }

  /**
   * The navigation menu as the current user sees it.
   *
   * @return the top-level entries with their sub-entries
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails
   */
  public List<MenuItem> menu() {
    List<Object> result = api.menu().result();
    return result == null ? List.of() : menuItems(result);
  }

  /**
   * The domains Superset serves the app from when domain sharding is on ({@code SUPERSET_WEBSERVER_DOMAINS}).
   *
   * @return the domains; empty without sharding
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails
   */
  public List<String> availableDomains() {
    CurrentUserApi.DomainsWire wire = api.availableDomains().result();
    return wire == null || wire.domains() == null ? List.of() : List.copyOf(wire.domains());
  }

  private CurrentUserRoles rolesOfToken(@Nullable AuthenticationException refused) {
    User user = userOfToken(refused, "/api/v1/me/roles/", "CurrentUserClient.roles");
    SecurityRolesApi roles = apis.get(SecurityRolesApi.class);
    Map<String, List<UserPermission>> byRole = new LinkedHashMap<>();
    for (RoleRef role : user.roles()) {
      List<UserPermission> list = new ArrayList<>();
      List<SecurityRolesApi.RolePermission> perms = roles.permissions(role.id().value()).result();
      if (perms != null) {
        perms.forEach(p -> list.add(new UserPermission(p.permissionName(), p.viewMenuName())));
      }
      byRole.put(role.name() == null ? String.valueOf(role.id().value()) : role.name(), List.copyOf(list));
    }
    return new CurrentUserRoles(byRole, Map.of());
  }

  /**
   * The user a bearer token names, read from the security API because {@code path} refuses bearer
   * tokens ({@code refused} is its 401, or {@code null} if the server's version said so). A token
   * Superset does not accept at all stays a 401.
   */
  private User userOfToken(@Nullable AuthenticationException refused, String path, String sdkMethod) {
    String subject = tokenSubject.get();
    long id;
    try {
      id = subject == null ? -1 : Long.parseLong(subject);
    } catch (NumberFormatException e) {
      id = -1;
    }
    if (id < 0) {
      if (refused != null) {
        throw refused;
      }
      throw new OperationUnsupportedException("GET", path, sdkMethod, serverVersion.get(),
          "it answers only a browser session, and the client's token names no user id to read instead", null);
    }
    try {
      User user = apis.get(SecurityUsersApi.class).get(id).result();
      if (user == null) {
        throw new OperationUnsupportedException("GET", path, sdkMethod, serverVersion.get(),
            "it answers only a browser session, and GET /api/v1/security/users/" + id + " returned no user", refused);
      }
      return user;
    } catch (AuthenticationException e) {
      if (refused == null) {
        throw e;
      }
      refused.addSuppressed(e);
      throw refused;
    } catch (SupersetApiException e) {
      throw new OperationUnsupportedException("GET", path, sdkMethod, serverVersion.get(),
          "it answers only a browser session (Superset 6.1 accepts bearer tokens), and reading the user from "
              + "GET /api/v1/security/users/{pk} instead failed with " + e.getMessage()
              + "; grant the user can_read on User, or use Superset 6.1",
          e);
    }
  }

  private static List<MenuItem> menuItems(List<?> raw) {
    List<MenuItem> items = new ArrayList<>();
    for (Object o : raw) {
      if (o instanceof Map<?, ?> m) {
        List<?> childs = m.get("childs") instanceof List<?> l ? l : List.of();
        items.add(new MenuItem(text(m.get("name"), "-"), text(m.get("label"), null), text(m.get("icon"), null),
            text(m.get("url"), null), menuItems(childs)));
      } else if (o != null) {
        items.add(new MenuItem(o.toString(), null, null, null, List.of()));
      }
    }
    return List.copyOf(items);
  }

  private static @Nullable String text(@Nullable Object value, @Nullable String fallback) {
    return value == null || value.toString().isEmpty() ? fallback : value.toString();
  }
}
