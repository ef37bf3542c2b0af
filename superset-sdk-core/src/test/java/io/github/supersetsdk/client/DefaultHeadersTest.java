package io.github.supersetsdk.client;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.supersetsdk.client.id.ChartId;
import io.github.supersetsdk.client.request.UpdateChartRequest;
import io.github.supersetsdk.client.testing.FakeSuperset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Default headers: on every request of a client and of clients derived from it, never printed. */
class DefaultHeadersTest {

  private static final String SECRET = "gateway-secret-7f3a";

  @RegisterExtension
  static final FakeSuperset superset = FakeSuperset.withoutRetries();

  @Test
  void everyRequest_loginCsrfCallsAndRaw_carriesTheHeaders() {
    superset.stubFor(put(urlPathEqualTo("/api/v1/chart/3")).willReturn(okJson("{\"id\":3,\"result\":{}}")));
    superset.stubFor(get(urlPathEqualTo("/api/v1/chart/_info")).willReturn(okJson("{\"permissions\":[]}")));

    try (SupersetClient client = superset.clientBuilder()
        .defaultHeader("X-Gateway-Key", SECRET)
        .defaultHeader("x-gateway-key", SECRET + "-2") // names are case-insensitive: replaces
        .defaultHeader("X-Tenant", "acme")
        .build()) {
      client.charts().update(ChartId.of(3), UpdateChartRequest.builder().description("d").build());
      client.raw().send(RawRequest.get("/api/v1/chart/_info"));
    }

    List<LoggedRequest> sent = superset.findAll(anyRequestedFor(anyUrl()));
    assertThat(sent).extracting(r -> r.getMethod() + " " + r.getUrl())
        .anyMatch(s -> s.startsWith("POST /api/v1/security/login"))
        .anyMatch(s -> s.startsWith("GET /api/v1/security/csrf_token"))
        .anyMatch(s -> s.startsWith("PUT /api/v1/chart/3"))
        .anyMatch(s -> s.startsWith("GET /api/v1/chart/_info"));
    for (LoggedRequest r : sent) {
      assertThat(r.getHeaders().getHeader("X-Gateway-Key").values()).as(r.getUrl()).containsExactly(SECRET + "-2");
      assertThat(r.getHeader("X-Tenant")).as(r.getUrl()).isEqualTo("acme");
    }
  }

  @Test
  void derivedClient_keepsTheHeaders() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/chart/_info")).willReturn(okJson("{\"permissions\":[]}")));
    try (SupersetClient client = superset.clientBuilder().defaultHeader("X-Gateway-Key", SECRET).build();
        SupersetClient derived = client.newBuilder().build()) {
      derived.raw().send(RawRequest.get("/api/v1/chart/_info"));
    }
    superset.verify(anyRequestedFor(urlPathEqualTo("/api/v1/chart/_info"))
        .withHeader("X-Gateway-Key", equalTo(SECRET)));
  }

  @Test
  void rawRequestHeader_winsOverTheDefaultOfTheSameName() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/chart/_info")).willReturn(okJson("{\"permissions\":[]}")));
    try (SupersetClient client = superset.clientBuilder().defaultHeader("X-Tenant", "acme").build()) {
      client.raw().send(RawRequest.builder("GET", "/api/v1/chart/_info").header("x-tenant", "globex").build());
    }
    LoggedRequest info = superset.single("GET", "/api/v1/chart/_info");
    assertThat(info.getHeaders().getHeader("X-Tenant").values()).containsExactly("globex");
  }

  @Test
  void applicationName_followsTheSdksProductTokenInTheUserAgent() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/chart/_info")).willReturn(okJson("{\"permissions\":[]}")));
    try (SupersetClient client = superset.clientBuilder().applicationName("acme-analytics/2.3").build()) {
      client.raw().send(RawRequest.get("/api/v1/chart/_info"));
    }
    assertThat(superset.single("GET", "/api/v1/chart/_info").getHeader("User-Agent"))
        .matches("superset-sdk-java/\\S+ acme-analytics/2\\.3");
    assertThatThrownBy(() -> superset.clientBuilder().applicationName("Acme Analytics"))
        .hasMessage("applicationName: 'Acme Analytics' is not a product token (name or name/version, no spaces)");
  }

  @Test
  void headersTheClientSetsItself_areRefused() {
    SupersetClient.Builder builder = superset.clientBuilder();
    for (String name : List.of("Authorization", "cookie", "X-CSRFToken", "Referer", "User-Agent", "X-Request-Id",
        "Accept", "Content-Type", "Host", "Content-Length", "Connection", "Expect", "Upgrade", "Transfer-Encoding")) {
      assertThatThrownBy(() -> builder.defaultHeader(name, "x"))
          .as(name).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("defaultHeader: " + name + " is set by the client itself and cannot be a default header");
    }
  }

  @Test
  void badNamesAndValues_areRefusedWithoutQuotingTheValue() {
    SupersetClient.Builder builder = superset.clientBuilder();
    assertThatThrownBy(() -> builder.defaultHeader("X Gateway", "x"))
        .hasMessage("defaultHeader: 'X Gateway' is not a header name");
    assertThatThrownBy(() -> builder.defaultHeader("X-Gateway-Key", SECRET + "\r\nX-Injected: 1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("defaultHeader: the value of X-Gateway-Key holds a control character");
    assertThatThrownBy(() -> builder.defaultHeader("X-Gateway-Key", null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void values_neverReachLogsOrToString() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/chart/_info")).willReturn(okJson("{\"permissions\":[]}")));
    try (LogCapture logs = LogCapture.capture();
        SupersetClient client = superset.clientBuilder().defaultHeader("X-Gateway-Key", SECRET).build()) {
      client.raw().send(RawRequest.get("/api/v1/chart/_info"));
      assertThat(client.toString()).doesNotContain(SECRET);
      assertThat(logs.lines()).isNotEmpty().noneMatch(line -> line.contains(SECRET));
    }
  }
}
