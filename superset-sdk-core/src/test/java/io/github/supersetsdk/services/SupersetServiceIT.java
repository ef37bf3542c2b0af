package io.github.supersetsdk.services;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Proves the local Superset is the real 6.1.0 server, as production runs it: logs in and reads the
 * served OpenAPI spec over plain HTTP, and shows that CSRF protection refuses a POST without a token.
 */
class SupersetServiceIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private static String baseUrl;
  private static String accessToken;

  @BeforeAll
  static void logIn() throws Exception {
    baseUrl = ServiceEnvironment.require("SUPERSET_URL");
    String body =
        JSON.writeValueAsString(
            Map.of(
                "username", ServiceEnvironment.require("SUPERSET_USERNAME"),
                "password", ServiceEnvironment.require("SUPERSET_PASSWORD"),
                "provider", "db",
                "refresh", true));
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/security/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as("login status").isEqualTo(200);
    JsonNode tokens = JSON.readTree(response.body());
    accessToken = tokens.path("access_token").asText();
    assertThat(accessToken).as("access token").isNotBlank();
    assertThat(tokens.path("refresh_token").asText()).as("refresh token").isNotBlank();
  }

  @Test
  void openApi_afterLogin_servesTheRestSpec() throws Exception {
    HttpResponse<String> response = get("/api/v1/_openapi");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode spec = JSON.readTree(response.body());
    assertThat(spec.path("openapi").asText()).startsWith("3.");
    assertThat(spec.path("paths").has("/api/v1/chart/data")).isTrue();
    assertThat(spec.path("paths").has("/api/v1/security/guest_token/")).isTrue();
    assertThat(spec.path("paths").size()).isGreaterThan(150);
  }

  @Test
  void post_withoutCsrfToken_isRefused() throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/tag/"))
                .header("Authorization", "Bearer " + accessToken)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"csrf-probe\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("CSRF token is missing");
  }

  @Test
  void csrfToken_isServedToALoggedInClient() throws Exception {
    HttpResponse<String> response = get("/api/v1/security/csrf_token/");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(response.body()).path("result").asText()).isNotBlank();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Authorization", "Bearer " + accessToken)
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
