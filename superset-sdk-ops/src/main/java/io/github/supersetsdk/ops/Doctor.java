package io.github.supersetsdk.ops;

import io.github.supersetsdk.cache.TieredCache;
import io.github.supersetsdk.cache.TieredCacheStats;
import io.github.supersetsdk.client.Credentials;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.internal.ClientSettings;
import io.github.supersetsdk.client.exception.AuthenticationException;
import io.github.supersetsdk.client.exception.NotFoundException;
import io.github.supersetsdk.client.exception.PermissionDeniedException;
import io.github.supersetsdk.client.exception.SupersetApiException;
import io.github.supersetsdk.client.exception.SupersetException;
import io.github.supersetsdk.client.id.DashboardId;
import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.model.Chart;
import io.github.supersetsdk.client.model.DashboardChart;
import io.github.supersetsdk.client.model.DashboardDetail;
import io.github.supersetsdk.client.model.Database;
import io.github.supersetsdk.client.model.EmbeddedDashboard;
import io.github.supersetsdk.client.model.GuestToken;
import io.github.supersetsdk.client.model.GuestUser;
import io.github.supersetsdk.client.request.GuestResource;
import io.github.supersetsdk.client.request.GuestTokenRequest;
import io.github.supersetsdk.client.request.ListQuery;
import io.github.supersetsdk.client.request.TestDatabaseConnectionRequest;
import io.github.supersetsdk.ops.internal.DatasetDrift;
import io.github.supersetsdk.ops.internal.SchemaAccess;
import io.github.supersetsdk.ops.internal.RedisPing;
import io.github.supersetsdk.ops.internal.SupersetProbe;
import io.github.supersetsdk.sync.DatasetPlan;
import io.github.supersetsdk.sync.DbtArtifacts;
import io.github.supersetsdk.sync.DbtSync;
import io.github.supersetsdk.sync.SyncAction;
import io.github.supersetsdk.sync.SyncPlan;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Checks a Superset + dbt deployment in one pass and returns a {@link DoctorReport}: Superset
 * reachable and its version; login, token refresh and CSRF; the access token's lifetime; every
 * database connection (Superset's own connection test); datasets whose table or columns no longer
 * exist in the warehouse, virtual datasets whose SQL no longer returns their columns, with the charts
 * and dashboards that use them; and, when configured,
 * datasets out of date with a dbt manifest, a dashboard's embedding readiness, Redis and the SDK
 * cache's hit rate.
 *
 * <p>The doctor only reads: it changes nothing in Superset. (Superset's connection test, the CSRF
 * probe's SQL formatting and the embedding check's guest token are requests that store nothing.)
 * A check that cannot run is reported as failed with the reason; {@link #run()} does not throw
 * for a broken deployment.
 *
 * {@snippet :
 * DoctorReport report = Doctor.builder(client)
 *     .credentials(Credentials.password("admin", password))
 *     .dbt(DbtArtifacts.fromTargetDir(Path.of("target")), "warehouse")
 *     .build()
 *     .run();
 * report.withStatus(CheckStatus.FAIL).forEach(c -> System.out.println(c.name() + ": " + c.finding()));
 * }
 *
 * <p>Immutable and thread-safe; {@link #run()} may be called again for a fresh report.
 */
public final class Doctor {

  /** The token lifetime below which the doctor warns: clients then refresh all the time. */
  static final Duration SHORT_TOKEN = Duration.ofMinutes(1);
  /** The token lifetime above which the doctor warns: a leaked token stays valid for long. */
  static final Duration LONG_TOKEN = Duration.ofDays(1);
  /** The cache hit rate below which the doctor warns, as the production guide recommends. */
  static final double MIN_HIT_RATE = 0.70;

  private final SupersetClient client;
  private final @Nullable Credentials credentials;
  private final @Nullable DbtArtifacts artifacts;
  private final @Nullable String syncDatabase;
  // Dashboards to check for embedding, by id (digits), UUID or slug: looked up inside the check,
  // so that a dashboard the user may not read fails that check alone.
  private final List<String> dashboards;
  private final @Nullable String redisUri;
  private final Map<String, TieredCache<?, ?>> caches;
  private final int parallelism;
  private final boolean virtualDatasets;
  private final Duration timeout;

  private Doctor(Builder b) {
    this.client = b.client;
    this.credentials = b.credentials;
    this.artifacts = b.artifacts;
    this.syncDatabase = b.syncDatabase;
    this.dashboards = List.copyOf(b.dashboards);
    this.redisUri = b.redisUri;
    this.caches = Map.copyOf(b.caches);
    this.parallelism = b.parallelism;
    this.virtualDatasets = b.virtualDatasets;
    this.timeout = b.timeout;
  }

  /**
   * Starts a doctor for the deployment the client talks to.
   *
   * @param client a logged-in client; the doctor reads through it
   * @return a new builder
   * @throws NullPointerException if {@code client} is null
   */
  public static Builder builder(SupersetClient client) {
    return new Builder(Objects.requireNonNull(client, "client"));
  }

  /**
   * Runs every configured check.
   *
   * @return the report; a check that could not run is a failed result, not an exception
   */
  public DoctorReport run() {
    List<CheckResult> results = new ArrayList<>();
    CheckResult reachable = reachable();
    results.add(reachable);
    if (reachable.status() == CheckStatus.FAIL) {
      // Nothing else of Superset's can answer; say so once instead of failing every check the same way.
      return new DoctorReport(withLocalChecks(results));
    }
    List<CheckResult> auth = auth();
    results.addAll(auth);
    if (auth.stream().anyMatch(c -> c.name().equals("auth.login") && c.status() == CheckStatus.FAIL)) {
      // Each later check would log in again with the same credentials: one failed login is enough
      // (more could lock the account where the login is an LDAP or SSO one).
      results.add(CheckResult.fail("superset.checks", "not run: they need the login that failed above",
          "fix the login and run the doctor again"));
      return new DoctorReport(withLocalChecks(results));
    }
    results.addAll(guarded("databases", this::databases));
    results.addAll(guarded("datasets", () -> DatasetDrift.check(client, parallelism, virtualDatasets)));
    results.addAll(guarded("schemas", () -> SchemaAccess.check(client)));
    if (artifacts != null) {
      results.addAll(guarded("dbt.sync", () -> List.of(sync(artifacts))));
    }
    for (String d : dashboards) {
      results.addAll(guarded("embedding[" + d + "]", () -> List.of(embedding(d))));
    }
    return new DoctorReport(withLocalChecks(results));
  }

  // The checks that need no Superset: Redis and the caches in this process.
  private List<CheckResult> withLocalChecks(List<CheckResult> results) {
    if (redisUri != null) {
      results.add(redis(redisUri));
    }
    for (Map.Entry<String, TieredCache<?, ?>> e : new java.util.TreeMap<>(caches).entrySet()) {
      results.add(cache(e.getKey(), e.getValue().stats()));
    }
    return results;
  }

  private static List<CheckResult> guarded(String name, Supplier<List<CheckResult>> check) {
    try {
      return check.get();
    } catch (RuntimeException e) {
      // A diagnostic reports what stopped a check instead of stopping the others.
      String why = e instanceof SupersetException ? e.getMessage() : e.getClass().getSimpleName() + ": " + e.getMessage();
      return List.of(CheckResult.fail(name, "the check could not run: " + oneLine(why),
          "fix the error above and run the doctor again"));
    }
  }

  private CheckResult reachable() {
    String name = "superset.reachable";
    try {
      SupersetProbe.Health h = new SupersetProbe(client.baseUrl(), timeout, ClientSettings.of(client)).health();
      if (h.status() != 200) {
        return unhealthy(client.baseUrl().toString(), h.status());
      }
      String version = h.version() == null ? "version not shown on the login page" : "version " + h.version();
      return CheckResult.ok(name, client.baseUrl() + " answers /health in " + h.millis() + " ms, " + version);
    } catch (IOException e) {
      return unreachable(client.baseUrl().toString(), e);
    }
  }

  static CheckResult unhealthy(String baseUrl, int status) {
    if (status == 404) {
      // Superset serves /health at its root whatever its state: the URL points elsewhere.
      return CheckResult.fail("superset.reachable", baseUrl + "/health answered 404: the URL is not Superset's root",
          "give Superset's base address without a page path (SUPERSET_URL), e.g. https://superset.example.com");
    }
    return CheckResult.fail("superset.reachable", baseUrl + "/health answered " + status,
        "read Superset's log; a non-200 health answer means its metadata database or cache is down");
  }

  static CheckResult unreachable(String baseUrl, IOException e) {
    String name = "superset.reachable";
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof javax.net.ssl.SSLHandshakeException || String.valueOf(t.getMessage()).contains("PKIX")) {
        return CheckResult.fail(name, baseUrl + " answers with a TLS certificate this JVM does not trust",
            "trust its certificate authority: for bin/superset-sdk, JAVA_OPTS=\"-Djavax.net.ssl.trustStore=FILE"
                + " -Djavax.net.ssl.trustStorePassword=...\"; in code, SupersetClient.builder().sslContext(...)");
      }
      if (t instanceof java.net.UnknownHostException || t instanceof java.nio.channels.UnresolvedAddressException) {
        return CheckResult.fail(name, "unknown host in " + baseUrl, "fix the URL (SUPERSET_URL)");
      }
      // HttpClient wraps an unresolvable host in a ConnectException: look below it before calling it refused.
      if (t instanceof java.net.ConnectException && !unresolved(t)) {
        return CheckResult.fail(name, "nothing answers at " + baseUrl + " (connection refused)",
            "start Superset or fix the URL (SUPERSET_URL): its host and port");
      }
      if (t instanceof java.net.http.HttpTimeoutException) {
        return CheckResult.fail(name, "no answer from " + baseUrl + " in time (" + oneLine(t.getMessage()) + ")",
            "check that Superset runs and that no firewall or proxy between here and it drops the connection");
      }
    }
    return CheckResult.fail(name, "no answer from " + baseUrl + ": "
            + oneLine(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()),
        "start Superset or fix the URL (SUPERSET_URL); check firewalls and proxies between here and it");
  }

  private static boolean unresolved(Throwable e) {
    int depth = 0;
    for (Throwable t = e; t != null && depth++ < 8; t = t.getCause()) {
      if (t instanceof java.net.UnknownHostException || t instanceof java.nio.channels.UnresolvedAddressException) {
        return true;
      }
    }
    return false;
  }

  private List<CheckResult> auth() {
    List<CheckResult> out = new ArrayList<>();
    if (!(credentials instanceof Credentials.Password password)) {
      // Without a password the doctor can only see that the client's own credentials work.
      out.add(guarded("auth.login", () -> {
        String user = client.currentUser().get().username();
        return List.of(CheckResult.ok("auth.login", "the client is logged in as " + user
            + "; refresh, CSRF and token lifetime need password credentials"));
      }).get(0));
      return out;
    }
    try {
      SupersetProbe.Auth a = new SupersetProbe(client.baseUrl(), timeout, ClientSettings.of(client))
          .authenticate(password.username(), password.password(), password.provider().value());
      out.add(step("auth.login", a.login(), "check the user and password (SUPERSET_USERNAME, SUPERSET_PASSWORD) and AUTH_TYPE"));
      if (a.refresh() != null) {
        out.add(step("auth.refresh", a.refresh(),
            "Superset must issue refresh tokens (login with refresh=true) and accept them at /api/v1/security/refresh"));
      }
      if (a.csrf() != null) {
        out.add(step("auth.csrf", a.csrf(),
            "with WTF_CSRF_ENABLED the token from /api/v1/security/csrf_token/ must be accepted with its session"
                + " cookie; check WTF_CSRF_* settings and proxies that drop cookies"));
      }
      if (a.login().ok()) {
        out.add(tokenLifetime(a.accessTokenLifetime()));
      }
    } catch (IOException e) {
      out.add(CheckResult.fail("auth.login", "login round trip failed: " + oneLine(String.valueOf(e.getMessage())),
          "check that Superset answers on " + client.baseUrl()));
    }
    return out;
  }

  private static CheckResult step(String name, SupersetProbe.Step step, String hint) {
    return step.ok() ? CheckResult.ok(name, step.detail())
        : CheckResult.fail(name, step.detail(), step.hint() != null ? step.hint() : hint);
  }

  static CheckResult tokenLifetime(@Nullable Duration lifetime) {
    String name = "auth.token_lifetime";
    if (lifetime == null) {
      return CheckResult.warn(name, "the access token carries no exp/iat claims", "check JWT_ACCESS_TOKEN_EXPIRES");
    }
    String human = human(lifetime);
    if (lifetime.compareTo(SHORT_TOKEN) < 0) {
      return CheckResult.warn(name, "access tokens live " + human + ": every client refreshes its token that often",
          "raise JWT_ACCESS_TOKEN_EXPIRES to 5-15 minutes unless short tokens are wanted (e.g. for tests)");
    }
    if (lifetime.compareTo(LONG_TOKEN) > 0) {
      return CheckResult.warn(name, "access tokens live " + human + ": a leaked token stays valid that long",
          "lower JWT_ACCESS_TOKEN_EXPIRES to 15 minutes; the SDK refreshes tokens itself");
    }
    return CheckResult.ok(name, "access tokens live " + human);
  }

  private List<CheckResult> databases() {
    List<CheckResult> out = new ArrayList<>();
    for (Database listed : client.databases().list(ListQuery.all())) {
      String name = "database[" + listed.databaseName() + "]";
      try {
        Database db = client.databases().getConnection(listed.id());
        String uri = db.sqlalchemyUri();
        if (uri == null || uri.isBlank()) {
          // One connection Superset answers oddly for must not cost the others their results.
          out.add(CheckResult.warn(name, "Superset returned no SQLAlchemy URI for the connection (id "
              + db.id().value() + "), so it was not tested", "open the connection in Superset (Settings >"
              + " Database Connections) and save it with its URI"));
          continue;
        }
        long start = System.nanoTime();
        // The URI arrives with its password masked; with the connection's name, Superset tests it
        // with the stored password.
        client.databases().testConnection(
            TestDatabaseConnectionRequest.builder(uri).databaseName(db.databaseName()).build());
        long millis = (System.nanoTime() - start) / 1_000_000;
        out.add(CheckResult.ok(name, "Superset's connection test passed in " + millis + " ms ("
            + (db.backend() == null ? "?" : db.backend()) + ", id " + db.id().value() + ")"));
      } catch (NotFoundException gone) {
        // Deleted while the doctor ran: nothing to check.
      } catch (PermissionDeniedException e) {
        // Reading a connection's settings and testing it both take can_write on Database; the
        // connection itself may be fine.
        out.add(CheckResult.fail(name, "the check could not run: the doctor's user may not read or test the"
            + " connection (" + e.method() + " " + e.path() + " answered 403); the connection itself was not tested",
            "run the doctor as a user whose role has can_write on Database, or leave this check to one"));
      } catch (SupersetApiException e) {
        out.add(CheckResult.fail(name, "Superset's connection test failed (" + e.statusCode()
            + (e.errorType() == null ? "" : ", " + e.errorType()) + "): "
            + oneLine(Database.redact(e.serverMessage() == null ? e.getMessage() : e.serverMessage())),
            "fix the connection's credentials, host or network access in Superset (Settings > Database"
                + " Connections), then run the doctor again"));
      } catch (SupersetException e) {
        out.add(CheckResult.fail(name, "could not test the connection: " + oneLine(Database.redact(e.getMessage())),
            "check that Superset can reach its database driver and host"));
      }
    }
    if (out.isEmpty()) {
      out.add(CheckResult.warn("databases", "Superset has no database connections", "add one (superset-sdk dbt sync creates it)"));
    }
    return out;
  }

  private CheckResult sync(DbtArtifacts artifacts) {
    String name = "dbt.sync";
    DbtSync.Builder b = DbtSync.builder(client);
    String db = Objects.requireNonNull(syncDatabase);
    if (!db.isEmpty() && db.chars().allMatch(Character::isDigit)) {
      b.database(DatabaseId.of(Long.parseLong(db)));
    } else {
      b.database(db);
    }
    SyncPlan plan;
    try (DbtSync sync = b.build()) {
      plan = sync.plan(artifacts);
    }
    List<String> stale = new ArrayList<>();
    for (DatasetPlan p : plan.datasets()) {
      if (p.action() == SyncAction.CREATE) {
        stale.add(p.relation() + " (missing)");
      } else if (p.action() == SyncAction.UPDATE) {
        stale.add(p.relation() + " (" + p.changes().size() + " change" + (p.changes().size() == 1 ? "" : "s") + ": "
            + p.changes().stream().map(c -> c.field()).distinct().limit(4).collect(Collectors.joining(", ")) + ")");
      }
    }
    long skipped = plan.count(SyncAction.SKIPPED);
    if (stale.isEmpty()) {
      return CheckResult.ok(name, plan.datasets().size() + " dbt models match their datasets in " + plan.databaseName()
          + (skipped == 0 ? "" : " (" + skipped + " skipped)"));
    }
    return CheckResult.warn(name, stale.size() + " of " + plan.datasets().size() + " datasets in " + plan.databaseName()
        + " are out of date with the manifest: " + String.join("; ", stale.subList(0, Math.min(stale.size(), 8)))
        + (stale.size() > 8 ? "; ..." : ""),
        "run superset-sdk dbt plan to see the diff and superset-sdk dbt sync to apply it");
  }

  private CheckResult embedding(String reference) {
    DashboardDetail dashboard = client.dashboards().findByIdUuidOrSlug(reference).orElse(null);
    if (dashboard == null) {
      return CheckResult.fail("embedding[" + reference + "]", "no dashboard with id, UUID or slug '" + reference
          + "' that the doctor's user can see (Superset hides a dashboard from a user who may read neither it"
          + " nor any of its datasets)", "check the reference, or run the doctor as a user who can see the dashboard");
    }
    DashboardId id = dashboard.id();
    String title = dashboard.dashboardTitle() == null ? "#" + id.value() : dashboard.dashboardTitle();
    String name = "embedding[" + title + "]";
    EmbeddedDashboard embedded;
    try {
      embedded = client.dashboards().getEmbedding(id);
    } catch (NotFoundException e) {
      return CheckResult.fail(name, "dashboard '" + title + "' (#" + id.value() + ") is not embedded (or the"
          + " EMBEDDED_SUPERSET feature flag is off)",
          "enable the EMBEDDED_SUPERSET feature flag and embed the dashboard with its allowed domains"
              + " (in Superset: the dashboard's ... menu > Embed dashboard; or superset-sdk dashboard embed ID"
              + " --allowed-domain ORIGIN)");
    }
    GuestToken token;
    try {
      token = client.security().createGuestToken(
          // Superset 6.1 answers 500 to a guest-token request without a user.
          GuestTokenRequest.builder().resource(GuestResource.dashboard(embedded))
              .user(GuestUser.of("superset-sdk-doctor")).build());
    } catch (PermissionDeniedException e) {
      return CheckResult.fail(name, "the doctor's user may not mint guest tokens (403)",
          "grant the backend's user the can_grant_guest_token permission on SecurityRestApi");
    }
    List<DashboardChart> charts = client.dashboards().charts(id);
    String loaded = "no chart to load";
    if (!charts.isEmpty()) {
      Chart first = client.charts().get(charts.get(0).id());
      boolean savedContext = first.queryContext() != null && !first.queryContext().isBlank();
      try (SupersetClient guest = client.newBuilder().credentials(Credentials.guestToken(token)).build()) {
        // A chart saved without a query context is loaded from its form data, as the dashboard page does.
        long rows = (savedContext ? guest.charts().data(first, id) : guest.charts().data(first.id(), id))
            .result().stream().mapToLong(r -> r.rowcount()).sum();
        loaded = "a guest token loads chart '" + first.sliceName() + "' (" + rows + " rows)";
      } catch (IllegalArgumentException e) {
        return CheckResult.warn(name, "embedded as " + embedded.uuid() + "; chart '" + first.sliceName() + "' has no"
            + " saved query context and its form data is not one the SDK builds a query from, so the guest load"
            + " was not tried", "open the chart in Superset's Explore and save it, which stores its query context");
      } catch (AuthenticationException e) {
        return CheckResult.fail(name, "Superset refused the guest token (401): its audience or signing secret"
            + " does not match", "set GUEST_TOKEN_JWT_AUDIENCE (and GUEST_TOKEN_JWT_SECRET) to what the token"
            + " minter and the embedding page expect");
      } catch (PermissionDeniedException | NotFoundException e) {
        return CheckResult.fail(name, "the guest role may not load chart '" + first.sliceName() + "' ("
            + e.statusCode() + "): " + oneLine(e.serverMessage() == null ? e.getMessage() : e.serverMessage()),
            "give GUEST_ROLE_NAME's role datasource access to the dashboard's datasets");
      }
    }
    if (embedded.allowedDomains().isEmpty()) {
      return CheckResult.warn(name, "embedded as " + embedded.uuid() + " with no allowed domains (any site may"
          + " frame it); " + loaded, "list the sites that embed it under Allowed Domains (in Superset: the"
              + " dashboard's ... menu > Embed dashboard), or with superset-sdk dashboard embed ID --allowed-domain"
              + " ORIGIN (repeatable)");
    }
    return CheckResult.ok(name, "embedded as " + embedded.uuid() + " for " + String.join(", ", embedded.allowedDomains())
        + "; " + loaded);
  }

  private CheckResult redis(String uri) {
    String name = "redis";
    try {
      RedisPing.Result r = RedisPing.ping(uri, timeout);
      return CheckResult.ok(name, "Redis " + (r.version() == null ? "" : r.version() + " ") + "answers PING in "
          + r.millis() + " ms");
    } catch (IOException | IllegalArgumentException e) {
      return CheckResult.fail(name, "Redis at " + Database.redact(uri) + " does not answer: "
          + oneLine(String.valueOf(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())),
          "start Redis or fix REDIS_URL; the SDK cache then runs on its in-process tier only");
    }
  }

  static CheckResult cache(String cacheName, TieredCacheStats stats) {
    String name = "cache[" + cacheName + "]";
    long requests = stats.l1().hitCount() + stats.l1().missCount();
    long hits = stats.l1().hitCount() + stats.l2().hitCount();
    if (requests == 0) {
      return CheckResult.ok(name, "no reads yet");
    }
    double rate = (double) hits / requests;
    String finding = String.format(Locale.ROOT, "hit rate %.1f%% over %d reads (L1 %.1f%%, L2 %.1f%%), %d Redis errors",
        rate * 100, requests, stats.l1().hitRate() * 100, stats.l2().hitRate() * 100, stats.l2().errorCount());
    if (stats.l2().errorCount() > 0 && stats.l2().errorCount() * 100 > requests) {
      return CheckResult.warn(name, finding, "Redis calls fail: check Redis and the cache's circuit breaker");
    }
    if (rate < MIN_HIT_RATE) {
      return CheckResult.warn(name, finding, "below 70%: warm the cache after dbt runs, lengthen its TTLs or raise"
          + " its maximum size");
    }
    return CheckResult.ok(name, finding);
  }

  static String human(Duration d) {
    long s = d.getSeconds();
    if (s < 120) {
      return s + " s";
    }
    if (s < 7200) {
      return s / 60 + " min";
    }
    return s / 3600 + " h";
  }

  static String oneLine(@Nullable String s) {
    if (s == null) {
      return "";
    }
    String t = s.replaceAll("\\s+", " ").trim();
    return t.length() > 300 ? t.substring(0, 300) + "..." : t;
  }

  /** Builds a {@link Doctor}. Not thread-safe. */
  public static final class Builder {
    private final SupersetClient client;
    private @Nullable Credentials credentials;
    private @Nullable DbtArtifacts artifacts;
    private @Nullable String syncDatabase;
    private final List<String> dashboards = new ArrayList<>();
    private @Nullable String redisUri;
    private final Map<String, TieredCache<?, ?>> caches = new LinkedHashMap<>();
    private int parallelism = 4;
    private boolean virtualDatasets = true;
    private Duration timeout = Duration.ofSeconds(10);

    private Builder(SupersetClient client) {
      this.client = client;
    }

    /**
     * The client's password credentials, so that the doctor can log in, refresh and fetch a CSRF
     * token itself and read the token's lifetime. Without them it only checks that the client is
     * logged in.
     *
     * @param credentials the credentials
     * @return this builder
     * @throws NullPointerException if {@code credentials} is null
     */
    public Builder credentials(Credentials credentials) {
      this.credentials = Objects.requireNonNull(credentials, "credentials");
      return this;
    }

    /**
     * Checks that the datasets synced from dbt are up to date with these artifacts, by making the
     * sync's plan (read-only).
     *
     * @param artifacts the dbt artifacts
     * @param database the Superset database connection the sync targets: its name, or its id in digits
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder dbt(DbtArtifacts artifacts, String database) {
      this.artifacts = Objects.requireNonNull(artifacts, "artifacts");
      this.syncDatabase = Objects.requireNonNull(database, "database");
      return this;
    }

    /**
     * Checks that a dashboard is ready to embed: it is embedded, the user may mint guest tokens and
     * a guest token loads its first chart. May be called more than once.
     *
     * @param dashboard the dashboard
     * @return this builder
     * @throws NullPointerException if {@code dashboard} is null
     */
    public Builder embedding(DashboardId dashboard) {
      dashboards.add(Long.toString(Objects.requireNonNull(dashboard, "dashboard").value()));
      return this;
    }

    /**
     * Checks that a dashboard is ready to embed, as {@link #embedding(DashboardId)}, naming it as a
     * person does: the check looks it up, so that one the user may not read fails this check
     * alone, with Superset's answer, and the other checks still run. May be called more than once.
     *
     * @param idUuidOrSlug the dashboard's id (digits), UUID or slug
     * @return this builder
     * @throws NullPointerException if {@code idUuidOrSlug} is null
     * @throws IllegalArgumentException if {@code idUuidOrSlug} is blank or contains a slash
     */
    public Builder embedding(String idUuidOrSlug) {
      Objects.requireNonNull(idUuidOrSlug, "idUuidOrSlug");
      if (idUuidOrSlug.isBlank() || idUuidOrSlug.contains("/")) {
        throw new IllegalArgumentException("not a dashboard id, UUID or slug: '" + idUuidOrSlug + "'");
      }
      dashboards.add(idUuidOrSlug);
      return this;
    }

    /**
     * Checks that Redis answers.
     *
     * @param uri {@code redis://[:password@]host[:port][/db]} or {@code rediss://...}
     * @return this builder
     * @throws NullPointerException if {@code uri} is null
     */
    public Builder redis(String uri) {
      this.redisUri = Objects.requireNonNull(uri, "uri");
      return this;
    }

    /**
     * Checks an SDK cache's hit rate (warns below 70%) and Redis errors. May be called for several
     * caches.
     *
     * @param name the name the report shows
     * @param cache the cache
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder cache(String name, TieredCache<?, ?> cache) {
      caches.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(cache, "cache"));
      return this;
    }

    /**
     * How many datasets are compared with the warehouse at once. Default 4.
     *
     * @param parallelism 1 or more
     * @return this builder
     * @throws IllegalArgumentException if {@code parallelism} is below 1
     */
    public Builder parallelism(int parallelism) {
      if (parallelism < 1) {
        throw new IllegalArgumentException("parallelism < 1: " + parallelism);
      }
      this.parallelism = parallelism;
      return this;
    }

    /**
     * Whether the datasets check also runs each virtual (SQL) dataset's query, one row, to see
     * that its columns still come out of it. Default true; turn it off where hundreds of virtual
     * datasets would each cost a warehouse query on every run.
     *
     * @param check false to compare physical datasets only
     * @return this builder
     */
    public Builder virtualDatasets(boolean check) {
      this.virtualDatasets = check;
      return this;
    }

    /**
     * The timeout of the doctor's own probes (health, login round trip, Redis). Default 10 s.
     *
     * @param timeout a positive duration
     * @return this builder
     * @throws NullPointerException if {@code timeout} is null
     * @throws IllegalArgumentException if {@code timeout} is not positive
     */
    public Builder timeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout");
      if (timeout.isZero() || timeout.isNegative()) {
        throw new IllegalArgumentException("timeout must be positive: " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * Builds the doctor.
     *
     * @return the doctor
     */
    public Doctor build() {
      return new Doctor(this);
    }
  }
}
