package io.github.supersetsdk.client;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.internal.transport.HttpClients;
import io.github.supersetsdk.client.testing.FakeSuperset;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SupersetClientTest {

  @RegisterExtension
  static final FakeSuperset superset = FakeSuperset.create();

  @Test
  void userAgent_carriesTheProjectVersion() {
    String expected = System.getProperty("superset.sdk.expectedVersion");
    assertThat(expected).as("surefire passes the POM's version").isNotBlank();
    superset.stubFor(get(urlPathEqualTo("/api/v1/dataset/1"))
        .willReturn(okJson("{\"id\": 1, \"result\": {\"id\": 1, \"table_name\": \"t\"}}")));

    try (SupersetClient client = SupersetClient.builder().baseUrl(superset.baseUrl())
        .credentials(Credentials.bearerToken("static-token")).build()) {
      client.datasets().get(DatasetId.of(1));
    }
    superset.verify(getRequestedFor(urlPathEqualTo("/api/v1/dataset/1"))
        .withHeader("User-Agent", com.github.tomakehurst.wiremock.client.WireMock.equalTo("superset-sdk-java/" + expected)));
  }

  @Test
  void build_withoutBaseUrl_namesTheMissingOption() {
    assertThatThrownBy(() -> SupersetClient.builder().credentials(Credentials.bearerToken("t")).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("baseUrl is required");
  }

  @Test
  void build_withoutCredentials_namesTheMissingOption() {
    assertThatThrownBy(() -> SupersetClient.builder().baseUrl("https://bi.example.com").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("credentials or credentialsProvider is required");
  }

  @Test
  void baseUrl_invalid_isRejected() {
    SupersetClient.Builder b = SupersetClient.builder();
    assertThatThrownBy(() -> b.baseUrl("ftp://host")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.baseUrl("bi.example.com")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.baseUrl("https://u:p@host")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.baseUrl("https://host/?x=1")).isInstanceOf(IllegalArgumentException.class);
    // What was given and what would do, unless the value may hold a password.
    assertThatThrownBy(() -> b.baseUrl("127.0.0.1:8088")).hasMessage(
        "baseUrl '127.0.0.1:8088' is not a valid URL; give an absolute http or https URL such as https://bi.example.com");
    assertThatThrownBy(() -> b.baseUrl("bi.example.com")).hasMessageContaining("'bi.example.com' must be an absolute");
    assertThatThrownBy(() -> b.baseUrl("admin:s3cret@bi.example.com")).message().doesNotContain("s3cret");
    // A query may carry a token: an invalid URL with one is not echoed either.
    assertThatThrownBy(() -> b.baseUrl("bi.example.com/?access_token=s3cret")).message().doesNotContain("s3cret");
    assertThatThrownBy(() -> b.baseUrl("http://h/ x?token=s3cret")).message().doesNotContain("s3cret");
  }

  @Test
  void timeouts_notPositive_areRejected() {
    SupersetClient.Builder b = SupersetClient.builder();
    assertThatThrownBy(() -> b.readTimeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.callTimeout(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.maxRequestsInFlight(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void httpClient_followingRedirectsOrWithoutConnectTimeout_isRejected() {
    SupersetClient.Builder b = SupersetClient.builder();
    assertThatThrownBy(() -> b.httpClient(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1))
            .followRedirects(HttpClient.Redirect.NORMAL).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not follow redirects");
    assertThatThrownBy(() -> b.httpClient(HttpClient.newHttpClient()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("connectTimeout");
  }

  @Test
  void httpClient_suppliedByCaller_isUsedForCalls() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/dataset/1")).willReturn(okJson("{\"id\": 1, \"result\": {\"id\": 1, \"table_name\": \"t\"}}")));
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).version(HttpClient.Version.HTTP_1_1).build();

    try (SupersetClient client = superset.clientBuilder().httpClient(http).build()) {
      assertThat(client.datasets().get(DatasetId.of(1)).tableName()).isEqualTo("t");
    }
  }

  @Test
  void toString_neverShowsThePassword() {
    try (SupersetClient client = SupersetClient.builder().baseUrl("https://bi.example.com")
        .credentials(Credentials.password("admin", "hunter2")).build()) {
      assertThat(client.toString()).contains("https://bi.example.com", "admin").doesNotContain("hunter2");
    }
  }

  @Test
  void closedClient_rejectsCalls() {
    SupersetClient client = SupersetClient.builder().baseUrl(superset.baseUrl()).credentials(Credentials.bearerToken("t")).build();
    client.close();
    client.close();

    assertThatThrownBy(() -> client.datasets().get(DatasetId.of(1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("SupersetClient is closed");
  }

  @Test
  void newBuilder_derivesAWorkingClientWithItsOwnSession() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/dataset/1")).willReturn(okJson("{\"id\": 1, \"result\": {\"id\": 1, \"table_name\": \"t\"}}")));

    try (SupersetClient original = superset.clientBuilder().build()) {
      original.datasets().get(DatasetId.of(1));
      SupersetClient derived = original.newBuilder().readTimeout(Duration.ofSeconds(9)).build();
      derived.datasets().get(DatasetId.of(1));
      derived.close();
      original.datasets().get(DatasetId.of(1));
    }
    superset.verify(2, postRequestedFor(urlPathEqualTo(FakeSuperset.LOGIN)));
    superset.verify(3, getRequestedFor(urlPathEqualTo("/api/v1/dataset/1")));
  }

  /**
   * A service that builds and closes a client per request (a guest per page view): on Java 17 to 20
   * a closed client's HTTP client keeps its selector thread until the garbage collector finds it,
   * so without sharing, every request left a thread (and workers and descriptors) behind until then.
   */
  @Test
  void clientsBuiltAndClosedPerRequest_holdOneSelectorThreadBetweenThem_beforeJava21() {
    assumeFalse(HttpClients.CLOSEABLE, "from Java 21 each client closes its own HTTP client");
    superset.stubFor(get(urlPathEqualTo("/api/v1/dataset/1")).willReturn(okJson("{\"id\": 1, \"result\": {\"id\": 1, \"table_name\": \"t\"}}")));
    long before = selectorThreads();
    // Kept reachable, as closed clients are until the next collection.
    List<SupersetClient> closed = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      try (SupersetClient client = SupersetClient.builder().baseUrl(superset.baseUrl())
          .credentials(Credentials.bearerToken("t")).build()) {
        assertThat(client.datasets().get(DatasetId.of(1)).tableName()).isEqualTo("t");
        closed.add(client);
      }
    }

    assertThat(selectorThreads() - before).isLessThanOrEqualTo(1);
    assertThat(closed).hasSize(20);
  }

  private static long selectorThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.isAlive() && t.getName().startsWith("HttpClient-") && t.getName().endsWith("-SelectorManager"))
        .count();
  }

  @Test
  void builders_areIndependentOfTheClientsTheyBuilt() {
    SupersetClient.Builder builder = SupersetClient.builder().baseUrl("https://a.example.com").credentials(Credentials.bearerToken("t"));
    try (SupersetClient a = builder.build()) {
      builder.baseUrl("https://b.example.com");
      assertThat(a.baseUrl().toString()).isEqualTo("https://a.example.com");
    }
  }
}
