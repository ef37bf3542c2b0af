package io.github.supersetsdk.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.github.supersetsdk.client.testing.FakeSuperset.LOGIN;
import static io.github.supersetsdk.client.testing.FakeSuperset.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.github.supersetsdk.client.exception.ServerException;
import io.github.supersetsdk.client.exception.SupersetTransportException;
import io.github.supersetsdk.client.exception.SupersetTransportException.Kind;
import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.testing.FakeSuperset;
import io.github.supersetsdk.client.testing.SelfSignedTls;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What transport failures say: the host and port of the base URL, the underlying reason and, for
 * TLS, which check failed and how to fix it; and how many attempts a call makes in total when its
 * login fails too.
 *
 * <p>The TLS cases run against local HTTPS servers whose self-signed certificates are made by the
 * running JDK's {@code keytool}: one issued for another host name, one for {@code 127.0.0.1}.
 */
class TransportErrorMessagesTest {

  @RegisterExtension
  static final FakeSuperset superset = FakeSuperset.create();

  private static final String DATASET = "/api/v1/dataset/1";
  private static final String DATASET_JSON = "{\"id\": 1, \"result\": {\"id\": 1, \"table_name\": \"fct_orders\"}}";

  @TempDir static Path keys;
  private static WireMockServer otherNameServer;
  private static WireMockServer localServer;
  private static SelfSignedTls otherName;
  private static SelfSignedTls local;

  private final RecordingListener listener = new RecordingListener();

  @BeforeAll
  static void startHttpsServers() throws Exception {
    otherName = SelfSignedTls.generate(keys, "other", "CN=superset.other.example", "dns:superset.other.example");
    local = SelfSignedTls.generate(keys, "local", "CN=127.0.0.1", "ip:127.0.0.1,dns:localhost");
    otherNameServer = otherName.startServer();
    localServer = local.startServer();
  }

  @AfterAll
  static void stopHttpsServers() {
    if (otherNameServer != null) {
      otherNameServer.stop();
    }
    if (localServer != null) {
      localServer.stop();
    }
  }

  @Test
  void login_connectionRefused_namesHostPortAndReasonAndSpendsOneRetryBudget() throws IOException {
    int port = freePort();

    try (SupersetClient client = passwordClient("http://127.0.0.1:" + port).build()) {
      assertThatThrownBy(() -> client.datasets().get(DatasetId.of(1)))
          .isInstanceOfSatisfying(SupersetTransportException.class, e -> {
            assertThat(e.kind()).isEqualTo(Kind.CONNECT);
            assertThat(e.isRetryable()).isTrue();
            assertThat(e.getMessage()).isEqualTo(
                "POST /api/v1/security/login failed: could not connect to 127.0.0.1:" + port + ": connection refused");
          });
    }
    // Three attempts in all (RetryPolicy.defaults()), not three logins of three attempts each.
    assertThat(attempts("POST /api/v1/security/login")).isEqualTo(3);
    assertThat(listener.events).contains("failure GET /api/v1/dataset/{id_or_uuid} SupersetTransportException attempts 1");
  }

  @Test
  void login_503OnEveryAttempt_isSentAtMostMaxAttemptsTimesPerUserCall() {
    superset.stubFor(post(urlPathEqualTo(LOGIN)).willReturn(json(503, "{\"message\": \"busy\"}")));

    try (SupersetClient client = superset.clientBuilder().addEventListener(listener).build()) {
      assertThatThrownBy(() -> client.datasets().get(DatasetId.of(1)))
          .isInstanceOfSatisfying(ServerException.class, e -> assertThat(e.path()).isEqualTo(LOGIN));
    }
    superset.verify(3, postRequestedFor(urlPathEqualTo(LOGIN)));
    superset.verify(0, getRequestedFor(urlPathEqualTo(DATASET)));
  }

  @Test
  void loginRetriedOnce_leavesOneRetryForTheCallItself() {
    superset.stubFor(post(urlPathEqualTo(LOGIN)).inScenario("login").whenScenarioStateIs(STARTED)
        .willReturn(json(503, "{}")).willSetStateTo("up"));
    superset.stubFor(post(urlPathEqualTo(LOGIN)).inScenario("login").whenScenarioStateIs("up")
        .willReturn(okJson("{\"access_token\":\"" + superset.accessToken() + "\",\"refresh_token\":\"r\"}")));
    superset.stubFor(get(urlPathEqualTo(DATASET)).willReturn(json(503, "{\"message\": \"busy\"}")));

    try (SupersetClient client = superset.clientBuilder().addEventListener(listener).build()) {
      assertThatThrownBy(() -> client.datasets().get(DatasetId.of(1))).isInstanceOf(ServerException.class);

      superset.verify(2, postRequestedFor(urlPathEqualTo(LOGIN)));
      superset.verify(2, getRequestedFor(urlPathEqualTo(DATASET)));
      // The next call has a budget of its own.
      assertThatThrownBy(() -> client.datasets().get(DatasetId.of(1))).isInstanceOf(ServerException.class);
    }
    superset.verify(2 + 3, getRequestedFor(urlPathEqualTo(DATASET)));
  }

  @Test
  void get_connectionReset_namesHostPortAndReason() {
    superset.stubFor(get(urlPathEqualTo(DATASET)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    try (SupersetClient client = superset.clientBuilder().build()) {
      assertThatThrownBy(() -> client.datasets().get(DatasetId.of(1)))
          .isInstanceOfSatisfying(SupersetTransportException.class, e -> {
            assertThat(e.kind()).isEqualTo(Kind.IO);
            assertThat(e.getMessage())
                .startsWith("GET /api/v1/dataset/1 failed: connection to " + authority(superset.getPort()) + " broke: ")
                .contains("header parser received no bytes");
          });
    }
  }

  @Test
  void get_readTimeout_namesHostPortAndTheTimeout() {
    superset.stubFor(get(urlPathEqualTo(DATASET)).willReturn(okJson(DATASET_JSON).withFixedDelay(1500)));

    try (SupersetClient client = superset.clientBuilder().readTimeout(Duration.ofMillis(200))
        .retryPolicy(RetryPolicy.none()).build()) {
      assertThatThrownBy(() -> client.datasets().get(DatasetId.of(1)))
          .isInstanceOfSatisfying(SupersetTransportException.class, e -> {
            assertThat(e.kind()).isEqualTo(Kind.READ_TIMEOUT);
            assertThat(e.getMessage()).isEqualTo(
                "GET /api/v1/dataset/1 failed: no response from " + authority(superset.getPort()) + " within readTimeout=200 ms");
          });
    }
  }

  @Test
  void tls_untrustedSelfSignedCertificate_isConnectNotRetriedAndHintsAtSslContext() {
    int port = otherNameServer.httpsPort();

    try (SupersetClient client = bearerClient("https://127.0.0.1:" + port).build()) {
      assertThatThrownBy(() -> client.datasets().get(DatasetId.of(1)))
          .isInstanceOfSatisfying(SupersetTransportException.class, e -> {
            assertThat(e.kind()).isEqualTo(Kind.CONNECT);
            assertThat(e.isRetryable()).isFalse();
            assertThat(e.getMessage())
                .startsWith("GET /api/v1/dataset/1 failed: TLS handshake with 127.0.0.1:" + port
                    + " failed: the server's certificate is not trusted (")
                .contains("PKIX path building failed")
                .contains("SupersetClient.builder().sslContext(...)");
          });
    }
    assertThat(listener.events).contains("failure GET /api/v1/dataset/{id_or_uuid} SupersetTransportException attempts 1");
    assertThat(listener.count("retry")).isZero();
  }

  @Test
  void tls_trustedCertificateForAnotherHostName_saysTheNameDoesNotMatch() throws Exception {
    int port = otherNameServer.httpsPort();

    try (SupersetClient client = bearerClient("https://127.0.0.1:" + port).sslContext(otherName.trustingContext()).build()) {
      assertThatThrownBy(() -> client.datasets().get(DatasetId.of(1)))
          .isInstanceOfSatisfying(SupersetTransportException.class, e -> {
            assertThat(e.kind()).isEqualTo(Kind.CONNECT);
            assertThat(e.isRetryable()).isFalse();
            assertThat(e.getMessage())
                .startsWith("GET /api/v1/dataset/1 failed: TLS handshake with 127.0.0.1:" + port
                    + " failed: the server's certificate is not issued for host 127.0.0.1 (")
                .contains("No subject alternative names matching IP address 127.0.0.1 found")
                .contains("a baseUrl with a host name the certificate names");
          });
    }
    assertThat(listener.events).contains("failure GET /api/v1/dataset/{id_or_uuid} SupersetTransportException attempts 1");
  }

  @Test
  void tls_certificateTrustedThroughSslContext_connects() throws Exception {
    localServer.stubFor(get(urlPathEqualTo(DATASET)).willReturn(okJson(DATASET_JSON)));

    try (SupersetClient client = bearerClient("https://127.0.0.1:" + localServer.httpsPort())
        .sslContext(local.trustingContext()).build()) {
      assertThat(client.datasets().get(DatasetId.of(1)).tableName()).isEqualTo("fct_orders");
    }
  }

  @Test
  void tls_httpsUrlForAPlainHttpServer_saysTheServerDoesNotSpeakTls() {
    try (SupersetClient client = bearerClient("https://127.0.0.1:" + superset.getPort()).build()) {
      assertThatThrownBy(() -> client.datasets().get(DatasetId.of(1)))
          .isInstanceOfSatisfying(SupersetTransportException.class, e -> {
            assertThat(e.kind()).isEqualTo(Kind.CONNECT);
            assertThat(e.isRetryable()).isFalse();
            assertThat(e.getMessage())
                .startsWith("GET /api/v1/dataset/1 failed: TLS handshake with 127.0.0.1:" + superset.getPort()
                    + " failed: the server did not answer in TLS (")
                .contains("use http:// if the server has no TLS");
          });
    }
    assertThat(listener.count("retry")).isZero();
  }

  @Test
  void unknownHost_saysTheHostIsUnknown() {
    try (SupersetClient client = bearerClient("http://superset.invalid:8088").build()) {
      assertThatThrownBy(() -> client.datasets().get(DatasetId.of(1)))
          .isInstanceOfSatisfying(SupersetTransportException.class, e -> {
            assertThat(e.kind()).isEqualTo(Kind.CONNECT);
            assertThat(e.getMessage()).isEqualTo(
                "GET /api/v1/dataset/1 failed: could not connect to superset.invalid:8088: unknown host");
          });
    }
  }

  private SupersetClient.Builder passwordClient(String baseUrl) {
    return SupersetClient.builder().baseUrl(baseUrl)
        .credentials(Credentials.password("admin", FakeSuperset.PASSWORD))
        .retryPolicy(RetryPolicy.builder().initialBackoff(Duration.ofMillis(5)).maxBackoff(Duration.ofMillis(20)).build())
        .addEventListener(listener);
  }

  private SupersetClient.Builder bearerClient(String baseUrl) {
    return SupersetClient.builder().baseUrl(baseUrl)
        .credentials(Credentials.bearerToken("static-token"))
        .retryPolicy(RetryPolicy.builder().initialBackoff(Duration.ofMillis(5)).maxBackoff(Duration.ofMillis(20)).build())
        .connectTimeout(Duration.ofSeconds(5))
        .addEventListener(listener);
  }

  /** The attempts of every call of an operation, summed over its success and failure events. */
  private int attempts(String operationId) {
    Pattern p = Pattern.compile("(?:success|failure) " + Pattern.quote(operationId) + " .* attempts (\\d+)");
    int sum = 0;
    for (String event : listener.events) {
      Matcher m = p.matcher(event);
      if (m.matches()) {
        sum += Integer.parseInt(m.group(1));
      }
    }
    return sum;
  }

  private static String authority(int port) {
    return "localhost:" + port; // WireMock's baseUrl() names localhost
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
