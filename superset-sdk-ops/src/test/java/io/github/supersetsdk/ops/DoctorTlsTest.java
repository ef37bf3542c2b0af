package io.github.supersetsdk.ops;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.supersetsdk.client.Credentials;
import io.github.supersetsdk.client.RetryPolicy;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.testing.SelfSignedTls;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The doctor's own round trips (health, login page, login, refresh, CSRF) go around the SDK client,
 * so they must reach Superset the way the client does: through the TLS context that trusts a private
 * CA, and with the client's {@code User-Agent}. Otherwise a Superset the client works with would be
 * reported unreachable.
 */
class DoctorTlsTest {

  @TempDir static Path keys;
  private static SelfSignedTls certificate;
  private static WireMockServer superset;

  @BeforeAll
  static void start() throws Exception {
    certificate = SelfSignedTls.generate(keys, "superset", "CN=127.0.0.1", "ip:127.0.0.1,dns:localhost");
    superset = certificate.startServer();
    ProbeAnswers.healthy().forEach(superset::stubFor);
  }

  @AfterAll
  static void stop() {
    if (superset != null) {
      superset.stop();
    }
  }

  @Test
  void doctor_withAPrivateCa_reachesSupersetThroughTheClientsTlsContextAndNamesTheApplication() throws Exception {
    Credentials credentials = Credentials.password("admin", "pw");
    try (SupersetClient client = SupersetClient.builder().baseUrl("https://127.0.0.1:" + superset.httpsPort())
        .credentials(credentials).retryPolicy(RetryPolicy.none())
        .sslContext(certificate.trustingContext()).applicationName("orders-service/1.4").build()) {
      DoctorReport report = Doctor.builder(client).credentials(credentials).build().run();

      ProbeAnswers.assertProbesPassed(report);
    }
    List<LoggedRequest> sent = superset.findAll(anyRequestedFor(anyUrl()));
    assertThat(sent).extracting(LoggedRequest::getUrl).contains("/health", "/login/", "/api/v1/security/login",
        "/api/v1/security/refresh", "/api/v1/sqllab/format_sql/");
    assertThat(sent).allSatisfy(r -> assertThat(r.getHeader("User-Agent")).as(r.getUrl())
        .matches("superset-sdk-java/\\S+ orders-service/1\\.4"));
  }
}
