package io.github.supersetsdk.client;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The resource sub-client tests' view of {@link FakeSuperset}: login and CSRF stubbed, no retries,
 * and helpers to find the one request sent to a path and decode its Rison {@code q}.
 */
final class StubbedSuperset {

  private final WireMockExtension wm;
  private final FakeSuperset fake;

  StubbedSuperset(WireMockExtension wm) {
    this.wm = wm;
    this.fake = new FakeSuperset(wm).standardAuth();
  }

  SupersetClient client() {
    return fake.client().retryPolicy(RetryPolicy.none()).build();
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
}
