package io.github.supersetsdk.ops;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.supersetsdk.client.Credentials;
import io.github.supersetsdk.client.RetryPolicy;
import io.github.supersetsdk.client.SupersetClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A wrong password costs one failed login, not one per check: where the login is an LDAP or SSO
 * one, each failed attempt counts towards locking the account.
 */
class DoctorLoginFailureTest {

  @RegisterExtension
  static final WireMockExtension superset = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @Test
  void run_wrongPassword_logsInOnce_andSaysTheOtherChecksDidNotRun() {
    superset.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(500)));
    ProbeAnswers.healthy().forEach(stub -> superset.stubFor(stub.atPriority(5)));
    superset.stubFor(post(urlPathEqualTo("/api/v1/security/login")).atPriority(1).willReturn(aResponse()
        .withStatus(401).withHeader("Content-Type", "application/json").withBody("{\"message\":\"Not authorized\"}")));

    Credentials credentials = Credentials.password("admin", "wrong");
    try (SupersetClient client = SupersetClient.builder().baseUrl(superset.baseUrl()).credentials(credentials)
        .retryPolicy(RetryPolicy.none()).build()) {
      DoctorReport report = Doctor.builder(client).credentials(credentials).build().run();

      assertThat(report.find("auth.login")).get().extracting(CheckResult::status).isEqualTo(CheckStatus.FAIL);
      assertThat(report.find("superset.checks")).get().satisfies(c -> {
        assertThat(c.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(c.finding()).isEqualTo("not run: they need the login that failed above");
      });
      assertThat(report.find("databases")).isEmpty();
      assertThat(report.find("datasets")).isEmpty();
    }
    superset.verify(1, postRequestedFor(urlPathEqualTo("/api/v1/security/login")));
  }
}
