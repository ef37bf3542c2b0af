package io.github.supersetsdk.examples.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.supersetsdk.client.Credentials;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.model.ChartDataResult;
import io.github.supersetsdk.client.model.GuestToken;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The example against the real Superset: a signed-in tenant's guest token opens the tenant's
 * dashboard, and Superset returns only that tenant's rows for it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EmbeddingApplicationIT {

  @LocalServerPort int port;
  @Autowired DemoDashboard demo;

  private final ObjectMapper json = new ObjectMapper();

  private HttpResponse<String> post(HttpClient http, String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
  }

  private GuestToken tokenFor(String user) throws Exception {
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    assertThat(post(browser, "/login?user=" + user).statusCode()).isEqualTo(200);
    HttpResponse<String> r = post(browser, "/guest-token");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode body = json.readTree(r.body());
    assertThat(body.get("dashboard").asText()).isEqualTo(demo.embedded().uuid().toString());
    return GuestToken.of(body.get("token").asText(), null);
  }

  private Map<String, Long> ordersByTenantAsGuest(GuestToken token) {
    try (SupersetClient guest = SupersetClient.builder().baseUrl(System.getenv().getOrDefault("SUPERSET_URL",
        "http://127.0.0.1:8088")).credentials(Credentials.guestToken(token)).build()) {
      ChartDataResult result = guest.charts().data(demo.chart(), demo.dashboard()).first();
      return result.data().stream().collect(Collectors.toMap(
          row -> String.valueOf(row.get("tenant_id")), row -> ((Number) row.get("orders")).longValue()));
    }
  }

  @Test
  void guestToken_signedInTenant_supersetServesOnlyThatTenantsRows() throws Exception {
    Map<String, Long> alice = ordersByTenantAsGuest(tokenFor("alice"));
    Map<String, Long> bob = ordersByTenantAsGuest(tokenFor("bob"));
    assertThat(alice.keySet()).isEqualTo(Set.of("1"));
    assertThat(bob.keySet()).isEqualTo(Set.of("2"));
    assertThat(alice.get("1")).isPositive();
  }

  @Test
  void guestToken_notSignedIn_401() throws Exception {
    HttpClient anonymous = HttpClient.newHttpClient();
    assertThat(post(anonymous, "/guest-token").statusCode()).isEqualTo(401);
    assertThat(post(anonymous, "/login?user=mallory").statusCode()).isEqualTo(401);
  }
}
