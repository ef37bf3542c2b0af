package io.github.supersetsdk.examples.embedded;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.supersetsdk.cache.CacheLookup;
import io.github.supersetsdk.cache.CacheSource;
import io.github.supersetsdk.cache.RedisConfig;
import io.github.supersetsdk.cache.TieredCacheStats;
import io.github.supersetsdk.cache.chartdata.ChartDataCache;
import io.github.supersetsdk.cache.chartdata.Viewer;
import io.github.supersetsdk.cache.micrometer.TieredCacheMetrics;
import io.github.supersetsdk.client.Credentials;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.embedding.GuestTokenService;
import io.github.supersetsdk.client.embedding.GuestTokenStats;
import io.github.supersetsdk.client.micrometer.SupersetClientMetrics;
import io.github.supersetsdk.client.id.ChartId;
import io.github.supersetsdk.client.model.ChartDataResponse;
import io.github.supersetsdk.client.model.ChartDataResult;
import io.github.supersetsdk.client.model.GuestToken;
import io.github.supersetsdk.client.model.GuestUser;
import io.github.supersetsdk.client.request.GuestResource;
import io.github.supersetsdk.client.request.GuestTokenRequest;
import io.github.supersetsdk.client.request.RlsClause;
import io.github.supersetsdk.ops.CheckStatus;
import io.github.supersetsdk.ops.Doctor;
import io.github.supersetsdk.ops.DoctorReport;
import io.github.supersetsdk.ops.micrometer.OpsMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded-analytics example: a multi-tenant web application that shows each customer a
 * Superset dashboard filtered to its own rows.
 *
 * <ol>
 *   <li>At start-up it builds a dashboard through the SDK ({@link DemoDashboard}) and enables
 *       embedding on it for its own origin (Superset's allowed domains).
 *   <li>{@code GET /login}, {@code POST /login}: a fake sign-in; each user belongs to one tenant.
 *   <li>{@code GET /}: the page, which renders the dashboard with {@code @superset-ui/embedded-sdk}
 *       (served at {@code /embedded-sdk.js}); its {@code fetchGuestToken} calls {@code POST
 *       /guest-token}, and the embedded SDK calls it again before each token expires.
 *   <li>{@code POST /guest-token}: a guest token for the signed-in user's tenant, with the
 *       row-level security clause {@code tenant_id = <tenant>}, from a {@link GuestTokenService}
 *       (cached per tenant and user; minted through Superset, or signed locally).
 *   <li>{@code GET /api/summary}: the signed-in tenant's headline figures as JSON ({@code
 *       {"tenant":1,"orders":1234,"netRevenue":56789.5}}), shown on the page above the dashboard.
 *       The backend reads the dashboard's two big-number charts through a {@link ChartDataCache}
 *       (Caffeine in process, then Redis at {@code REDIS_URL}) as the tenant's guest {@link Viewer},
 *       whose token carries the same row-level security clause as the page's, so the figures are
 *       the tenant's own and two tenants never share a cache entry. The summary's guest tokens come
 *       from a second {@link GuestTokenService}, so that the page's token metrics count the page's
 *       calls only.
 *   <li>{@code GET /metrics}: Prometheus text: the SDK client's request metrics ({@code
 *       superset_client_requests_seconds_*}), guest-token calls per tenant and outcome ({@code
 *       embedded_guest_token_requests_total}), the token cache's hits and mints, and the chart-data
 *       cache's reads per tier and result ({@code superset_sdk_cache_gets_total{cache="chart-data",
 *       tier="l1"|"l2",result="hit"|"miss"}}), loads, Redis errors and L1 size, plus the chart-data
 *       requests it sent to Superset ({@code embedded_summary_superset_requests_total}); and the
 *       operators' meters of {@link OpsMetrics} that {@code examples/prometheus/superset-sdk-rules.yml}
 *       alerts on: the latency of every chart-data request the summary's cache sent to Superset
 *       ({@code superset_chart_data_seconds_*}, tagged dashboard, chart, cached, outcome) and the
 *       {@link Doctor}'s checks ({@code superset_doctor_check{check,status}}), run in the background
 *       at start-up and then every {@link #DOCTOR_INTERVAL}.
 * </ol>
 *
 * <p>Run it with {@code eval "$(scripts/services.sh env)"} and {@code java -jar
 * examples/embedded-analytics/target/embedded-analytics.jar}, then open {@code
 * http://127.0.0.1:8090/}. Thread-safe; {@link #close()} stops the server and deletes the
 * dashboard it made.
 */
public final class EmbeddedAnalyticsApp implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedAnalyticsApp.class);
  private static final String SESSION_COOKIE = "sid";

  /** How often the doctor's checks are re-run for {@code superset_doctor_check}. */
  public static final Duration DOCTOR_INTERVAL = Duration.ofMinutes(5);

  private final Settings settings;
  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final SupersetClient admin;
  private final GuestTokenService guestTokens;
  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(8);
  private final Map<String, TenantUser> sessions = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();
  private final String origin;
  private final DemoDashboard demo;
  private final String page;
  private final GuestTokenService summaryTokens;
  private final ChartDataCache chartData;
  private final Map<Long, SummaryViewer> viewers = new ConcurrentHashMap<>();
  private final OpsMetrics opsMetrics = OpsMetrics.create(registry);
  private final ScheduledExecutorService doctorRuns = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "embedded-doctor");
    t.setDaemon(true);
    return t;
  });

  private EmbeddedAnalyticsApp(Settings settings) throws IOException {
    this.settings = settings;
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", settings.port()), 64);
    this.origin = "http://127.0.0.1:" + server.getAddress().getPort();
    this.admin = SupersetClient.builder()
        .baseUrl(settings.supersetUrl())
        .credentials(Credentials.password(settings.username(), settings.password()))
        .addEventListener(SupersetClientMetrics.create(registry))
        .build();
    GuestTokenService.Builder tokens = GuestTokenService.builder();
    this.guestTokens = (settings.signing() != null ? tokens.signing(settings.signing()) : tokens.client(admin)).build();
    GuestTokenService.Builder summary = GuestTokenService.builder();
    this.summaryTokens =
        (settings.signing() != null ? summary.signing(settings.signing()) : summary.client(admin)).build();
    FunctionCounter.builder("embedded.guest.token.cache.hits", guestTokens, s -> s.stats().hits())
        .description("guest-token calls answered from the cache or a mint in flight").register(registry);
    FunctionCounter.builder("embedded.guest.token.mints", guestTokens, s -> s.stats().mints())
        .description("guest tokens minted (through Superset, or signed locally)").register(registry);
    Gauge.builder("embedded.guest.token.cache.size", guestTokens, s -> s.stats().size()).register(registry);
    try {
      this.demo = DemoDashboard.create(admin, settings.warehouseUri(), List.of(origin));
    } catch (RuntimeException e) {
      admin.close();
      throw e;
    }
    // One chart-data cache per process; admin only reads the charts' saved queries, never a
    // tenant's rows. The Redis connection is lazy: with Redis down the summary still loads.
    this.chartData = ChartDataCache.builder(admin).redis(RedisConfig.of(settings.redisUrl())).build();
    bindCacheMetrics();
    this.page = resource("page.html");
    server.createContext("/", this::route);
    server.setExecutor(executor);
  }

  /**
   * Builds the dashboard, then starts serving.
   *
   * @param settings the configuration
   * @return the running application
   * @throws IOException if the port cannot be bound
   */
  public static EmbeddedAnalyticsApp start(Settings settings) throws IOException {
    EmbeddedAnalyticsApp app = new EmbeddedAnalyticsApp(settings);
    app.server.start();
    app.doctorRuns.scheduleWithFixedDelay(() -> {
      try {
        app.runDoctor();
      } catch (RuntimeException e) {
        // A scheduled task that throws is never run again: log it and keep the schedule.
        log.warn("doctor run failed: {}", e.toString());
      }
    }, 0, DOCTOR_INTERVAL.toSeconds(), TimeUnit.SECONDS);
    log.info("embedded analytics on {} (dashboard '{}', guest tokens: {})", app.origin, app.demo.name(),
        app.guestTokens);
    return app;
  }

  /**
   * Runs the example until the process is stopped.
   *
   * @param args none
   * @throws IOException if the port cannot be bound
   */
  public static void main(String[] args) throws IOException {
    EmbeddedAnalyticsApp app = start(Settings.fromEnvironment(System.getenv()));
    Runtime.getRuntime().addShutdownHook(new Thread(app::close));
    System.out.println("open " + app.origin() + "/ and sign in as one of " + app.settings.users().stream()
        .map(TenantUser::username).toList());
  }

  /**
   * Where the application answers.
   *
   * @return e.g. {@code http://127.0.0.1:8090}
   */
  public String origin() {
    return origin;
  }

  /**
   * The dashboard it embeds.
   *
   * @return the dashboard
   */
  public DemoDashboard dashboard() {
    return demo;
  }

  /**
   * The guest-token service's counters.
   *
   * @return a snapshot
   */
  public GuestTokenStats guestTokenStats() {
    return guestTokens.stats();
  }

  /**
   * The chart-data cache's statistics (the summary's reads).
   *
   * @return a snapshot
   */
  public TieredCacheStats summaryCacheStats() {
    return chartData.stats();
  }

  /**
   * Runs the doctor's checks once (Superset, login and CSRF, database connections, dataset drift,
   * this dashboard's embedding readiness, Redis) and publishes them on {@code /metrics}; the
   * application does this at start-up and every {@link #DOCTOR_INTERVAL}.
   *
   * @return the report
   */
  public DoctorReport runDoctor() {
    DoctorReport report = Doctor.builder(admin)
        .credentials(Credentials.password(settings.username(), settings.password()))
        .embedding(demo.dashboard())
        .redis(settings.redisUrl())
        .build()
        .run();
    opsMetrics.record(report);
    report.withStatus(CheckStatus.FAIL).forEach(c -> log.warn("doctor: {} fails: {}", c.name(), c.finding()));
    return report;
  }

  @Override
  public void close() {
    server.stop(0);
    doctorRuns.shutdownNow();
    executor.shutdownNow();
    try {
      viewers.values().forEach(v -> v.client().close());
      chartData.close();
      demo.close();
    } finally {
      admin.close();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Routes
  // ---------------------------------------------------------------------------------------------

  private void route(HttpExchange ex) throws IOException {
    try (ex) {
      String path = ex.getRequestURI().getPath();
      String method = ex.getRequestMethod();
      switch (method + " " + path) {
        case "GET /" -> index(ex);
        case "GET /login" -> send(ex, 200, "text/html; charset=utf-8", loginPage());
        case "POST /login" -> login(ex);
        case "POST /logout" -> logout(ex);
        case "POST /guest-token" -> guestToken(ex);
        case "GET /api/summary" -> summary(ex);
        case "GET /embedded-sdk.js" -> send(ex, 200, "text/javascript; charset=utf-8",
            Files.readAllBytes(settings.embeddedSdkJs()));
        case "GET /metrics" -> send(ex, 200, "text/plain; version=0.0.4; charset=utf-8",
            registry.scrape().getBytes(StandardCharsets.UTF_8));
        case "GET /favicon.ico" -> send(ex, 204, "image/x-icon", new byte[0]);
        default -> send(ex, 404, "text/plain; charset=utf-8", "not found\n");
      }
    } catch (RuntimeException e) {
      log.warn("{} {} failed: {}", ex.getRequestMethod(), ex.getRequestURI().getPath(), e.toString());
      send(ex, 500, "text/plain; charset=utf-8", "internal error\n");
    }
  }

  private void index(HttpExchange ex) throws IOException {
    Optional<TenantUser> user = currentUser(ex);
    if (user.isEmpty()) {
      redirect(ex, "/login");
      return;
    }
    String config = "{\"supersetDomain\":" + json(settings.supersetUrl().replaceAll("/+$", ""))
        + ",\"embeddedId\":" + json(demo.embedded().uuid().toString()) + "}";
    String html = page
        .replace("{{tenant}}", html(user.get().tenant().name()))
        .replace("{{user}}", html(user.get().username()))
        .replace("{{config}}", config.replace("<", "\\u003c"));
    send(ex, 200, "text/html; charset=utf-8", html);
  }

  private String loginPage() {
    StringBuilder options = new StringBuilder();
    for (TenantUser u : settings.users()) {
      options.append("<option value=\"").append(html(u.username())).append("\">").append(html(u.username()))
          .append(" (").append(html(u.tenant().name())).append(")</option>");
    }
    return "<!doctype html><html><head><meta charset=\"utf-8\"><title>Sign in</title></head><body>"
        + "<h1>Sign in</h1><form method=\"post\" action=\"/login\"><select name=\"user\">" + options
        + "</select> <button type=\"submit\">Sign in</button></form></body></html>";
  }

  private void login(HttpExchange ex) throws IOException {
    String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String username = form(body).getOrDefault("user", "");
    Optional<TenantUser> user = settings.users().stream().filter(u -> u.username().equals(username)).findFirst();
    if (user.isEmpty()) {
      send(ex, 403, "text/plain; charset=utf-8", "unknown user\n");
      return;
    }
    byte[] id = new byte[32];
    random.nextBytes(id);
    String sid = Base64.getUrlEncoder().withoutPadding().encodeToString(id);
    sessions.put(sid, user.get());
    ex.getResponseHeaders().add("Set-Cookie", SESSION_COOKIE + "=" + sid + "; Path=/; HttpOnly; SameSite=Lax");
    redirect(ex, "/");
  }

  private void logout(HttpExchange ex) throws IOException {
    cookie(ex).ifPresent(sessions::remove);
    ex.getResponseHeaders().add("Set-Cookie", SESSION_COOKIE + "=; Path=/; Max-Age=0");
    redirect(ex, "/login");
  }

  private void guestToken(HttpExchange ex) throws IOException {
    // A cross-site page must not obtain tokens with the user's cookie (SameSite=Lax already blocks
    // its POSTs; checking Origin covers older browsers).
    String requestOrigin = ex.getRequestHeaders().getFirst("Origin");
    if (requestOrigin != null && !requestOrigin.equals(origin)) {
      send(ex, 403, "text/plain; charset=utf-8", "cross-origin request refused\n");
      return;
    }
    Optional<TenantUser> user = currentUser(ex);
    if (user.isEmpty()) {
      send(ex, 401, "text/plain; charset=utf-8", "sign in first\n");
      return;
    }
    Tenant tenant = user.get().tenant();
    String outcome = "error";
    try {
      GuestToken token = guestTokens.token(GuestTokenRequest.builder()
          .resource(GuestResource.dashboard(demo.embedded()))
          .user(new GuestUser(user.get().username(), user.get().username(), tenant.name()))
          // The tenant comes from the session, never from the request; the value is quoted anyway.
          .rls(RlsClause.equalTo("tenant_id", tenant.id()))
          .build());
      outcome = "success";
      send(ex, 200, "application/json", "{\"token\":" + json(token.value()) + ",\"expiresAt\":"
          + json(String.valueOf(token.expiresAt())) + "}");
    } finally {
      Counter.builder("embedded.guest.token.requests")
          .description("calls of POST /guest-token, by tenant and outcome")
          .tag("tenant", Long.toString(tenant.id()))
          .tag("outcome", outcome)
          .register(registry)
          .increment();
    }
  }

  private void summary(HttpExchange ex) throws IOException {
    Optional<TenantUser> user = currentUser(ex);
    if (user.isEmpty()) {
      send(ex, 401, "text/plain; charset=utf-8", "sign in first\n");
      return;
    }
    Tenant tenant = user.get().tenant();
    // The tenant comes from the session, never from the request.
    Viewer viewer = viewers.computeIfAbsent(tenant.id(), id -> summaryViewer(tenant)).viewer();
    Number orders = bigNumber(viewer, demo.ordersChart(), "orders");
    Number revenue = bigNumber(viewer, demo.revenueChart(), "net_revenue");
    send(ex, 200, "application/json", "{\"tenant\":" + tenant.id() + ",\"orders\":" + orders
        + ",\"netRevenue\":" + revenue + "}");
  }

  private Number bigNumber(Viewer viewer, ChartId chart, String metric) {
    long start = System.nanoTime();
    CacheLookup<ChartDataResponse> lookup;
    try {
      lookup = chartData.lookup(viewer, chartData.savedRequest(chart, demo.dashboard()));
    } catch (RuntimeException e) {
      opsMetrics.recordChartData(demo.dashboard(), chart, Duration.ofNanos(System.nanoTime() - start), null, false);
      throw e;
    }
    if (lookup.source() == CacheSource.LOADER) {
      // A chart-data request reached Superset: that is what the chart-data latency alert watches.
      opsMetrics.recordChartData(demo.dashboard(), chart, Duration.ofNanos(System.nanoTime() - start), false, true);
    }
    ChartDataResult result = lookup.value().first();
    if (result.data().isEmpty() || !(result.data().get(0).get(metric) instanceof Number n)) {
      // A tenant without rows: COUNT is 0 and SUM is null.
      return 0;
    }
    return n;
  }

  /**
   * The tenant's guest viewer: a guest client with the RLS clause of the page's tokens ({@code
   * tenant_id = <tenant>}), named after the tenant rather than the user, so all users of a tenant
   * share its cache entries. The client asks the token service again when Superset rejects an
   * expired token; the service re-mints shortly before expiry.
   */
  private SummaryViewer summaryViewer(Tenant tenant) {
    GuestTokenRequest request = GuestTokenRequest.builder()
        .resource(GuestResource.dashboard(demo.embedded()))
        .user(GuestUser.of("tenant-" + tenant.id() + "-summary"))
        .rls(RlsClause.equalTo("tenant_id", tenant.id()))
        .build();
    SupersetClient guest = SupersetClient.builder()
        .baseUrl(settings.supersetUrl())
        .credentialsProvider(() -> Credentials.guestToken(summaryTokens.token(request)))
        .build();
    return new SummaryViewer(Viewer.guest(guest, request), guest);
  }

  /** A tenant's viewer and the guest client it owns (closed with the application). */
  private record SummaryViewer(Viewer viewer, SupersetClient client) {}

  /**
   * The chart-data cache's meters ({@link TieredCacheMetrics}: reads per tier and result, loads,
   * Redis errors, L1 size, ...), read from the cache when the registry is scraped, plus the
   * chart-data requests it sent to Superset.
   */
  private void bindCacheMetrics() {
    TieredCacheMetrics.of(chartData, "chart-data").bindTo(registry);
    FunctionCounter.builder("embedded.summary.superset.requests", chartData, ChartDataCache::supersetRequestCount)
        .description("chart-data requests the summary's cache sent to Superset").register(registry);
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers
  // ---------------------------------------------------------------------------------------------

  private Optional<TenantUser> currentUser(HttpExchange ex) {
    return cookie(ex).map(sessions::get);
  }

  private static Optional<String> cookie(HttpExchange ex) {
    List<String> headers = ex.getRequestHeaders().getOrDefault("Cookie", List.of());
    for (String header : headers) {
      for (String part : header.split(";")) {
        String p = part.trim();
        if (p.startsWith(SESSION_COOKIE + "=")) {
          return Optional.of(p.substring(SESSION_COOKIE.length() + 1));
        }
      }
    }
    return Optional.empty();
  }

  private static Map<String, String> form(String body) {
    Map<String, String> out = new ConcurrentHashMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  private static void redirect(HttpExchange ex, String location) throws IOException {
    ex.getResponseHeaders().add("Location", location);
    ex.sendResponseHeaders(303, -1);
  }

  private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
    send(ex, status, type, body.getBytes(StandardCharsets.UTF_8));
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
    ex.getResponseHeaders().add("Content-Type", type);
    ex.getResponseHeaders().add("Cache-Control", "no-store");
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      ex.getResponseBody().write(body);
    }
  }

  private static String json(@Nullable String s) {
    if (s == null) {
      return "null";
    }
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  private static String html(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static String resource(String name) {
    try (InputStream in = EmbeddedAnalyticsApp.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
