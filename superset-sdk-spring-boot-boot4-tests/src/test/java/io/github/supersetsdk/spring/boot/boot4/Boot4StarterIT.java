package io.github.supersetsdk.spring.boot.boot4;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.embedding.GuestTokenService;
import io.github.supersetsdk.client.model.GuestUser;
import io.github.supersetsdk.client.request.GuestResource;
import io.github.supersetsdk.client.request.GuestTokenRequest;
import io.github.supersetsdk.client.request.CreateDashboardRequest;
import io.github.supersetsdk.client.id.DashboardId;
import io.github.supersetsdk.client.model.EmbeddedDashboard;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A Boot 4 application with the starter, against the real Superset. */
@SpringBootTest(classes = Boot4App.class)
class Boot4StarterIT {

  static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry r) {
    r.add("superset.base-url", () -> env("SUPERSET_URL", "http://127.0.0.1:8088"));
    r.add("superset.username", () -> env("SUPERSET_USERNAME", "admin"));
    r.add("superset.password", () -> env("SUPERSET_PASSWORD", "admin"));
  }

  @Autowired SupersetClient client;
  @Autowired GuestTokenService guestTokens;

  @Test
  void injectedClient_logsInAndMintsAGuestToken() {
    assertThat(client.currentUser().get().username()).isEqualTo(env("SUPERSET_USERNAME", "admin"));
    DashboardId dashboard = client.dashboards()
        .create(CreateDashboardRequest.builder("boot4 it " + UUID.randomUUID()).build());
    try {
      EmbeddedDashboard embedded = client.dashboards().enableEmbedding(dashboard, List.of());
      assertThat(guestTokens.token(GuestTokenRequest.builder().resource(GuestResource.dashboard(embedded))
          .user(new GuestUser("viewer", "Boot", "Four")).build()).value()).isNotBlank();
    } finally {
      client.dashboards().delete(dashboard);
    }
  }
}
