package io.github.supersetsdk.client.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.supersetsdk.client.Credentials;
import io.github.supersetsdk.client.RetryPolicy;
import io.github.supersetsdk.client.SupersetClient;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * A fake Superset for unit tests: a WireMock server on a free port that answers login, token refresh
 * and CSRF like Superset does, plus a ready {@link SupersetClient} logged in to it.
 *
 * <p>Register it once per test class; every WireMock method ({@code stubFor}, {@code verify},
 * {@code findAll}, ...) is available on it. Before each test the stubs and the request journal are
 * reset, fresh tokens are minted and the auth stubs installed again; after each test the client
 * returned by {@link #client()} is closed.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final FakeSuperset superset = FakeSuperset.create();
 *
 * @Test
 * void get_existing_returnsIt() {
 *   superset.stubFor(get(urlPathEqualTo("/api/v1/dataset/1")).willReturn(okJson("...")));
 *   Dataset d = superset.client().datasets().get(DatasetId.of(1));
 * }
 * }</pre>
 *
 * <p>The secrets it hands out ({@link #PASSWORD}, {@link #CSRF_TOKEN}, {@link #SESSION_COOKIE},
 * {@link #accessToken()}, {@link #refreshToken()}) are distinctive strings that tests can search logs
 * and messages for. It lives in core's test-jar: other modules use it through a
 * {@code <type>test-jar</type>} test dependency on {@code superset-sdk-core} (plus WireMock, which
 * a test-jar does not bring along). Not thread-safe: one test at a time, as JUnit runs them.
 */
public final class FakeSuperset extends WireMockExtension {

  /** The user name of {@link #clientBuilder()}'s credentials. */
  public static final String USERNAME = "admin";
  /** The password of {@link #clientBuilder()}'s credentials. */
  public static final String PASSWORD = "pw-Secret-7f3a";
  /** The CSRF token the fake hands out. */
  public static final String CSRF_TOKEN = "csrf-Secret-19bd";
  /** The session cookie set with the CSRF token. */
  public static final String SESSION_COOKIE = "session-Secret-55e1";
  /** Path of the login endpoint. */
  public static final String LOGIN = "/api/v1/security/login";
  /** Path of the token refresh endpoint. */
  public static final String REFRESH = "/api/v1/security/refresh";
  /** Path of the CSRF token endpoint. */
  public static final String CSRF = "/api/v1/security/csrf_token/";

  private final boolean retries;
  private String accessToken = Jwts.validForAnHour();
  private String refreshToken = Jwts.validForAnHour();
  private SupersetClient client;

  private FakeSuperset(boolean retries, Extension... extensions) {
    super(WireMockExtension.newInstance().options(wireMockConfig().dynamicPort().extensions(extensions)));
    this.retries = retries;
  }

  /**
   * A fake whose clients retry quickly (10 ms to 50 ms back-off), so retry paths stay testable.
   *
   * @return a new extension, to be registered with {@code @RegisterExtension}
   */
  public static FakeSuperset create() {
    return new FakeSuperset(true);
  }

  /**
   * A fake whose clients never retry: each call sends exactly one request.
   *
   * @return a new extension, to be registered with {@code @RegisterExtension}
   */
  public static FakeSuperset withoutRetries() {
    return new FakeSuperset(false);
  }

  /**
   * A fake whose clients never retry, with WireMock extensions installed: e.g. a stateful
   * transformer that plays a resource the test creates and reads back.
   *
   * @param extensions the WireMock extensions
   * @return a new extension, to be registered with {@code @RegisterExtension}
   */
  public static FakeSuperset withoutRetries(Extension... extensions) {
    return new FakeSuperset(false, extensions);
  }

  @Override
  protected void onBeforeEach(WireMockRuntimeInfo info) {
    accessToken = Jwts.validForAnHour();
    refreshToken = Jwts.validForAnHour();
    stubAuth();
  }

  @Override
  protected void onAfterEach(WireMockRuntimeInfo info) {
    if (client != null) {
      client.close();
      client = null;
    }
  }

  /**
   * Installs the login, refresh and CSRF stubs again, e.g. after {@code resetAll()}. Tests that
   * need other answers stub the same paths themselves: the newest stub wins.
   */
  public void stubAuth() {
    stubFor(post(urlPathEqualTo(LOGIN))
        .willReturn(okJson("{\"access_token\":\"" + accessToken + "\",\"refresh_token\":\"" + refreshToken + "\"}")));
    stubFor(post(urlPathEqualTo(REFRESH))
        .willReturn(okJson("{\"access_token\":\"" + Jwts.validForAnHour() + "\"}")));
    stubFor(get(urlPathEqualTo(CSRF))
        .willReturn(okJson("{\"result\":\"" + CSRF_TOKEN + "\"}")
            .withHeader("Set-Cookie", "session=" + SESSION_COOKIE + "; HttpOnly; Path=/")));
  }

  /**
   * The client of the current test, built on first use from {@link #clientBuilder()} and closed
   * after the test.
   *
   * @return the shared client of this test
   */
  public SupersetClient client() {
    if (client == null) {
      client = clientBuilder().build();
    }
    return client;
  }

  /**
   * A builder pointing at the fake with password credentials, this fake's retry policy and a 5 s
   * read timeout; the caller closes what it builds.
   *
   * @return a new builder
   */
  public SupersetClient.Builder clientBuilder() {
    RetryPolicy policy = retries
        ? RetryPolicy.builder().initialBackoff(Duration.ofMillis(10)).maxBackoff(Duration.ofMillis(50)).build()
        : RetryPolicy.none();
    return SupersetClient.builder()
        .baseUrl(baseUrl())
        .credentials(Credentials.password(USERNAME, PASSWORD))
        .retryPolicy(policy)
        .readTimeout(Duration.ofSeconds(5));
  }

  /**
   * The access token the login stub of the current test returns.
   *
   * @return the token
   */
  public String accessToken() {
    return accessToken;
  }

  /**
   * The refresh token the login stub of the current test returns.
   *
   * @return the token
   */
  public String refreshToken() {
    return refreshToken;
  }

  /**
   * The only request sent to a path (query ignored), failing unless there is exactly one.
   *
   * @param method the HTTP method, e.g. {@code "GET"}
   * @param path the path without query
   * @return the request
   * @throws AssertionError if none or several were sent
   */
  public LoggedRequest single(String method, String path) {
    List<LoggedRequest> found = getAllServeEvents().stream()
        .map(e -> e.getRequest())
        .filter(r -> r.getMethod().getName().equals(method) && r.getUrl().split("\\?")[0].equals(path))
        .map(r -> (LoggedRequest) r)
        .toList();
    if (found.size() != 1) {
      throw new AssertionError("expected one " + method + " " + path + " but got " + found.size()
          + " among " + getAllServeEvents().stream()
              .map(e -> e.getRequest().getMethod() + " " + e.getRequest().getUrl()).toList());
    }
    return found.get(0);
  }

  /**
   * The decoded Rison {@code q} parameter of a request.
   *
   * @param request a request sent to the fake
   * @return the decoded value
   * @throws AssertionError if the request has no {@code q}
   */
  public static String q(LoggedRequest request) {
    String url = request.getUrl();
    int at = url.indexOf("q=");
    if (at < 0) {
      throw new AssertionError("no q parameter in " + url);
    }
    String raw = url.substring(at + 2);
    int amp = raw.indexOf('&');
    return URLDecoder.decode(amp < 0 ? raw : raw.substring(0, amp), StandardCharsets.UTF_8);
  }

  /**
   * A JSON response with a status, as Superset sends its errors.
   *
   * @param status the HTTP status
   * @param body the JSON body
   * @return the response definition
   */
  public static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
  }
}
