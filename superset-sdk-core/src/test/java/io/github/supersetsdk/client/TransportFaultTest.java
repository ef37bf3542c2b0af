package io.github.supersetsdk.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.github.supersetsdk.client.testing.FakeSuperset.CSRF;
import static io.github.supersetsdk.client.testing.FakeSuperset.LOGIN;
import static io.github.supersetsdk.client.testing.FakeSuperset.REFRESH;
import static io.github.supersetsdk.client.testing.FakeSuperset.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import io.github.supersetsdk.client.exception.AuthenticationException;
import io.github.supersetsdk.client.exception.BadRequestException;
import io.github.supersetsdk.client.exception.PermissionDeniedException;
import io.github.supersetsdk.client.exception.RateLimitedException;
import io.github.supersetsdk.client.exception.ServerException;
import io.github.supersetsdk.client.exception.SupersetDecodeException;
import io.github.supersetsdk.client.exception.SupersetTransportException;
import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.model.ChartDatasource;
import io.github.supersetsdk.client.model.Dataset;
import io.github.supersetsdk.client.model.GuestToken;
import io.github.supersetsdk.client.request.ChartDataQuery;
import io.github.supersetsdk.client.request.ChartDataRequest;
import io.github.supersetsdk.client.request.CreateDatasetRequest;
import io.github.supersetsdk.client.testing.FakeSuperset;
import io.github.supersetsdk.client.testing.Jwts;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The fault matrix: what the transport does when Superset, or the network, misbehaves. */
class TransportFaultTest {

  @RegisterExtension
  static final FakeSuperset superset = FakeSuperset.create();

  private static final String DATASET = "/api/v1/dataset/1";
  private static final String DATASET_JSON =
      "{\"id\": 1, \"result\": {\"id\": 1, \"table_name\": \"fct_orders\", \"uuid\": \"9f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f\"}}";

  private final RecordingListener listener = new RecordingListener();

  private SupersetClient client() {
    return superset.clientBuilder().addEventListener(listener).build();
  }

  @Test
  void get_connectionResetTwiceThenOk_retriesAndSucceeds() {
    // Two resets: java.net.http itself may silently repeat a GET once when a pooled connection
    // breaks, so a single reset would not always reach the SDK's retry.
    superset.stubFor(get(urlPathEqualTo(DATASET)).inScenario("reset").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("reset again"));
    superset.stubFor(get(urlPathEqualTo(DATASET)).inScenario("reset").whenScenarioStateIs("reset again")
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("recovered"));
    superset.stubFor(get(urlPathEqualTo(DATASET)).inScenario("reset").whenScenarioStateIs("recovered")
        .willReturn(okJson(DATASET_JSON)));

    try (SupersetClient client = client()) {
      Dataset dataset = client.datasets().get(DatasetId.of(1));

      assertThat(dataset.tableName()).isEqualTo("fct_orders");
    }
    superset.verify(3, getRequestedFor(urlPathEqualTo(DATASET)));
    assertThat(listener.events).contains("retry GET /api/v1/dataset/{id_or_uuid} after attempt 1 status null");
    assertThat(listener.events).anyMatch(e -> e.startsWith("success GET /api/v1/dataset/{id_or_uuid} 200 attempts "));
  }

  @Test
  void get_connectionResetOnEveryAttempt_throwsRetryableTransportException() {
    superset.stubFor(get(urlPathEqualTo(DATASET)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    try (SupersetClient client = client()) {
      assertThatThrownBy(() -> client.datasets().get(DatasetId.of(1)))
          .isInstanceOfSatisfying(SupersetTransportException.class, e -> {
            assertThat(e.kind()).isEqualTo(SupersetTransportException.Kind.IO);
            assertThat(e.isRetryable()).isTrue();
            assertThat(e.path()).isEqualTo(DATASET);
          });
    }
    assertThat(listener.events).contains("failure GET /api/v1/dataset/{id_or_uuid} SupersetTransportException attempts 3");
  }

  @Test
  void get_503TwiceThen200_succeedsOnTheThirdAttempt() {
    superset.stubFor(get(urlPathEqualTo(DATASET)).inScenario("503").whenScenarioStateIs(STARTED)
        .willReturn(json(503, "{\"message\":\"busy\"}")).willSetStateTo("again"));
    superset.stubFor(get(urlPathEqualTo(DATASET)).inScenario("503").whenScenarioStateIs("again")
        .willReturn(json(503, "{\"message\":\"busy\"}")).willSetStateTo("ok"));
    superset.stubFor(get(urlPathEqualTo(DATASET)).inScenario("503").whenScenarioStateIs("ok")
        .willReturn(okJson(DATASET_JSON)));

    try (SupersetClient client = client()) {
      assertThat(client.datasets().get(DatasetId.of(1)).id()).isEqualTo(DatasetId.of(1));
    }
    superset.verify(3, getRequestedFor(urlPathEqualTo(DATASET)));
    assertThat(listener.count("retry GET /api/v1/dataset/{id_or_uuid}")).isEqualTo(2);
    assertThat(listener.events).contains("success GET /api/v1/dataset/{id_or_uuid} 200 attempts 3");
  }

  @Test
  void get_503OnEveryAttempt_throwsRetryableServerExceptionAfterMaxAttempts() {
    superset.stubFor(get(urlPathEqualTo(DATASET)).willReturn(json(503, "{\"message\":\"busy\"}")));

    try (SupersetClient client = client()) {
      assertThatThrownBy(() -> client.datasets().get(DatasetId.of(1)))
          .isInstanceOfSatisfying(ServerException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(503);
            assertThat(e.isRetryable()).isTrue();
            assertThat(e.serverMessage()).isEqualTo("busy");
          });
    }
    superset.verify(3, getRequestedFor(urlPathEqualTo(DATASET)));
    assertThat(listener.events).contains("failure GET /api/v1/dataset/{id_or_uuid} ServerException attempts 3");
  }

  @Test
  void get_429WithRetryAfter_waitsAsLongAsAsked() {
    superset.stubFor(get(urlPathEqualTo(DATASET)).inScenario("429").whenScenarioStateIs(STARTED)
        .willReturn(json(429, "{\"message\":\"slow down\"}").withHeader("Retry-After", "1")).willSetStateTo("ok"));
    superset.stubFor(get(urlPathEqualTo(DATASET)).inScenario("429").whenScenarioStateIs("ok").willReturn(okJson(DATASET_JSON)));

    try (SupersetClient client = client()) {
      client.datasets().get(DatasetId.of(1));
      long start = System.nanoTime();
      superset.resetScenarios();
      client.datasets().get(DatasetId.of(1));
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }
    assertThat(listener.retryDelays).containsOnly(Duration.ofSeconds(1));
  }

  @Test
  void get_429WithRetryAfterBeyondCallTimeout_failsWithoutWaiting() {
    superset.stubFor(get(urlPathEqualTo(DATASET)).willReturn(json(429, "{}").withHeader("Retry-After", "30")));

    try (SupersetClient client = superset.clientBuilder().callTimeout(Duration.ofSeconds(2)).build()) {
      long start = System.nanoTime();
      assertThatThrownBy(() -> client.datasets().get(DatasetId.of(1)))
          .isInstanceOfSatisfying(RateLimitedException.class,
              e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(30)));
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }
    superset.verify(1, getRequestedFor(urlPathEqualTo(DATASET)));
  }

  @Test
  void get_readTimeout_throwsTransportExceptionAfterEveryAttemptTimedOut() {
    superset.stubFor(get(urlPathEqualTo(DATASET)).willReturn(okJson(DATASET_JSON).withFixedDelay(1500)));

    try (SupersetClient client = superset.clientBuilder().readTimeout(Duration.ofMillis(200))
        .retryPolicy(RetryPolicy.builder().maxAttempts(2).initialBackoff(Duration.ofMillis(10)).build()).build()) {
      assertThatThrownBy(() -> client.datasets().get(DatasetId.of(1)))
          .isInstanceOfSatisfying(SupersetTransportException.class, e -> {
            assertThat(e.kind()).isEqualTo(SupersetTransportException.Kind.READ_TIMEOUT);
            assertThat(e.isRetryable()).isTrue();
            assertThat(e.getMessage()).isEqualTo("GET /api/v1/dataset/1 failed: no response from localhost:" + superset.getPort() + " within readTimeout=200 ms");
          });
    }
    superset.verify(2, getRequestedFor(urlPathEqualTo(DATASET)));
  }

  @Test
  void get_callTimeoutShorterThanReadTimeout_endsTheCallAtTheCallTimeout() {
    superset.stubFor(get(urlPathEqualTo(DATASET)).willReturn(okJson(DATASET_JSON).withFixedDelay(3000)));

    try (SupersetClient client = superset.clientBuilder().readTimeout(Duration.ofSeconds(5)).callTimeout(Duration.ofMillis(800)).build()) {
      client.security(); // the login happens inside the first call's budget
      long start = System.nanoTime();
      assertThatThrownBy(() -> client.datasets().get(DatasetId.of(1)))
          .isInstanceOfSatisfying(SupersetTransportException.class,
              e -> assertThat(e.kind()).isEqualTo(SupersetTransportException.Kind.CALL_TIMEOUT));
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
    }
  }

  @Test
  void get_truncatedJson_throwsDecodeExceptionWithoutTheBody() {
    superset.stubFor(get(urlPathEqualTo(DATASET)).willReturn(okJson("{\"id\": 1, \"result\": {\"table_name\": \"secret-valu")));

    try (SupersetClient client = client()) {
      assertThatThrownBy(() -> client.datasets().get(DatasetId.of(1)))
          .isInstanceOfSatisfying(SupersetDecodeException.class, e -> {
            assertThat(e.getMessage()).contains("GET /api/v1/dataset/1 -> 200", "truncated JSON");
            assertThat(e.getMessage()).doesNotContain("secret-valu");
            assertThat(e.getCause()).isNull();
            assertThat(e.isRetryable()).isFalse();
          });
    }
    superset.verify(1, getRequestedFor(urlPathEqualTo(DATASET)));
  }

  @Test
  void get_htmlLoginPageInsteadOfJson_throwsDecodeException() {
    superset.stubFor(get(urlPathEqualTo(DATASET)).willReturn(
        aResponse().withStatus(200).withHeader("Content-Type", "text/html; charset=utf-8").withBody("<html>Login</html>")));

    try (SupersetClient client = client()) {
      assertThatThrownBy(() -> client.datasets().get(DatasetId.of(1)))
          .isInstanceOf(SupersetDecodeException.class)
          .hasMessageContaining("expected JSON but got an HTML page");
    }
  }

  @Test
  void post_csrfRedirectToLoginPage_renewsTheTokenAndRepeatsOnce() {
    superset.stubFor(post(urlPathEqualTo("/api/v1/dataset/")).inScenario("csrf").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(302).withHeader("Location", "/login/?next=%2Fapi%2Fv1%2Fdataset%2F")
            .withHeader("Content-Type", "text/html").withBody("<html>Redirecting...</html>"))
        .willSetStateTo("renewed"));
    superset.stubFor(post(urlPathEqualTo("/api/v1/dataset/")).inScenario("csrf").whenScenarioStateIs("renewed")
        .willReturn(json(201, "{\"id\": 9, \"result\": {}}")));

    try (SupersetClient client = client()) {
      DatasetId id = client.datasets().create(CreateDatasetRequest.table(DatabaseId.of(1), "marts", "fct_orders"));

      assertThat(id).isEqualTo(DatasetId.of(9));
    }
    superset.verify(2, getRequestedFor(urlPathEqualTo(CSRF)));
    superset.verify(2, postRequestedFor(urlPathEqualTo("/api/v1/dataset/")));
    assertThat(listener.count("retry")).isZero();
    assertThat(listener.events).contains("success POST /api/v1/dataset/ 201 attempts 1");
  }

  @Test
  void post_csrfTokenMissing400_renewsTheTokenAndRepeatsOnce() {
    superset.stubFor(post(urlPathEqualTo("/api/v1/dataset/")).inScenario("csrf").whenScenarioStateIs(STARTED)
        .willReturn(json(400, "{\"errors\": [{\"message\": \"400 Bad Request: The CSRF token is missing.\","
            + " \"error_type\": \"GENERIC_BACKEND_ERROR\"}]}"))
        .willSetStateTo("renewed"));
    superset.stubFor(post(urlPathEqualTo("/api/v1/dataset/")).inScenario("csrf").whenScenarioStateIs("renewed")
        .willReturn(json(201, "{\"id\": 9, \"result\": {}}")));

    try (SupersetClient client = client()) {
      assertThat(client.datasets().create(CreateDatasetRequest.table(DatabaseId.of(1), "marts", "t")))
          .isEqualTo(DatasetId.of(9));
    }
    superset.verify(2, getRequestedFor(urlPathEqualTo(CSRF)));
  }

  @Test
  void post_csrfTokenFetchForbidden_saysWhichWriteNeededItAndTheMissingPermission() {
    // Superset hands CSRF tokens only to roles with can_read on SecurityRestApi; a role granted
    // the write alone (can_write on Dataset, can_grant_guest_token) gets a bare 403 "Forbidden".
    superset.stubFor(get(urlPathEqualTo(CSRF)).willReturn(json(403, "{\"message\": \"Forbidden\"}")));

    try (SupersetClient client = client()) {
      assertThatThrownBy(() -> client.datasets().create(CreateDatasetRequest.table(DatabaseId.of(1), "marts", "t")))
          .isInstanceOfSatisfying(PermissionDeniedException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(403);
            assertThat(e.method()).isEqualTo("GET");
            assertThat(e.path()).isEqualTo(CSRF);
            assertThat(e.isRetryable()).isFalse();
            assertThat(e.serverMessage()).startsWith("Forbidden (");
          })
          .hasMessageContaining("GET " + CSRF + " -> 403: Forbidden")
          .hasMessageContaining("the CSRF token that POST /api/v1/dataset/ needs")
          .hasMessageContaining("can_read on SecurityRestApi");
    }
    superset.verify(1, getRequestedFor(urlPathEqualTo(CSRF)));
    superset.verify(0, postRequestedFor(urlPathEqualTo("/api/v1/dataset/")));
  }

  @Test
  void post_csrfRefusedTwice_throwsBadRequestAfterOneRenewal() {
    superset.stubFor(post(urlPathEqualTo("/api/v1/dataset/"))
        .willReturn(json(400, "{\"message\": \"400 Bad Request: The CSRF token is invalid.\"}")));

    try (SupersetClient client = client()) {
      assertThatThrownBy(() -> client.datasets().create(CreateDatasetRequest.table(DatabaseId.of(1), "marts", "t")))
          .isInstanceOf(BadRequestException.class)
          .hasMessageContaining("The CSRF token is invalid.");
    }
    superset.verify(2, postRequestedFor(urlPathEqualTo("/api/v1/dataset/")));
    superset.verify(2, getRequestedFor(urlPathEqualTo(CSRF)));
  }

  @Test
  void get_401TokenExpired_refreshesWithTheRefreshTokenAndRepeats() {
    superset.stubFor(get(urlPathEqualTo(DATASET)).inScenario("expired").whenScenarioStateIs(STARTED)
        .willReturn(json(401, "{\"msg\": \"Token has expired\"}")).willSetStateTo("refreshed"));
    superset.stubFor(get(urlPathEqualTo(DATASET)).inScenario("expired").whenScenarioStateIs("refreshed")
        .willReturn(okJson(DATASET_JSON)));

    try (SupersetClient client = client()) {
      assertThat(client.datasets().get(DatasetId.of(1)).tableName()).isEqualTo("fct_orders");
    }
    superset.verify(1, postRequestedFor(urlPathEqualTo(LOGIN)));
    superset.verify(1, postRequestedFor(urlPathEqualTo(REFRESH))
        .withHeader("Authorization", equalTo("Bearer " + superset.refreshToken())));
    superset.verify(2, getRequestedFor(urlPathEqualTo(DATASET)));
    assertThat(listener.count("retry")).isZero();
  }

  @Test
  void get_401AndRefreshRefused_logsInAgain() {
    superset.stubFor(post(urlPathEqualTo(REFRESH)).willReturn(json(401, "{\"msg\": \"Token has expired\"}")));
    superset.stubFor(get(urlPathEqualTo(DATASET)).inScenario("expired").whenScenarioStateIs(STARTED)
        .willReturn(json(401, "{\"msg\": \"Token has expired\"}")).willSetStateTo("relogged"));
    superset.stubFor(get(urlPathEqualTo(DATASET)).inScenario("expired").whenScenarioStateIs("relogged")
        .willReturn(okJson(DATASET_JSON)));

    try (SupersetClient client = client()) {
      assertThat(client.datasets().get(DatasetId.of(1)).tableName()).isEqualTo("fct_orders");
    }
    superset.verify(2, postRequestedFor(urlPathEqualTo(LOGIN)));
    superset.verify(1, postRequestedFor(urlPathEqualTo(REFRESH)));
  }

  @Test
  void get_401Twice_throwsAuthenticationExceptionAfterOneRenewal() {
    superset.stubFor(get(urlPathEqualTo(DATASET)).willReturn(json(401, "{\"msg\": \"Token has expired\"}")));

    try (SupersetClient client = client()) {
      assertThatThrownBy(() -> client.datasets().get(DatasetId.of(1)))
          .isInstanceOfSatisfying(AuthenticationException.class,
              e -> assertThat(e.serverMessage()).isEqualTo("Token has expired"));
    }
    superset.verify(2, getRequestedFor(urlPathEqualTo(DATASET)));
  }

  @Test
  void post_401TokenExpiredThen200_refreshesOnceAndRepeatsTheRequestOnce() {
    String fresh = Jwts.validForAnHour();
    superset.stubFor(post(urlPathEqualTo(REFRESH)).willReturn(okJson("{\"access_token\":\"" + fresh + "\"}")));
    superset.stubFor(post(urlPathEqualTo("/api/v1/dataset/")).inScenario("expired").whenScenarioStateIs(STARTED)
        .willReturn(json(401, "{\"msg\": \"Token has expired\"}")).willSetStateTo("refreshed"));
    superset.stubFor(post(urlPathEqualTo("/api/v1/dataset/")).inScenario("expired").whenScenarioStateIs("refreshed")
        .willReturn(json(201, "{\"id\": 7, \"result\": {}}")));

    try (SupersetClient client = client()) {
      assertThat(client.datasets().create(CreateDatasetRequest.builder(DatabaseId.of(1), "t").build()))
          .isEqualTo(DatasetId.of(7));
    }
    superset.verify(1, postRequestedFor(urlPathEqualTo(REFRESH)));
    superset.verify(2, postRequestedFor(urlPathEqualTo("/api/v1/dataset/")));
    superset.verify(1, postRequestedFor(urlPathEqualTo("/api/v1/dataset/"))
        .withHeader("Authorization", equalTo("Bearer " + fresh)));
    assertThat(listener.count("retry")).isZero();
  }

  @Test
  void post_401TokenExpiredTwice_throwsAuthenticationExceptionAfterOneRefreshAndOneRepeat() {
    superset.stubFor(post(urlPathEqualTo(REFRESH)).willReturn(okJson("{\"access_token\":\"" + Jwts.validForAnHour() + "\"}")));
    superset.stubFor(post(urlPathEqualTo("/api/v1/dataset/")).willReturn(json(401, "{\"msg\": \"Token has expired\"}")));

    try (SupersetClient client = client()) {
      assertThatThrownBy(() -> client.datasets().create(CreateDatasetRequest.builder(DatabaseId.of(1), "t").build()))
          .isInstanceOfSatisfying(AuthenticationException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(401);
            assertThat(e.serverMessage()).isEqualTo("Token has expired");
          });
    }
    superset.verify(1, postRequestedFor(urlPathEqualTo(LOGIN)));
    superset.verify(1, postRequestedFor(urlPathEqualTo(REFRESH)));
    superset.verify(2, postRequestedFor(urlPathEqualTo("/api/v1/dataset/")));
  }

  @Test
  void get_tenSecondToken_isRefreshedWithHalfItsLifetimeLeft() {
    // A server with 10 s tokens: 4 s left is inside the 5 s margin (a fifth, 2 s, would wait).
    Instant now = Instant.now();
    String tenSeconds = Jwts.token(now.minusSeconds(6), now.plusSeconds(4));
    superset.stubFor(post(urlPathEqualTo(LOGIN)).willReturn(
        okJson("{\"access_token\":\"" + tenSeconds + "\",\"refresh_token\":\"" + superset.refreshToken() + "\"}")));
    String fresh = Jwts.validForAnHour();
    superset.stubFor(post(urlPathEqualTo(REFRESH)).willReturn(okJson("{\"access_token\":\"" + fresh + "\"}")));
    superset.stubFor(get(urlPathEqualTo(DATASET)).willReturn(okJson(DATASET_JSON)));

    try (SupersetClient client = client()) {
      client.datasets().get(DatasetId.of(1));
      client.datasets().get(DatasetId.of(1));
    }
    superset.verify(1, postRequestedFor(urlPathEqualTo(REFRESH)));
    superset.verify(1, getRequestedFor(urlPathEqualTo(DATASET)).withHeader("Authorization", equalTo("Bearer " + fresh)));
  }

  @Test
  void get_hourTokenWithFortySecondsLeft_isNotRefreshedYet() {
    Instant now = Instant.now();
    String hour = Jwts.token(now.minusSeconds(3560), now.plusSeconds(40));
    superset.stubFor(post(urlPathEqualTo(LOGIN)).willReturn(
        okJson("{\"access_token\":\"" + hour + "\",\"refresh_token\":\"" + superset.refreshToken() + "\"}")));
    superset.stubFor(get(urlPathEqualTo(DATASET)).willReturn(okJson(DATASET_JSON)));

    try (SupersetClient client = client()) {
      client.datasets().get(DatasetId.of(1));
      client.datasets().get(DatasetId.of(1));
    }
    superset.verify(0, postRequestedFor(urlPathEqualTo(REFRESH)));
  }

  @Test
  void login_wrongPassword_throwsAuthenticationException() {
    superset.stubFor(post(urlPathEqualTo(LOGIN)).willReturn(json(401, "{\"message\": \"Invalid login\"}")));

    try (SupersetClient client = client()) {
      assertThatThrownBy(() -> client.datasets().get(DatasetId.of(1)))
          .isInstanceOf(AuthenticationException.class)
          .hasMessage("POST /api/v1/security/login -> 401: Invalid login (request id "
              + superset.getAllServeEvents().get(0).getRequest().getHeader("X-Request-Id") + ")");
    }
    superset.verify(1, postRequestedFor(urlPathEqualTo(LOGIN)));
    superset.verify(0, getRequestedFor(urlPathEqualTo(DATASET)));
  }

  @Test
  void get_tokenDueForRefresh_isRefreshedBeforeTheNextCall() {
    Instant now = Instant.now();
    String shortLived = Jwts.token(now.minusSeconds(55), now.plusSeconds(5));
    superset.stubFor(post(urlPathEqualTo(LOGIN)).willReturn(
        okJson("{\"access_token\":\"" + shortLived + "\",\"refresh_token\":\"" + superset.refreshToken() + "\"}")));
    String fresh = Jwts.validForAnHour();
    superset.stubFor(post(urlPathEqualTo(REFRESH)).willReturn(okJson("{\"access_token\":\"" + fresh + "\"}")));
    superset.stubFor(get(urlPathEqualTo(DATASET)).willReturn(okJson(DATASET_JSON)));

    try (SupersetClient client = client()) {
      client.datasets().get(DatasetId.of(1));
      superset.verify(0, postRequestedFor(urlPathEqualTo(REFRESH)));
      client.datasets().get(DatasetId.of(1));
      client.datasets().get(DatasetId.of(1));
    }
    superset.verify(1, postRequestedFor(urlPathEqualTo(LOGIN)));
    superset.verify(1, postRequestedFor(urlPathEqualTo(REFRESH)));
    superset.verify(1, getRequestedFor(urlPathEqualTo(DATASET)).withHeader("Authorization", equalTo("Bearer " + shortLived)));
    superset.verify(2, getRequestedFor(urlPathEqualTo(DATASET)).withHeader("Authorization", equalTo("Bearer " + fresh)));
  }

  @Test
  void post_unsafeCreateGets503_isNotRetried() {
    superset.stubFor(post(urlPathEqualTo("/api/v1/dataset/")).willReturn(json(503, "{}")));

    try (SupersetClient client = client()) {
      assertThatThrownBy(() -> client.datasets().create(CreateDatasetRequest.table(DatabaseId.of(1), "marts", "t")))
          .isInstanceOf(ServerException.class);
    }
    superset.verify(1, postRequestedFor(urlPathEqualTo("/api/v1/dataset/")));
    assertThat(listener.count("retry")).isZero();
  }

  @Test
  void post_unsafeCreateConnectionReset_isNotRetried() {
    superset.stubFor(post(urlPathEqualTo("/api/v1/dataset/")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    try (SupersetClient client = client()) {
      assertThatThrownBy(() -> client.datasets().create(CreateDatasetRequest.table(DatabaseId.of(1), "marts", "t")))
          .isInstanceOfSatisfying(SupersetTransportException.class,
              e -> assertThat(e.kind()).isEqualTo(SupersetTransportException.Kind.IO));
    }
    superset.verify(1, postRequestedFor(urlPathEqualTo("/api/v1/dataset/")));
  }

  @Test
  void post_chartDataGets502Then200_isRetriedBecauseItIsRetrySafe() {
    superset.stubFor(post(urlPathEqualTo("/api/v1/chart/data")).inScenario("502").whenScenarioStateIs(STARTED)
        .willReturn(json(502, "")).willSetStateTo("ok"));
    superset.stubFor(post(urlPathEqualTo("/api/v1/chart/data")).inScenario("502").whenScenarioStateIs("ok")
        .willReturn(okJson("{\"result\": [{\"colnames\": [\"n\"], \"data\": [{\"n\": 3}], \"rowcount\": 1}]}")));

    try (SupersetClient client = client()) {
      ChartDataRequest request = ChartDataRequest.builder(ChartDatasource.dataset(DatasetId.of(1)))
          .query(ChartDataQuery.builder().metric("count").build()).build();

      assertThat(client.charts().data(request).first().data()).containsExactly(java.util.Map.of("n", 3L));
    }
    superset.verify(2, postRequestedFor(urlPathEqualTo("/api/v1/chart/data")));
    // Chart data is CSRF-exempt in Superset: no token is fetched for it.
    superset.verify(0, getRequestedFor(urlPathEqualTo(CSRF)));
  }

  @Test
  void post_guestTokenGets502HtmlThenConnectionResetThen200_isRetriedBecauseMintingWritesNothing() {
    // Minting signs a token and stores nothing on Superset: a proxy's 502 page or a dropped
    // connection is retried as for chart data, so an embedding page does not fail on a blip.
    String jwt = Jwts.validForAnHour();
    String path = "/api/v1/security/guest_token/";
    superset.stubFor(post(urlPathEqualTo(path)).inScenario("mint").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(502).withHeader("Content-Type", "text/html")
            .withBody("<html><body><center><h1>502 Bad Gateway</h1></center></body></html>"))
        .willSetStateTo("reset"));
    superset.stubFor(post(urlPathEqualTo(path)).inScenario("mint").whenScenarioStateIs("reset")
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("ok"));
    superset.stubFor(post(urlPathEqualTo(path)).inScenario("mint").whenScenarioStateIs("ok")
        .willReturn(okJson("{\"token\": \"" + jwt + "\"}")));

    try (SupersetClient client = client()) {
      GuestToken token = client.security().createGuestToken(io.github.supersetsdk.client.request.GuestTokenRequest
          .builder().resource(io.github.supersetsdk.client.request.GuestResource.dashboard(
              java.util.UUID.fromString("3f1c7a2e-5d7b-4c61-9a52-2d1b8e0f6a11"))).build());

      assertThat(token.value()).isEqualTo(jwt);
    }
    superset.verify(3, postRequestedFor(urlPathEqualTo(path)));
    assertThat(listener.count("retry")).isEqualTo(2);
  }

  @Test
  void post_connectionRefused_isRetriedBecauseTheRequestNeverLeft() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    try (SupersetClient client = SupersetClient.builder().baseUrl("http://127.0.0.1:" + closedPort)
        .credentials(Credentials.bearerToken("static-token"))
        .retryPolicy(RetryPolicy.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(5)).build())
        .addEventListener(listener).build()) {
      assertThatThrownBy(() -> client.charts().data(ChartDataRequest.builder(ChartDatasource.dataset(DatasetId.of(1)))
              .query(ChartDataQuery.builder().metric("count").build()).build()))
          .isInstanceOfSatisfying(SupersetTransportException.class,
              e -> assertThat(e.kind()).isEqualTo(SupersetTransportException.Kind.CONNECT));
      assertThatThrownBy(() -> client.datasets().create(CreateDatasetRequest.table(DatabaseId.of(1), "s", "t")))
          .isInstanceOf(SupersetTransportException.class);
    }
    // The create's CSRF fetch spends the create's retry budget: 3 attempts in all, not 3 per call.
    assertThat(listener.events).contains(
        "failure POST /api/v1/chart/data SupersetTransportException attempts 3",
        "failure GET /api/v1/security/csrf_token/ SupersetTransportException attempts 3",
        "failure POST /api/v1/dataset/ SupersetTransportException attempts 1");
  }

  @Test
  void unsafeCalls_fetchCsrfOnceAndSendItWithSessionCookieAndReferer() {
    superset.stubFor(get(urlPathEqualTo(DATASET)).willReturn(okJson(DATASET_JSON)));
    superset.stubFor(delete(urlPathEqualTo(DATASET)).willReturn(okJson("{\"message\": \"OK\"}")));

    try (SupersetClient client = client()) {
      client.datasets().get(DatasetId.of(1));
      superset.verify(0, getRequestedFor(urlPathEqualTo(CSRF)));
      client.datasets().delete(DatasetId.of(1));
      client.datasets().delete(DatasetId.of(1));
    }
    superset.verify(1, getRequestedFor(urlPathEqualTo(CSRF)));
    superset.verify(2, deleteRequestedFor(urlPathEqualTo(DATASET))
        .withHeader("X-CSRFToken", equalTo(FakeSuperset.CSRF_TOKEN))
        .withHeader("Cookie", containing("session=" + FakeSuperset.SESSION_COOKIE))
        .withHeader("Referer", equalTo(superset.baseUrl() + "/"))
        .withHeader("Authorization", equalTo("Bearer " + superset.accessToken())));
    superset.verify(1, getRequestedFor(urlPathEqualTo(DATASET)).withHeader("X-CSRFToken", absent()));
  }

  @Test
  void guestClient_sendsXGuestTokenAndNeverLogsInOrFetchesCsrf() {
    superset.stubFor(post(urlPathEqualTo("/api/v1/chart/data"))
        .willReturn(okJson("{\"result\": [{\"colnames\": [], \"data\": [], \"rowcount\": 0}]}")));
    GuestToken token = GuestToken.of(Jwts.validForAnHour(), null);

    try (SupersetClient guest = SupersetClient.builder().baseUrl(superset.baseUrl())
        .credentials(Credentials.guestToken(token)).build()) {
      guest.charts().data(ChartDataRequest.builder(ChartDatasource.dataset(DatasetId.of(1)))
          .query(ChartDataQuery.builder().metric("count").build()).build());
    }
    superset.verify(1, postRequestedFor(urlPathEqualTo("/api/v1/chart/data"))
        .withHeader("X-GuestToken", equalTo(token.value()))
        .withHeader("Authorization", absent())
        .withHeader("X-CSRFToken", absent()));
    superset.verify(0, postRequestedFor(urlPathEqualTo(LOGIN)));
    superset.verify(0, getRequestedFor(urlPathEqualTo(CSRF)));
  }

  @Test
  void guestTokenRefused_theMessageSaysWhy_notJustSupersetsMissingHeader() {
    // Superset answers a refused guest token as if no credential had been sent.
    superset.stubFor(get(urlPathEqualTo(DATASET))
        .willReturn(json(401, "{\"msg\": \"Missing Authorization Header\"}")));
    java.time.Instant past = java.time.Instant.now().minusSeconds(600);
    GuestToken expired = GuestToken.of(Jwts.token(past.minusSeconds(300), past), null);
    GuestToken live = GuestToken.of(Jwts.validForAnHour(), null);

    try (SupersetClient guest = SupersetClient.builder().baseUrl(superset.baseUrl())
        .credentials(Credentials.guestToken(expired)).build()) {
      assertThatThrownBy(() -> guest.datasets().get(DatasetId.of(1)))
          .isInstanceOf(AuthenticationException.class)
          .hasMessageContaining("Missing Authorization Header (the guest token expired at "
              + java.time.Instant.ofEpochSecond(past.getEpochSecond()));
    }
    try (SupersetClient guest = SupersetClient.builder().baseUrl(superset.baseUrl())
        .credentials(Credentials.guestToken(live)).build()) {
      assertThatThrownBy(() -> guest.datasets().get(DatasetId.of(1)))
          .isInstanceOf(AuthenticationException.class)
          .hasMessageContaining("GUEST_TOKEN_JWT_SECRET")
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain(live.value()));
    }
  }

  @Test
  void bearerTokenRejected_asksTheProviderForANewOneAndRepeats() {
    superset.stubFor(get(urlPathEqualTo(DATASET)).withHeader("Authorization", equalTo("Bearer old"))
        .willReturn(json(401, "{\"msg\": \"Signature verification failed\"}")));
    superset.stubFor(get(urlPathEqualTo(DATASET)).withHeader("Authorization", equalTo("Bearer new"))
        .willReturn(okJson(DATASET_JSON)));
    AtomicInteger calls = new AtomicInteger();

    try (SupersetClient client = SupersetClient.builder().baseUrl(superset.baseUrl())
        .credentialsProvider(() -> Credentials.bearerToken(calls.getAndIncrement() == 0 ? "old" : "new")).build()) {
      assertThat(client.datasets().get(DatasetId.of(1)).tableName()).isEqualTo("fct_orders");
    }
    assertThat(calls).hasValue(2);
  }

  @Test
  void concurrentCalls_shareOneLogin() throws Exception {
    superset.stubFor(post(urlPathEqualTo(LOGIN)).willReturn(okJson(
        "{\"access_token\":\"" + superset.accessToken() + "\",\"refresh_token\":\"" + superset.refreshToken() + "\"}")
        .withFixedDelay(200)));
    superset.stubFor(get(urlPathEqualTo(DATASET)).willReturn(okJson(DATASET_JSON)));
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try (SupersetClient client = client()) {
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        futures.add(pool.submit(() -> {
          for (int j = 0; j < 10; j++) {
            client.datasets().get(DatasetId.of(1));
          }
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    superset.verify(1, postRequestedFor(urlPathEqualTo(LOGIN)));
    superset.verify(160, getRequestedFor(urlPathEqualTo(DATASET)));
  }

  @Test
  void maxRequestsInFlightReached_waitsThenFailsAtTheCallTimeout() throws Exception {
    // Headers arrive at once and the body trickles for 2 s, holding the only slot past the
    // second call's deadline.
    superset.stubFor(get(urlPathEqualTo(DATASET)).willReturn(okJson(DATASET_JSON).withChunkedDribbleDelay(5, 2000)));
    superset.stubFor(get(urlPathEqualTo("/api/v1/dataset/2")).willReturn(okJson(DATASET_JSON)));
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try (SupersetClient client = superset.clientBuilder().maxRequestsInFlight(1).callTimeout(Duration.ofMillis(700)).build()) {
      client.datasets().get(DatasetId.of(2)); // logs in first
      Future<?> slow = pool.submit(() -> client.datasets().get(DatasetId.of(1)));
      Thread.sleep(200);
      assertThatThrownBy(() -> client.datasets().get(DatasetId.of(2)))
          .isInstanceOfSatisfying(SupersetTransportException.class,
              e -> assertThat(e.kind()).isEqualTo(SupersetTransportException.Kind.IN_FLIGHT_LIMIT));
      slow.get(5, TimeUnit.SECONDS);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void rawPost_isRetriedOnlyWhenDeclaredRetrySafe() {
    superset.stubFor(post(urlPathEqualTo("/api/v1/sqllab/execute/")).willReturn(json(503, "{}")));

    try (SupersetClient client = client()) {
      RawRequest unsafe = RawRequest.builder("POST", "/api/v1/sqllab/execute/").jsonBody(java.util.Map.of("sql", "select 1")).build();
      assertThatThrownBy(() -> client.raw().send(unsafe)).isInstanceOf(ServerException.class);
      superset.verify(1, postRequestedFor(urlPathEqualTo("/api/v1/sqllab/execute/")));

      assertThatThrownBy(() -> client.raw().send(unsafe.toBuilder().retrySafe(true).build()))
          .isInstanceOf(ServerException.class);
    }
    superset.verify(1 + 3, postRequestedFor(urlPathEqualTo("/api/v1/sqllab/execute/")));
    assertThat(listener.events).contains("failure raw POST ServerException attempts 3");
  }

  @Test
  void rawGet_sendsQueryParametersAndDecodesAs() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/tag/")).withQueryParam("q", equalTo("(page:0,page_size:25)"))
        .willReturn(okJson("{\"count\": 1, \"result\": [{\"id\": 4, \"name\": \"finance\"}]}")));

    try (SupersetClient client = client()) {
      RawResponse response = client.raw().send(RawRequest.get("/api/v1/tag/").toBuilder()
          .queryParameter("q", "(page:0,page_size:25)").build());

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.as(java.util.Map.class)).containsEntry("count", 1L);
      assertThat(response.bodyAsString()).contains("finance");
    }
  }
}
