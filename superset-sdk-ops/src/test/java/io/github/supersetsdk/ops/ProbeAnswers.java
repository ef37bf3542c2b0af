package io.github.supersetsdk.ops;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import io.github.supersetsdk.client.testing.Jwts;
import java.util.List;

/** What a healthy Superset 6.1.0 answers to the doctor's own round trips, for fakes to serve. */
final class ProbeAnswers {

  private ProbeAnswers() {}

  /** {@return stubs for health, login page, login, refresh, CSRF token and the CSRF-checked POST} */
  static List<MappingBuilder> healthy() {
    return List.of(
        get(urlPathEqualTo("/health")).willReturn(aResponse().withBody("OK")),
        get(urlPathEqualTo("/login/")).willReturn(aResponse().withBody("version_string&#34;: &#34;6.1.0&#34;")),
        post(urlPathEqualTo("/api/v1/security/login")).willReturn(okJson(
            "{\"access_token\":\"" + Jwts.validForAnHour() + "\",\"refresh_token\":\"" + Jwts.validForAnHour() + "\"}")),
        post(urlPathEqualTo("/api/v1/security/refresh")).willReturn(okJson("{\"access_token\":\"" + Jwts.validForAnHour() + "\"}")),
        get(urlPathEqualTo("/api/v1/security/csrf_token/"))
            .willReturn(okJson("{\"result\":\"csrf-1\"}").withHeader("Set-Cookie", "session=s1; Path=/")),
        post(urlPathEqualTo("/api/v1/sqllab/format_sql/")).willReturn(okJson("{\"result\":\"SELECT 1\"}")));
  }

  /** Asserts that the checks made of the round trips above all passed. */
  static void assertProbesPassed(DoctorReport report) {
    for (String check : List.of("superset.reachable", "auth.login", "auth.refresh", "auth.csrf")) {
      assertThat(report.find(check)).as(check).get().extracting(CheckResult::status).isEqualTo(CheckStatus.OK);
    }
  }
}
