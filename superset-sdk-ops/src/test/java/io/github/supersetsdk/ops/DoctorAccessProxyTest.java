package io.github.supersetsdk.ops;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.supersetsdk.client.Credentials;
import io.github.supersetsdk.client.RetryPolicy;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.testing.Jwts;
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
    admitWithKey(get(urlPathEqualTo("/health")).willReturn(aResponse().withBody("OK")));
    admitWithKey(get(urlPathEqualTo("/login/")).willReturn(aResponse().withBody("version_string&#34;: &#34;6.1.0&#34;")));
    admitWithKey(post(urlPathEqualTo("/api/v1/security/login"))
        .willReturn(okJson("{\"access_token\":\"" + Jwts.validForAnHour() + "\",\"refresh_token\":\"" + Jwts.validForAnHour() + "\"}")));
    admitWithKey(post(urlPathEqualTo("/api/v1/security/refresh")).willReturn(okJson("{\"access_token\":\"" + Jwts.validForAnHour() + "\"}")));
    admitWithKey(get(urlPathEqualTo("/api/v1/security/csrf_token/"))
        .willReturn(okJson("{\"result\":\"csrf-1\"}").withHeader("Set-Cookie", "session=s1; Path=/")));
    admitWithKey(post(urlPathEqualTo("/api/v1/sqllab/format_sql/")).willReturn(okJson("{\"result\":\"SELECT 1\"}")));

    Credentials credentials = Credentials.password("admin", "pw");
    try (SupersetClient client = SupersetClient.builder().baseUrl(proxy.baseUrl()).credentials(credentials)
        .retryPolicy(RetryPolicy.none()).defaultHeader("X-Access-Key", KEY).build()) {
      DoctorReport report = Doctor.builder(client).credentials(credentials).build().run();

      assertThat(report.find("superset.reachable")).get().extracting(CheckResult::status).isEqualTo(CheckStatus.OK);
      assertThat(report.find("auth.login")).get().extracting(CheckResult::status).isEqualTo(CheckStatus.OK);
      assertThat(report.find("auth.refresh")).get().extracting(CheckResult::status).isEqualTo(CheckStatus.OK);
      assertThat(report.find("auth.csrf")).get().extracting(CheckResult::status).isEqualTo(CheckStatus.OK);
    }
    List<LoggedRequest> sent = proxy.findAll(anyRequestedFor(anyUrl()));
    assertThat(sent).extracting(LoggedRequest::getUrl).contains("/health", "/login/", "/api/v1/sqllab/format_sql/");
    assertThat(sent).allSatisfy(r -> assertThat(r.getHeader("X-Access-Key")).as(r.getUrl()).isEqualTo(KEY));
  }
}
