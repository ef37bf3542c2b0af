package io.github.supersetsdk.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;

/**
 * Stubs the parts of Superset every client needs (login, refresh, CSRF token) on a WireMock server,
 * with secret values that tests can search logs and messages for.
 */
final class FakeSuperset {

  static final String PASSWORD = "pw-Secret-7f3a";
  static final String CSRF_TOKEN = "csrf-Secret-19bd";
  static final String SESSION_COOKIE = "session-Secret-55e1";
  static final String LOGIN = "/api/v1/security/login";
  static final String REFRESH = "/api/v1/security/refresh";
  static final String CSRF = "/api/v1/security/csrf_token/";

  final String accessToken = Jwts.validForAnHour();
  final String refreshToken = Jwts.validForAnHour();
  private final WireMockExtension wm;

  FakeSuperset(WireMockExtension wm) {
    this.wm = wm;
  }

  FakeSuperset standardAuth() {
    wm.stubFor(post(urlPathEqualTo(LOGIN))
        .willReturn(okJson("{\"access_token\":\"" + accessToken + "\",\"refresh_token\":\"" + refreshToken + "\"}")));
    wm.stubFor(post(urlPathEqualTo(REFRESH))
        .willReturn(okJson("{\"access_token\":\"" + Jwts.validForAnHour() + "\"}")));
    wm.stubFor(get(urlPathEqualTo(CSRF))
        .willReturn(okJson("{\"result\":\"" + CSRF_TOKEN + "\"}")
            .withHeader("Set-Cookie", "session=" + SESSION_COOKIE + "; HttpOnly; Path=/")));
    return this;
  }

  SupersetClient.Builder client() {
    return SupersetClient.builder()
        .baseUrl(wm.baseUrl())
        .credentials(Credentials.password("admin", PASSWORD))
        .retryPolicy(RetryPolicy.builder().initialBackoff(Duration.ofMillis(10)).maxBackoff(Duration.ofMillis(50)).build())
        .readTimeout(Duration.ofSeconds(5));
  }

  static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
  }
}
