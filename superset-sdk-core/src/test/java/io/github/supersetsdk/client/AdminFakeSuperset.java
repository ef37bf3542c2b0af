package io.github.supersetsdk.client;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * A WireMock Superset for the administration sub-client tests: it answers login and the CSRF token,
 * and tests stub the resource endpoints they exercise.
 */
final class AdminFakeSuperset {

  static final String PASSWORD = "pw-Admin-Secret-41c2";

  private AdminFakeSuperset() {}

  static SupersetClient client(WireMockExtension wm) {
    Instant now = Instant.now();
    String access = jwt(now, now.plusSeconds(3600));
    wm.stubFor(post(urlPathEqualTo("/api/v1/security/login"))
        .willReturn(okJson("{\"access_token\":\"" + access + "\",\"refresh_token\":\"" + access + "\"}")));
    wm.stubFor(get(urlPathEqualTo("/api/v1/security/csrf_token/"))
        .willReturn(okJson("{\"result\":\"csrf-admin\"}").withHeader("Set-Cookie", "session=s1; Path=/")));
    return SupersetClient.builder()
        .baseUrl(wm.baseUrl())
        .credentials(Credentials.password("admin", PASSWORD))
        .retryPolicy(RetryPolicy.none())
        .readTimeout(Duration.ofSeconds(5))
        .build();
  }

  private static String jwt(Instant issuedAt, Instant expiresAt) {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    String header = b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    String payload = b64.encodeToString(
        ("{\"iat\":" + issuedAt.getEpochSecond() + ",\"exp\":" + expiresAt.getEpochSecond() + ",\"sub\":\"1\"}")
            .getBytes(StandardCharsets.UTF_8));
    return header + "." + payload + ".c2ln";
  }
}
