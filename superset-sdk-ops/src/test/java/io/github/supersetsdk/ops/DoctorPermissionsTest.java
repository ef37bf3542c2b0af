package io.github.supersetsdk.ops;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.supersetsdk.client.Credentials;
import io.github.supersetsdk.client.RetryPolicy;
import io.github.supersetsdk.client.SupersetClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the doctor says to a least-privilege service account: Superset answers a permission it lacks
 * with a bare 403 "Forbidden", so the doctor names the permission instead of blaming the CSRF
 * settings, proxies or the connection's credentials.
 */
class DoctorPermissionsTest {

  @RegisterExtension
  static final WireMockExtension superset = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final Credentials CREDENTIALS = Credentials.password("svc_sync", "secret-Pw-1");

  @BeforeEach
  void healthyProbes() {
    superset.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(500)));
    ProbeAnswers.healthy().forEach(stub -> superset.stubFor(stub.atPriority(5)));
  }

  @Test
  void csrfTokenForbidden_failsNamingTheMissingPermission() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/security/csrf_token/")).atPriority(1).willReturn(forbidden()));

    CheckResult csrf = run().find("auth.csrf").orElseThrow();

    assertThat(csrf.status()).isEqualTo(CheckStatus.FAIL);
    assertThat(csrf.finding()).contains("answered 403", "user svc_sync may not fetch CSRF tokens", "refuses every write");
    assertThat(csrf.hint()).isEqualTo("grant the user's role can_read on SecurityRestApi");
    superset.verify(0, postRequestedFor(urlPathEqualTo("/api/v1/sqllab/format_sql/")));
  }

  @Test
  void probePostForbidden_meansTheCsrfTokenPassed() {
    // Superset checks the CSRF token before the view's permission: a refused token is a 400.
    superset.stubFor(post(urlPathEqualTo("/api/v1/sqllab/format_sql/")).atPriority(1).willReturn(forbidden()));

    CheckResult csrf = run().find("auth.csrf").orElseThrow();

    assertThat(csrf.status()).isEqualTo(CheckStatus.OK);
    assertThat(csrf.finding()).contains("passed the CSRF check", "lacks can_format_sql on SQLLab");
  }

  @Test
  void connectionForbidden_saysTheCheckCouldNotRunNotThatTheCredentialsAreWrong() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/database/")).atPriority(1).willReturn(okJson(
        "{\"count\": 1, \"ids\": [4], \"result\": [{\"id\": 4, \"database_name\": \"warehouse\", \"backend\": \"postgresql\"}]}")));
    superset.stubFor(get(urlPathEqualTo("/api/v1/database/4/connection")).atPriority(1).willReturn(forbidden()));

    CheckResult db = run().find("database[warehouse]").orElseThrow();

    assertThat(db.status()).isEqualTo(CheckStatus.FAIL);
    assertThat(db.finding()).contains("could not run", "GET /api/v1/database/4/connection answered 403", "not tested");
    assertThat(db.hint()).contains("can_write on Database").doesNotContain("credentials");
  }

  @Test
  void dashboardTheUserMayNotRead_failsItsEmbeddingCheckAlone_theOthersRun() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/dashboard/sales")).atPriority(1).willReturn(forbidden()));

    DoctorReport report = run(b -> b.embedding("sales"));

    CheckResult embedding = report.find("embedding[sales]").orElseThrow();
    assertThat(embedding.status()).isEqualTo(CheckStatus.FAIL);
    assertThat(embedding.finding()).contains("could not run", "GET /api/v1/dashboard/sales -> 403");
    assertThat(report.find("auth.csrf")).isPresent();
    assertThat(report.find("superset.reachable")).isPresent();
  }

  @Test
  void dashboardNotFound_failsItsEmbeddingCheck_sayingItMayBeHidden() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/dashboard/sales")).atPriority(1).willReturn(aResponse()
        .withStatus(404).withHeader("Content-Type", "application/json").withBody("{\"message\":\"Not found\"}")));
    superset.stubFor(get(urlPathEqualTo("/api/v1/dashboard/")).atPriority(1).willReturn(okJson(
        "{\"count\": 0, \"ids\": [], \"result\": []}")));

    CheckResult embedding = run(b -> b.embedding("sales")).find("embedding[sales]").orElseThrow();

    assertThat(embedding.status()).isEqualTo(CheckStatus.FAIL);
    assertThat(embedding.finding()).contains("no dashboard with id, UUID or slug 'sales'", "can see");
  }

  private static DoctorReport run() {
    return run(b -> { });
  }

  private static DoctorReport run(java.util.function.Consumer<Doctor.Builder> configure) {
    try (SupersetClient client = SupersetClient.builder().baseUrl(superset.baseUrl()).credentials(CREDENTIALS)
        .retryPolicy(RetryPolicy.none()).build()) {
      Doctor.Builder b = Doctor.builder(client).credentials(CREDENTIALS);
      configure.accept(b);
      return b.build().run();
    }
  }

  private static ResponseDefinitionBuilder forbidden() {
    return aResponse().withStatus(403).withHeader("Content-Type", "application/json").withBody("{\"message\":\"Forbidden\"}");
  }
}
