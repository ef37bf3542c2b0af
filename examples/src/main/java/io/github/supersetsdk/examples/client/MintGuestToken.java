package io.github.supersetsdk.examples.client;

import io.github.supersetsdk.client.Credentials;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.id.DashboardId;
import io.github.supersetsdk.client.model.EmbeddedDashboard;
import io.github.supersetsdk.client.model.GuestToken;
import io.github.supersetsdk.client.model.GuestUser;
import io.github.supersetsdk.client.request.GuestResource;
import io.github.supersetsdk.client.request.GuestTokenRequest;
import io.github.supersetsdk.client.request.RlsClause;
import java.util.List;

/**
 * Mints a guest token that shows one dashboard to one tenant's user, filtered to that tenant's rows,
 * as an embedded-analytics backend does for each page view.
 *
 * <p>Arguments: the dashboard id and the tenant id. Needs {@code SUPERSET_URL}, {@code
 * SUPERSET_USERNAME} and {@code SUPERSET_PASSWORD}, and {@code EMBEDDED_SUPERSET} on the server.
 * The token is printed only so that you can paste it into the embedded SDK while trying this out; a
 * real backend returns it to its own authenticated front end and never logs it.
 */
public final class MintGuestToken {

  private MintGuestToken() {}

  /**
   * Entry point.
   *
   * @param args the dashboard id and the tenant id
   */
  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: MintGuestToken <dashboard id> <tenant id>");
      System.exit(2);
    }
    DashboardId dashboard = DashboardId.of(Long.parseLong(args[0]));
    long tenantId = Long.parseLong(args[1]);

    try (SupersetClient client = SupersetClient.builder()
        .baseUrl(env("SUPERSET_URL"))
        .credentials(Credentials.password(env("SUPERSET_USERNAME"), env("SUPERSET_PASSWORD")))
        .build()) {
      // Idempotent: returns the existing embedding's UUID, replacing its allowed domains.
      EmbeddedDashboard embedded = client.dashboards().enableEmbedding(dashboard, List.of());

      // The RLS clause comes from the authenticated user's tenant, never from request input.
      GuestToken token = client.security().createGuestToken(GuestTokenRequest.builder()
          .resource(GuestResource.dashboard(embedded))
          .user(new GuestUser("tenant-" + tenantId + "-viewer", "Tenant", Long.toString(tenantId)))
          .rls(RlsClause.equalTo("tenant_id", tenantId))
          .build());

      System.out.println("embedded dashboard id: " + embedded.uuid());
      System.out.println("token expires at:      " + token.expiresAt());
      System.out.println("guest token:           " + token.value());
    }
  }

  private static String env(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(name + " is not set");
    }
    return value;
  }
}
