package io.github.supersetsdk.client.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.supersetsdk.client.Credentials;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.exception.BadRequestException;
import io.github.supersetsdk.client.exception.NotFoundException;
import io.github.supersetsdk.client.exception.PermissionDeniedException;
import io.github.supersetsdk.client.id.PermissionResourceId;
import io.github.supersetsdk.client.id.RoleId;
import io.github.supersetsdk.client.id.UserId;
import io.github.supersetsdk.client.model.GuestUser;
import io.github.supersetsdk.client.model.PermissionResource;
import io.github.supersetsdk.client.request.CreateUserRequest;
import io.github.supersetsdk.client.request.GuestResource;
import io.github.supersetsdk.client.request.GuestTokenRequest;
import io.github.supersetsdk.client.request.ListQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A service account granted only what it was told it needs (here {@code can_grant_guest_token})
 * against the real Superset: every write first fetches a CSRF token, which Superset hands out only
 * with {@code can_read on SecurityRestApi}, so the write fails with a 403 that must name the
 * missing permission and the write; with that permission too, the same call gets past the checks.
 */
@ExtendWith(NoSecretsInLogs.class)
class LeastPrivilegeIT {

  private static final String PASSWORD = "lp-" + UUID.randomUUID();

  private static SupersetClient admin;
  private static final List<Runnable> cleanup = new ArrayList<>();

  @BeforeAll
  static void connect() {
    admin = ItEnv.adminClient().build();
  }

  @AfterAll
  static void cleanUp() {
    for (int i = cleanup.size() - 1; i >= 0; i--) {
      try {
        cleanup.get(i).run();
      } catch (NotFoundException alreadyGone) {
        // Nothing to do.
      }
    }
    admin.close();
  }

  @Test
  void guestToken_withoutCsrfPermission_namesIt_andWithItGetsPastTheChecks() {
    String name = "lp_it_" + UUID.randomUUID().toString().substring(0, 8);
    RoleId role = admin.security().roles().create(name);
    cleanup.add(() -> admin.security().roles().delete(role));
    admin.security().roles().setPermissions(role, List.of(permission("can_grant_guest_token", "SecurityRestApi")));
    UserId user = admin.security().users().create(CreateUserRequest.builder(
        name, "lp", "it", name + "@example.invalid", PASSWORD).roles(List.of(role)).build());
    cleanup.add(() -> admin.security().users().delete(user));
    // No dashboard is embedded under this UUID: a request that passes the permission checks is
    // then refused as bad input (400), not forbidden.
    GuestTokenRequest request = GuestTokenRequest.builder()
        .resource(GuestResource.dashboard(UUID.randomUUID())).user(GuestUser.of("lp-guest")).build();

    try (SupersetClient service = SupersetClient.builder().baseUrl(ItEnv.supersetUrl())
        .credentials(Credentials.password(name, PASSWORD)).build()) {
      assertThatThrownBy(() -> service.security().createGuestToken(request))
          .isInstanceOf(PermissionDeniedException.class)
          .hasMessageContaining("GET /api/v1/security/csrf_token/ -> 403")
          .hasMessageContaining("POST /api/v1/security/guest_token/")
          .hasMessageContaining("can_read on SecurityRestApi");
    }

    admin.security().roles().setPermissions(role, List.of(
        permission("can_grant_guest_token", "SecurityRestApi"), permission("can_read", "SecurityRestApi")));
    try (SupersetClient service = SupersetClient.builder().baseUrl(ItEnv.supersetUrl())
        .credentials(Credentials.password(name, PASSWORD)).build()) {
      assertThatThrownBy(() -> service.security().createGuestToken(request))
          .isInstanceOf(BadRequestException.class)
          .satisfies(e -> assertThat(((BadRequestException) e).path()).isEqualTo("/api/v1/security/guest_token/"));
    }
  }

  @Test
  void permissionResources_listAll_holdsEachOnceAndAsManyAsSupersetCounts() {
    // Setting up a service account's role starts from this list; it is longer than a page, and
    // without an order Superset's pages overlapped (some twice, others missing).
    List<PermissionResourceId> ids = new ArrayList<>();
    admin.security().permissionResources().list(ListQuery.all()).forEach(p -> ids.add(p.id()));
    long count = admin.security().permissionResources().listPage(ListQuery.all(), 0).totalCount();

    assertThat(count).isGreaterThan(ListQuery.MAX_PAGE_SIZE);
    assertThat(ids).doesNotHaveDuplicates().hasSize((int) count);
  }

  private static PermissionResourceId permission(String permission, String resource) {
    for (PermissionResource p : admin.security().permissionResources().list(ListQuery.all())) {
      if (p.permissionName().equals(permission) && p.resourceName().equals(resource)) {
        return p.id();
      }
    }
    throw new AssertionError("Superset has no " + permission + " on " + resource);
  }
}
