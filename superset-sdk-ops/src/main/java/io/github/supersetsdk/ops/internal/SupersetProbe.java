package io.github.supersetsdk.ops.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.supersetsdk.client.internal.ClientSettings;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Talks to Superset without the SDK client, for the checks that must see the raw exchange: whether
 * the server answers at all, its version, and the login, refresh and CSRF round trips the client
 * otherwise hides. Tokens stay in local variables and are never part of a message.
 *
 * <p>Not thread-safe: one instance per doctor run.
 */
public final class SupersetProbe {

  private static final ObjectMapper JSON = new ObjectMapper();
  // The login page embeds the bootstrap payload HTML-escaped: ...version_string&#34;: &#34;6.1.0&#34;
  private static final Pattern VERSION =
      Pattern.compile("version_string(?:&#34;|\"|&quot;)\\s*:\\s*(?:&#34;|\"|&quot;)([^&\"]+)");

  private final String base;
  private final HttpClient http;
  private final Duration timeout;
  private final Map<String, String> headers;

  /**
   * A probe for one Superset, reached the way the SDK client reaches it.
   *
   * @param baseUrl the Superset URL, without a trailing slash
   * @param timeout per-request timeout
   * @param client the client's settings: its default headers (e.g. an access proxy's service token)
   *     and {@code User-Agent} go with every request, and its TLS context, proxy and authenticator
   *     are used, so a private CA or an outbound proxy works here as it does for the client
   */
  public SupersetProbe(URI baseUrl, Duration timeout, ClientSettings client) {
    String s = baseUrl.toString();
    this.base = s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    this.timeout = timeout;
    Map<String, String> h = new LinkedHashMap<>(client.defaultHeaders());
    h.put("User-Agent", client.userAgent());
    this.headers = Map.copyOf(h);
    // Its own cookie jar (the CSRF round trip needs the session cookie) and no redirects.
    this.http = client.httpClientBuilder()
        .connectTimeout(timeout)
        .cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  /** What {@link #health()} found. */
  public record Health(int status, long millis, @Nullable String version) {}

  /**
   * GETs {@code /health} and reads the version from the login page.
   *
   * @return the health status code, the round trip and the version if the page shows it
   * @throws IOException if Superset does not answer
   */
  public Health health() throws IOException {
    long start = System.nanoTime();
    HttpResponse<String> h = send(HttpRequest.newBuilder(URI.create(base + "/health")).GET());
    long millis = (System.nanoTime() - start) / 1_000_000;
    String version = null;
    HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create(base + "/login/")).GET());
    Matcher m = VERSION.matcher(login.body());
    if (m.find()) {
      version = m.group(1);
    }
    return new Health(h.statusCode(), millis, version);
  }

  /**
   * One step of the login round trip.
   *
   * @param ok whether the step passed
   * @param detail what it found
   * @param hint how to fix a failed step when the probe knows better than the check's general hint,
   *     else {@code null}
   */
  public record Step(boolean ok, String detail, @Nullable String hint) {

    /**
     * A step with the check's general hint.
     *
     * @param ok whether the step passed
     * @param detail what it found
     */
    public Step(boolean ok, String detail) {
      this(ok, detail, null);
    }
  }

  /** What {@link #authenticate} found. */
  public record Auth(Step login, @Nullable Step refresh, @Nullable Step csrf, @Nullable Duration accessTokenLifetime) {}

  /**
   * Logs in with a password, refreshes the access token with the refresh token, and fetches a CSRF
   * token with which a harmless POST ({@code /api/v1/sqllab/format_sql/}) must be accepted.
   *
   * @param username the user
   * @param password the password
   * @param provider {@code db} or {@code ldap}
   * @return the steps' outcomes
   * @throws IOException if Superset does not answer
   */
  public Auth authenticate(String username, String password, String provider) throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("username", username);
    body.put("password", password);
    body.put("provider", provider);
    body.put("refresh", true);
    HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/security/login"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    if (login.statusCode() != 200) {
      return new Auth(new Step(false, "POST /api/v1/security/login answered " + login.statusCode()
          + message(login.body()) + " for user " + username), null, null, null);
    }
    JsonNode tokens = JSON.readTree(login.body());
    String access = tokens.path("access_token").asText("");
    String refreshToken = tokens.path("refresh_token").asText("");
    Duration lifetime = lifetime(access);
    Step loginStep = new Step(true, "user " + username + " logged in");

    Step refresh;
    if (refreshToken.isEmpty()) {
      refresh = new Step(false, "the login answer carried no refresh token");
    } else {
      HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/security/refresh"))
          .header("Authorization", "Bearer " + refreshToken)
          .POST(HttpRequest.BodyPublishers.noBody()));
      if (r.statusCode() == 200 && !JSON.readTree(r.body()).path("access_token").asText("").isEmpty()) {
        access = JSON.readTree(r.body()).path("access_token").asText();
        refresh = new Step(true, "the refresh token gave a new access token");
      } else {
        refresh = new Step(false, "POST /api/v1/security/refresh answered " + r.statusCode() + message(r.body()));
      }
    }

    HttpResponse<String> c = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/security/csrf_token/"))
        .header("Authorization", "Bearer " + access).GET());
    Step csrf;
    if (c.statusCode() == 403) {
      // Superset hands CSRF tokens only to roles with can_read on SecurityRestApi.
      csrf = new Step(false, "GET /api/v1/security/csrf_token/ answered 403" + message(c.body()) + ": user " + username
          + " may not fetch CSRF tokens, so Superset refuses every write it sends (dataset sync, guest tokens,"
          + " cache invalidation, imports)", "grant the user's role can_read on SecurityRestApi");
    } else if (c.statusCode() != 200) {
      csrf = new Step(false, "GET /api/v1/security/csrf_token/ answered " + c.statusCode() + message(c.body()));
    } else {
      String token = JSON.readTree(c.body()).path("result").asText("");
      HttpResponse<String> p = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/sqllab/format_sql/"))
          .header("Authorization", "Bearer " + access)
          .header("X-CSRFToken", token)
          .header("Referer", base + "/")
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"sql\": \"select 1\"}")));
      // Superset checks the CSRF token before the view's permission (a refused token is a 400), so a
      // 403 means the token passed and the user only lacks can_format_sql on SQLLab, which nothing
      // but this probe needs.
      csrf = p.statusCode() == 200
          ? new Step(true, "a POST with the CSRF token was accepted")
          : p.statusCode() == 403
              ? new Step(true, "a POST with the CSRF token passed the CSRF check (POST /api/v1/sqllab/format_sql/ then"
                  + " answered 403: user " + username + " lacks can_format_sql on SQLLab, which only this probe uses)")
              : new Step(false, "a POST with the CSRF token answered " + p.statusCode() + message(p.body()));
    }
    return new Auth(loginStep, refresh, csrf, lifetime);
  }

  private static @Nullable Duration lifetime(String jwt) {
    String[] parts = jwt.split("\\.");
    if (parts.length < 2) {
      return null;
    }
    try {
      JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
      if (claims.hasNonNull("exp") && claims.hasNonNull("iat")) {
        return Duration.ofSeconds(claims.get("exp").asLong() - claims.get("iat").asLong());
      }
    } catch (IOException | IllegalArgumentException e) {
      // Not a JWT we can read: the lifetime stays unknown.
    }
    return null;
  }

  // Superset's message, or nothing: bodies of login calls never echo the password.
  private static String message(String body) {
    try {
      JsonNode n = JSON.readTree(body);
      String msg = n.path("message").asText(n.path("msg").asText(""));
      if (msg.isEmpty() && n.path("errors").isArray() && n.path("errors").size() > 0) {
        msg = n.path("errors").get(0).path("message").asText("");
      }
      return msg.isEmpty() ? "" : " (\"" + oneLine(msg) + "\")";
    } catch (IOException e) {
      return "";
    }
  }

  static String oneLine(String s) {
    String t = s.replaceAll("\\s+", " ").trim();
    return t.length() > 200 ? t.substring(0, 200) + "..." : t;
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
    headers.forEach(request::header);
    try {
      return http.send(request.timeout(timeout).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }
}
