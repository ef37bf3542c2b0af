package io.github.supersetsdk.client;

import io.github.supersetsdk.client.internal.api.CurrentUserApi;
import io.github.supersetsdk.client.internal.transport.FeignApis;
import io.github.supersetsdk.client.model.CurrentUser;
import io.github.supersetsdk.client.model.CurrentUserRoles;
import io.github.supersetsdk.client.model.MenuItem;
import io.github.supersetsdk.client.model.UserPermission;
import io.github.supersetsdk.client.request.UpdateCurrentUserRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The user the client is authenticated as ({@code /api/v1/me} and friends): profile, roles and
 * permissions, the navigation menu, and the domains Superset serves.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.ClientSnippets region=CurrentUserClient}
 *
 * <p>Immutable and thread-safe; obtained from {@link SupersetClient#currentUser()}.
 */
public final class CurrentUserClient {

  private final CurrentUserApi api;

  CurrentUserClient(FeignApis apis) {
    this.api = apis.get(CurrentUserApi.class);
  }

  /**
   * Reads the current user's profile.
   *
   * @return the user
   * @throws io.github.supersetsdk.client.exception.AuthenticationException if the client is not
   *     authenticated as a user (e.g. with a guest token)
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public CurrentUser get() {
    return api.get().result();
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
   * @return the roles
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails
   */
  public CurrentUserRoles roles() {
    CurrentUserApi.RolesWire wire = api.roles().result();
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
