package io.github.supersetsdk.client;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * A WireMock Superset that accepts the client's login and hands out a CSRF token, for the unit tests
 * of the resource sub-clients; each test stubs the endpoints it exercises. The secret values are
 * distinctive so that tests can search for them in messages and logs.
 */
final class ResourceStubs {

  static final String PASSWORD = "pw-Resource-8c1e";
  static final String CSRF_TOKEN = "csrf-Resource-4b7a";
  static final String CSRF = "/api/v1/security/csrf_token/";

  private ResourceStubs() {}

  /** Stubs login and the CSRF token, and returns a client for the stub server without retries. */
  static SupersetClient client(WireMockExtension wm) {
    wm.stubFor(post(urlPathEqualTo("/api/v1/security/login"))
        .willReturn(okJson("{\"access_token\":\"" + jwt() + "\",\"refresh_token\":\"" + jwt() + "\"}")));
    wm.stubFor(get(urlPathEqualTo(CSRF))
        .willReturn(okJson("{\"result\":\"" + CSRF_TOKEN + "\"}")
            .withHeader("Set-Cookie", "session=s-Resource-91d2; HttpOnly; Path=/")));
    return SupersetClient.builder()
        .baseUrl(wm.baseUrl())
        .credentials(Credentials.password("admin", PASSWORD))
        .retryPolicy(RetryPolicy.none())
        .build();
  }

  /** An unsigned access token valid for an hour; the client reads its expiry but never verifies it. */
  static String jwt() {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    long now = Instant.now().getEpochSecond();
    String header = b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    String payload = b64.encodeToString(
        ("{\"iat\":" + now + ",\"exp\":" + (now + 3600) + ",\"sub\":\"1\"}").getBytes(StandardCharsets.UTF_8));
    return header + "." + payload + ".c2ln";
  }
}
