package io.github.supersetsdk.client;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.github.supersetsdk.client.testing.FakeSuperset.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.supersetsdk.client.exception.BadRequestException;
import io.github.supersetsdk.client.exception.SupersetException;
import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.model.GuestToken;
import io.github.supersetsdk.client.request.CreateDatabaseRequest;
import io.github.supersetsdk.client.request.GuestResource;
import io.github.supersetsdk.client.request.GuestTokenRequest;
import io.github.supersetsdk.client.request.RlsClause;
import io.github.supersetsdk.client.testing.FakeSuperset;
import io.github.supersetsdk.client.testing.Jwts;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Runs calls that handle every kind of secret with the SDK logging at TRACE, and checks that none
 * reaches a log line or an exception message.
 */
class LoggingRedactionTest {

  @RegisterExtension
  static final FakeSuperset superset = FakeSuperset.create();

  private static final String DB_PASSWORD = "dbpw-Secret-0c4e";
  private static final String GUEST_TOKEN = Jwts.validForAnHour();

  @Test
  void traceLogging_ofLoginCsrfRefreshGuestTokenAndDatabaseCalls_containsNoSecret() {
    String refreshed = Jwts.validForAnHour();
    superset.stubFor(post(urlPathEqualTo(FakeSuperset.REFRESH)).willReturn(okJson("{\"access_token\":\"" + refreshed + "\"}")));
    superset.stubFor(get(urlPathEqualTo("/api/v1/dataset/1")).inScenario("exp").whenScenarioStateIs(STARTED)
        .willReturn(json(401, "{\"msg\": \"Token has expired\"}")).willSetStateTo("ok"));
    superset.stubFor(get(urlPathEqualTo("/api/v1/dataset/1")).inScenario("exp").whenScenarioStateIs("ok")
        .willReturn(okJson("{\"id\": 1, \"result\": {\"id\": 1, \"table_name\": \"t\"}}")));
    superset.stubFor(post(urlPathEqualTo("/api/v1/security/guest_token/")).willReturn(okJson("{\"token\": \"" + GUEST_TOKEN + "\"}")));
    superset.stubFor(post(urlPathEqualTo("/api/v1/database/")).willReturn(json(422,
        "{\"errors\": [{\"message\": \"Could not connect to postgresql://reader:" + DB_PASSWORD + "@db/w\","
            + " \"error_type\": \"CONNECTION_ACCESS_DENIED_ERROR\"}]}")));
    String uri = "postgresql+psycopg2://reader:" + DB_PASSWORD + "@db:5432/warehouse";

    String exceptionText;
    GuestToken minted;
    List<String> lines;
    try (LogCapture capture = LogCapture.capture(); SupersetClient client = superset.clientBuilder().build()) {
      client.datasets().get(DatasetId.of(1));
      minted = client.security().createGuestToken(GuestTokenRequest.builder()
          .resource(GuestResource.dashboard(UUID.randomUUID())).rls(RlsClause.of("tenant_id = 1")).build());
      BadRequestException failure = org.junit.jupiter.api.Assertions.assertThrows(BadRequestException.class,
          () -> client.databases().create(CreateDatabaseRequest.builder("w", uri).build()));
      exceptionText = failure + " " + failure.serverMessage() + " " + failure.fieldErrors();
      lines = capture.lines();
    }

    assertThat(minted.value()).isEqualTo(GUEST_TOKEN);
    assertThat(lines).isNotEmpty().anyMatch(l -> l.contains("--> POST /api/v1/security/login"));
    List<String> secrets = List.of(FakeSuperset.PASSWORD, FakeSuperset.CSRF_TOKEN, FakeSuperset.SESSION_COOKIE,
        superset.accessToken(), superset.refreshToken(), refreshed, GUEST_TOKEN, DB_PASSWORD);
    for (String secret : secrets) {
      assertThat(lines).noneMatch(l -> l.contains(secret));
      assertThat(exceptionText).doesNotContain(secret);
    }
    assertThat(exceptionText).contains("reader:***@db");
  }

  @Test
  void traceLogging_ofRawCalls_writesNoBody() {
    // Through raw(), the CSRF token comes back under "result", a key no redactor could know.
    try (LogCapture capture = LogCapture.capture(); SupersetClient client = superset.clientBuilder().build()) {
      RawResponse csrf = client.raw().send(RawRequest.get(FakeSuperset.CSRF));
      assertThat(new String(csrf.body(), java.nio.charset.StandardCharsets.UTF_8)).contains(FakeSuperset.CSRF_TOKEN);
      client.raw().send(RawRequest.builder("POST", FakeSuperset.LOGIN)
          .jsonBody(java.util.Map.of("username", "admin", "password", "raw-Secret-5e1", "provider", "db")).build());
      List<String> lines = capture.lines();

      assertThat(lines).anyMatch(l -> l.contains("--> GET " + FakeSuperset.CSRF));
      assertThat(lines).anyMatch(l -> l.contains("<-- body (") && l.contains("bytes, not logged: may hold secrets)"));
      assertThat(lines).noneMatch(l -> l.contains(FakeSuperset.CSRF_TOKEN));
      assertThat(lines).noneMatch(l -> l.contains("raw-Secret-5e1"));
      assertThat(lines).noneMatch(l -> l.contains(superset.accessToken()));
    }
  }

  @Test
  void exceptions_fromEveryLayer_neverCarryTheQueryString() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/chart/")).willReturn(json(500, "{\"message\": \"boom\"}")));

    try (SupersetClient client = superset.clientBuilder().retryPolicy(RetryPolicy.none()).build()) {
      assertThatThrownBy(() -> client.raw().send(RawRequest.get("/api/v1/chart/").toBuilder()
              .queryParameter("q", "(filters:!((col:slice_name,opr:eq,value:private-term)))").build()))
          .isInstanceOf(SupersetException.class)
          .hasMessage("GET /api/v1/chart/ -> 500: boom (request id "
              + superset.getAllServeEvents().get(0).getRequest().getHeader("X-Request-Id") + ")")
          .satisfies(e -> assertThat(e.toString()).doesNotContain("private-term"));
    }
  }
}
