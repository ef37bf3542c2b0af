package io.github.supersetsdk.ops;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.supersetsdk.client.Credentials;
import io.github.supersetsdk.client.RetryPolicy;
import io.github.supersetsdk.client.SupersetClient;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The doctor's own round trips (health, login page, login, refresh, CSRF) go around the SDK client,
 * so they must send the client's default headers themselves: behind an access proxy that admits only
 * requests with its key, they would otherwise all be refused.
 */
class DoctorAccessProxyTest {

  private static final String KEY = "proxy-key-93b1";

  @RegisterExtension
  static final WireMockExtension proxy = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static void admitWithKey(MappingBuilder stub) {
    proxy.stubFor(stub.atPriority(1).withHeader("X-Access-Key", equalTo(KEY)));
  }

  @Test
  void doctor_behindAnAccessProxy_sendsTheClientsDefaultHeadersOnItsOwnRoundTrips() {
    proxy.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(403)));
    ProbeAnswers.healthy().forEach(DoctorAccessProxyTest::admitWithKey);

    Credentials credentials = Credentials.password("admin", "pw");
    try (SupersetClient client = SupersetClient.builder().baseUrl(proxy.baseUrl()).credentials(credentials)
        .retryPolicy(RetryPolicy.none()).defaultHeader("X-Access-Key", KEY).build()) {
      DoctorReport report = Doctor.builder(client).credentials(credentials).build().run();

      ProbeAnswers.assertProbesPassed(report);
    }
    List<LoggedRequest> sent = proxy.findAll(anyRequestedFor(anyUrl()));
    assertThat(sent).extracting(LoggedRequest::getUrl).contains("/health", "/login/", "/api/v1/sqllab/format_sql/");
    assertThat(sent).allSatisfy(r -> assertThat(r.getHeader("X-Access-Key")).as(r.getUrl()).isEqualTo(KEY));
  }
}
