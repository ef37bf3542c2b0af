package io.github.supersetsdk.client;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * A WireMock-backed Superset for the resource sub-client tests: a static bearer token (an unsigned
 * JWT valid for an hour) and a CSRF endpoint, so tests stub only the endpoint under test.
 */
final class StubbedSuperset {

  private final WireMockExtension wm;

  StubbedSuperset(WireMockExtension wm) {
    this.wm = wm;
    wm.stubFor(get(urlPathEqualTo("/api/v1/security/csrf_token/"))
        .willReturn(okJson("{\"result\":\"csrf-token\"}").withHeader("Set-Cookie", "session=s1; Path=/")));
  }

  SupersetClient client() {
    return SupersetClient.builder()
        .baseUrl(wm.baseUrl())
        .credentials(Credentials.bearerToken(jwt()))
        .retryPolicy(RetryPolicy.none())
        .readTimeout(Duration.ofSeconds(5))
        .build();
  }

  /** The only request sent to a path, failing unless there is exactly one. */
  LoggedRequest single(String method, String path) {
    List<LoggedRequest> found = wm.getAllServeEvents().stream()
        .map(e -> e.getRequest())
        .filter(r -> r.getMethod().getName().equals(method) && r.getUrl().split("\\?")[0].equals(path))
        .map(r -> (LoggedRequest) r)
        .toList();
    if (found.size() != 1) {
      throw new AssertionError("expected one " + method + " " + path + " but got " + found.size()
          + " among " + wm.getAllServeEvents().stream().map(e -> e.getRequest().getMethod() + " " + e.getRequest().getUrl()).toList());
    }
    return found.get(0);
  }

  /** The decoded {@code q} parameter of a request. */
  static String q(LoggedRequest request) {
    String url = request.getUrl();
    int at = url.indexOf("q=");
    if (at < 0) {
      throw new AssertionError("no q parameter in " + url);
    }
    String raw = url.substring(at + 2);
    int amp = raw.indexOf('&');
    return URLDecoder.decode(amp < 0 ? raw : raw.substring(0, amp), StandardCharsets.UTF_8);
  }

  static ResponseDefinitionBuilder json(String body) {
    return okJson(body);
  }

  private static String jwt() {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    long now = Instant.now().getEpochSecond();
    String header = b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    String payload = b64.encodeToString(("{\"iat\":" + now + ",\"exp\":" + (now + 3600) + ",\"sub\":\"1\"}")
        .getBytes(StandardCharsets.UTF_8));
    return header + "." + payload + ".c2ln";
  }
}
