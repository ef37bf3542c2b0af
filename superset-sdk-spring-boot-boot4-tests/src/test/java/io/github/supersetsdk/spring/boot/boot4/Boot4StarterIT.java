package io.github.supersetsdk.spring.boot.boot4;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.embedding.GuestTokenService;
import io.github.supersetsdk.client.id.DashboardId;
import io.github.supersetsdk.client.model.EmbeddedDashboard;
import io.github.supersetsdk.client.model.GuestUser;
import io.github.supersetsdk.client.request.CreateDashboardRequest;
import io.github.supersetsdk.client.request.GuestResource;
import io.github.supersetsdk.client.request.GuestTokenRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A Boot 4 web application with the starter and the actuator, against the real Superset: guest
 * tokens, the {@code superset} health indicator on Boot 4's health API, and the SDK's secrets masked
 * in {@code /actuator/env} and {@code /actuator/configprops} although values are shown.
 */
@SpringBootTest(classes = Boot4App.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class Boot4StarterIT {

  static final String SECRET = "k3y-" + UUID.randomUUID();
  static final String HEADER_SECRET = "hdr-" + UUID.randomUUID();

  static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry r) {
    r.add("superset.base-url", () -> env("SUPERSET_URL", "http://127.0.0.1:8088"));
    r.add("superset.username", () -> env("SUPERSET_USERNAME", "admin"));
    r.add("superset.password", () -> env("SUPERSET_PASSWORD", "admin"));
    r.add("superset.guest-token.signing-secret", () -> SECRET);
    r.add("superset.guest-token.audience", () -> "superset-sdk");
    // Superset ignores it; the actuator must show its name and never its value.
    r.add("superset.default-headers.X-Sdk-It-Key", () -> HEADER_SECRET);
    // The doctor reads the whole shared Superset; Boot4DoctorHealthIT covers it. This test checks
    // the login and version checks on Boot 4's health API.
    r.add("superset.health.doctor.enabled", () -> "false");
    r.add("management.endpoints.web.exposure.include", () -> "health,env,configprops");
    r.add("management.endpoint.health.show-details", () -> "always");
    r.add("management.endpoint.env.show-values", () -> "always");
    r.add("management.endpoint.configprops.show-values", () -> "always");
  }

  @Autowired SupersetClient client;
  @Autowired GuestTokenService guestTokens;
  @Autowired Environment environment;

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  static HttpResponse<String> get(Environment environment, String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
        + environment.getRequiredProperty("local.server.port") + path)).build(), HttpResponse.BodyHandlers.ofString());
  }

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

  @Test
  void health_realSuperset_upWithVersionAndUser() throws Exception {
    HttpResponse<String> r = get(environment, "/actuator/health/superset");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("\"status\":\"UP\"").contains("\"version\":\"")
        .contains("\"user\":\"" + env("SUPERSET_USERNAME", "admin") + "\"");
  }

  @Test
  void envAndConfigprops_valuesShown_secretsStillMasked() throws Exception {
    String env = get(environment, "/actuator/env").body();
    String configprops = get(environment, "/actuator/configprops").body();
    String url = env("SUPERSET_URL", "http://127.0.0.1:8088");
    // Values are shown (the base URL is there), and the secrets' keys are listed, but not their values.
    assertThat(env).contains("superset.base-url").contains(url).contains("superset.password")
        .contains("superset.guest-token.signing-secret").doesNotContain(SECRET);
    assertThat(configprops).contains("signingSecret").contains(url).doesNotContain(SECRET);
    assertThat(env).contains("superset.default-headers.X-Sdk-It-Key");
    assertThat(configprops).contains("X-Sdk-It-Key");
    assertThat(env + configprops).doesNotContain(HEADER_SECRET);
    assertThat(configprops).containsPattern("\"password\"\\s*:\\s*\"\\*+\"");
    assertThat(env).containsPattern("\"superset\\.password\"\\s*:\\s*\\{\\s*\"value\"\\s*:\\s*\"\\*+\"");
  }
}
