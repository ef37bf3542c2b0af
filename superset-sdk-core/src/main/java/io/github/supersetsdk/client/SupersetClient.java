package io.github.supersetsdk.client;

import feign.http2client.Http2Client;
import io.github.supersetsdk.client.internal.ClientSettings;
import io.github.supersetsdk.client.internal.QuerySlots;
import io.github.supersetsdk.client.internal.SecurityClients;
import io.github.supersetsdk.client.internal.api.SecurityAuthApi;
import io.github.supersetsdk.client.internal.auth.CsrfManager;
import io.github.supersetsdk.client.internal.auth.TokenManager;
import io.github.supersetsdk.client.internal.transport.FeignApis;
import io.github.supersetsdk.client.internal.transport.HttpClients;
import io.github.supersetsdk.client.internal.transport.Transport;
import io.github.supersetsdk.client.internal.transport.TransportConfig;
import io.github.supersetsdk.client.security.SecurityClient;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import org.jspecify.annotations.Nullable;

/**
 * A client for one Superset server: the entry point of the SDK.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.ClientSnippets region=SupersetClient}
 *
 * <p>Create one client per Superset server and reuse it for the life of the application: it holds
 * the connection pool, the access token (refreshed before it expires), the session cookie and CSRF
 * token, and the bound on requests in flight. Resource accessors such as {@link #datasets()} are
 * cheap and share all of that. Every call authenticates, retries transient failures, and maps errors
 * to {@link io.github.supersetsdk.client.exception.SupersetException}s as configured here.
 *
 * <p>Immutable and thread-safe. {@link #close()} rejects further calls; a closed client throws {@link
 * IllegalStateException}.
 */
public final class SupersetClient implements AutoCloseable {

  private static final String USER_AGENT = "superset-sdk-java/" + version();

  static {
    ClientSettings.install(client -> new ClientSettings(client.settings.defaultHeaders, client.userAgent, client.http.client));
  }

  /** An RFC 9110 token: what a header name, or a product and its version, may be made of. */
  private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";

  private static final Pattern HEADER_NAME = Pattern.compile(TOKEN);

  /** An RFC 9110 product: a token, optionally with "/" and a version token. */
  private static final Pattern PRODUCT = Pattern.compile(TOKEN + "(/" + TOKEN + ")?");

  /** Headers the client sets itself, or java.net.http owns, in lower case. */
  private static final Set<String> RESERVED_HEADERS = Set.of(
      "authorization", "cookie", "x-csrftoken", "referer", "user-agent", "x-request-id", "accept",
      "content-type", "host", "content-length", "connection", "expect", "upgrade", "transfer-encoding");

  private final Builder settings;
  private final SharedHttp http;
  private final String userAgent;
  private final Transport transport;
  private final FeignApis apis;
  private final TokenManager tokens;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final DatabasesClient databases;
  private final DatasetsClient datasets;
  private final ChartsClient charts;
  private final DashboardsClient dashboards;
  private final SecurityClient security;
  private final RawClient raw;
  private final ExploreClient explore;
  private final AssetsClient assets;
  private final SqlLabClient sqlLab;
  private final QueriesClient queries;
  private final SavedQueriesClient savedQueries;
  private final TagsClient tags;
  private final LogsClient logs;
  private final ServerCacheClient cache;
  private final ReportsClient reports;
  private final CurrentUserClient me;
  private final DatasourcesClient datasources;
  private final QueryRuntime queryRuntime;

  private SupersetClient(Builder builder, SharedHttp http) {
    this.settings = builder.copy();
    this.http = http;
    this.userAgent = builder.applicationName == null ? USER_AGENT : USER_AGENT + " " + builder.applicationName;
    URI base = builder.baseUrl;
    TransportConfig config =
        new TransportConfig(
            base,
            builder.connectTimeout,
            builder.readTimeout,
            builder.callTimeout,
            builder.retryPolicy,
            builder.maxRequestsInFlight,
            builder.listeners,
            userAgent,
            builder.defaultHeaders);
    this.transport = new Transport(config, new Http2Client(http.client));
    this.apis = new FeignApis(transport);
    CredentialsProvider provider = Objects.requireNonNull(builder.credentialsProvider);
    this.tokens = new TokenManager(provider, () -> apis.get(SecurityAuthApi.class), Clock.systemUTC());
    transport.bind(tokens, new CsrfManager(() -> apis.get(SecurityAuthApi.class)));
    QuerySlots slots = builder.sharedSlots != null && Objects.equals(builder.sharedSlotsBase, base)
        ? builder.sharedSlots : new QuerySlots(builder.maxQueriesInFlight);
    this.queryRuntime =
        new QueryRuntime(transport, slots, builder.queryPollInitial, builder.queryPollMax,
            builder.callTimeout, builder.asyncChartDataTimeout);
    this.databases = new DatabasesClient(apis);
    this.datasets = new DatasetsClient(apis);
    this.charts = new ChartsClient(apis, queryRuntime, tokens::guest);
    this.dashboards = new DashboardsClient(apis);
    this.security = SecurityClients.create(apis);
    this.raw = new RawClient(transport);
    this.explore = new ExploreClient(apis);
    this.assets = new AssetsClient(apis);
    this.sqlLab = new SqlLabClient(apis, queryRuntime);
    this.queries = new QueriesClient(apis);
    this.savedQueries = new SavedQueriesClient(apis);
    this.tags = new TagsClient(apis);
    this.logs = new LogsClient(apis);
    this.cache = new ServerCacheClient(apis);
    this.reports = new ReportsClient(apis);
    this.me = new CurrentUserClient(apis, tokens::subject, () -> transport.capabilities().version());
    this.datasources = new DatasourcesClient(apis);
  }

  /**
   * Returns a builder for a new client.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder with this client's settings that, unless given its own HTTP client, shares this
   * client's connection pool. Unless given its own {@link Builder#maxQueriesInFlight(int)} or another
   * base URL, the derived client also shares this client's query slots: a backend that derives a
   * guest client per tenant or page view keeps one bound on the queries it sends the warehouse, not
   * one per client. The derived client has its own token, session and bound on HTTP requests.
   * Closing either client leaves the other working.
   *
   * @return a new builder
   */
  public Builder newBuilder() {
    Builder b = settings.copy();
    if (settings.httpClient == null) {
      b.shared = http;
    }
    b.sharedSlots = queryRuntime.slots;
    b.sharedSlotsBase = settings.baseUrl;
    return b;
  }

  /**
   * Database connections: list, create, test, update, delete; schemas and tables.
   *
   * @return the databases client
   */
  public DatabasesClient databases() {
    return databases;
  }

  /**
   * Datasets: list, create, update columns and metrics, refresh from the database, delete.
   *
   * @return the datasets client
   */
  public DatasetsClient datasets() {
    return datasets;
  }

  /**
   * Charts: chart data, list, read, create, update, delete, export and import, favorites, cache
   * warm-up and screenshots.
   *
   * @return the charts client
   */
  public ChartsClient charts() {
    return charts;
  }

  /**
   * Dashboards: list, read, create, update, copy, delete, embedding, export and import, favorites,
   * colors, native filters, filter state, permanent links and screenshots.
   *
   * @return the dashboards client
   */
  public DashboardsClient dashboards() {
    return dashboards;
  }

  /**
   * Security: guest tokens and row-level security rules.
   *
   * @return the security client
   */
  public SecurityClient security() {
    return security;
  }

  /**
   * Annotation layers and their annotations, which time-series charts can overlay.
   *
   * @return the annotation layers client
   */
  public AnnotationLayersClient annotationLayers() {
    return new AnnotationLayersClient(apis);
  }

  /**
   * UI themes: create, update, export and import, and the system default and dark themes.
   *
   * @return the themes client
   */
  public ThemesClient themes() {
    return new ThemesClient(apis);
  }

  /**
   * CSS templates that dashboard editors can apply.
   *
   * @return the CSS templates client
   */
  public CssTemplatesClient cssTemplates() {
    return new CssTemplatesClient(apis);
  }

  /**
   * The escape hatch for any endpoint the SDK does not type yet, with the same authentication, CSRF
   * handling, retries and exceptions as typed calls.
   *
   * @return the raw client
   */
  public RawClient raw() {
    return raw;
  }

  /**
   * Explore: the chart editor's context, its temporary form-data cache and permanent links.
   *
   * @return the explore client
   */
  public ExploreClient explore() {
    return explore;
  }

  /**
   * Export and import of all assets as one bundle.
   *
   * @return the assets client
   */
  public AssetsClient assets() {
    return assets;
  }

  /**
   * SQL Lab: run SQL on a database connection and read the rows, estimate, format, export CSV,
   * permanent links.
   *
   * @return the SQL Lab client
   */
  public SqlLabClient sqlLab() {
    return sqlLab;
  }

  /**
   * The query history: SQL Lab queries with their state; stop a running one.
   *
   * @return the queries client
   */
  public QueriesClient queries() {
    return queries;
  }

  /**
   * Saved queries: list, create, update, delete, export and import.
   *
   * @return the saved queries client
   */
  public SavedQueriesClient savedQueries() {
    return savedQueries;
  }

  /**
   * Tags: create, update, delete, attach to objects, find tagged objects, favourites.
   *
   * @return the tags client
   */
  public TagsClient tags() {
    return tags;
  }

  /**
   * The audit log: API calls and page views with user, time and duration; recent activity.
   *
   * @return the logs client
   */
  public LogsClient logs() {
    return logs;
  }

  /**
   * Superset's own server-side cache: invalidate the cached results of datasets. (Not the SDK's
   * cache module.)
   *
   * @return the cache client
   */
  public ServerCacheClient serverCache() {
    return cache;
  }

  /**
   * Report and alert schedules: create, update, delete, execution logs.
   *
   * @return the reports client
   */
  public ReportsClient reports() {
    return reports;
  }

  /**
   * The user the client is authenticated as: profile, roles, menu, domains.
   *
   * @return the current user client
   */
  public CurrentUserClient currentUser() {
    return me;
  }

  /**
   * Dataset helpers for filters and expressions: column values, expression validation, advanced
   * data types.
   *
   * @return the datasources client
   */
  public DatasourcesClient datasources() {
    return datasources;
  }

  /**
   * What the client detected about its server: version and capabilities. The first call reads what
   * is not known yet (the server's version with one small request, its OpenAPI document with
   * another) and the client keeps both for its lifetime; later calls return at once. The client also
   * reads the document by itself the first time a typed call fails with 404, 405 or "Unknown field",
   * and from then on checks typed calls against it before sending them.
   *
   * <p>Never fails because of detection: what cannot be read is reported as unknown ({@code null}
   * version, {@link ServerInfo.Support#UNKNOWN}) and tried again a minute later if the failure was
   * transient.
   *
   * @return a snapshot of what is known
   * @throws IllegalStateException if the client is closed
   */
  public ServerInfo server() {
    if (closed.get()) {
      throw new IllegalStateException("SupersetClient is closed");
    }
    return new ServerInfo(transport.capabilities().version(), transport.capabilities().spec());
  }

  /**
   * The Superset base URL this client talks to.
   *
   * @return the base URL
   */
  public URI baseUrl() {
    return settings.baseUrl;
  }

  /**
   * Rejects further calls and releases the connection pool once no derived client uses it. Calls in
   * progress complete. Idempotent.
   *
   * <p>On Java 21 and later the pool's threads end at once. On Java 17 to 20 the JDK's HTTP client
   * cannot be shut down: its selector thread ends only when it is garbage-collected, and idle
   * workers after a minute. There, clients built with the same connect timeout and HTTP version and
   * no {@link Builder#sslContext(SSLContext) SSL context} share one HTTP client while any of them is
   * reachable, so that a client per request does not hold threads per request. Still, build one
   * client and share it, or derive short-lived ones from it with {@link #newBuilder()}: each client
   * built with a password logs in on its first call.
   */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      transport.close();
      queryRuntime.close();
      tokens.reset();
      http.release();
    }
  }

  @Override
  public String toString() {
    return "SupersetClient[baseUrl=" + settings.baseUrl + ", credentials=" + settings.credentialsDescription() + "]";
  }

  /**
   * The SDK's version: from {@code version.properties}, which Maven filters at build time, so that it
   * is right in the jar and in {@code target/classes} alike; else the jar manifest's.
   */
  static String version() {
    try (InputStream in = SupersetClient.class.getResourceAsStream("internal/version.properties")) {
      if (in != null) {
        Properties props = new Properties();
        props.load(in);
        String v = props.getProperty("version");
        if (v != null && !v.isBlank() && !v.startsWith("${")) {
          return v.trim();
        }
      }
    } catch (IOException e) {
      // Fall through to the manifest.
    }
    String v = SupersetClient.class.getPackage().getImplementationVersion();
    return v != null ? v : "unknown";
  }

  /** An HTTP client shared between a client and those derived from it, closed with the last one. */
  private static final class SharedHttp {
    final HttpClient client;
    final boolean owned;
    final @Nullable SSLContext sslContext;
    final AtomicInteger users = new AtomicInteger(1);

    SharedHttp(HttpClient client, boolean owned, @Nullable SSLContext sslContext) {
      this.client = client;
      this.owned = owned;
      this.sslContext = sslContext;
    }

    boolean fits(Duration connectTimeout, @Nullable SSLContext ssl) {
      return owned && sslContext == ssl && client.connectTimeout().equals(java.util.Optional.of(connectTimeout));
    }

    /** Adds a user, or returns null if the last user already released it. */
    @Nullable SharedHttp retain() {
      int n;
      do {
        n = users.get();
        if (n == 0) {
          return null;
        }
      } while (!users.compareAndSet(n, n + 1));
      return this;
    }

    void release() {
      // HttpClient became AutoCloseable in Java 21; on 17 its threads end once it is unreachable.
      if (users.decrementAndGet() == 0 && owned && client instanceof AutoCloseable closeable) {
        try {
          closeable.close();
        } catch (Exception ignored) {
          // Nothing useful to do while shutting down.
        }
      }
    }
  }

  /**
   * Builds a {@link SupersetClient}. Required: {@link #baseUrl(String)} and one of {@link
   * #credentials(Credentials)} or {@link #credentialsProvider(CredentialsProvider)}. Not thread-safe.
   */
  public static final class Builder {
    private @Nullable URI baseUrl;
    private @Nullable Credentials credentials;
    private @Nullable CredentialsProvider credentialsProvider;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(60);
    private Duration callTimeout = Duration.ofSeconds(120);
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private int maxRequestsInFlight = 64;
    private int maxQueriesInFlight = 8;
    private Duration queryPollInitial = Duration.ofMillis(200);
    private Duration queryPollMax = Duration.ofSeconds(2);
    private Duration asyncChartDataTimeout = Duration.ofSeconds(120);
    private List<ClientEventListener> listeners = new ArrayList<>();
    private @Nullable SSLContext sslContext;
    private @Nullable HttpClient httpClient;
    private @Nullable SharedHttp shared;
    // The query slots of the client this builder was derived from, shared while the base URL is its.
    private @Nullable QuerySlots sharedSlots;
    private @Nullable URI sharedSlotsBase;
    private Map<String, String> defaultHeaders = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private @Nullable String applicationName;

    private Builder() {}

    private Builder copy() {
      Builder b = new Builder();
      b.baseUrl = baseUrl;
      b.credentials = credentials;
      b.credentialsProvider = credentialsProvider;
      b.connectTimeout = connectTimeout;
      b.readTimeout = readTimeout;
      b.callTimeout = callTimeout;
      b.retryPolicy = retryPolicy;
      b.maxRequestsInFlight = maxRequestsInFlight;
      b.maxQueriesInFlight = maxQueriesInFlight;
      b.queryPollInitial = queryPollInitial;
      b.queryPollMax = queryPollMax;
      b.asyncChartDataTimeout = asyncChartDataTimeout;
      b.listeners = new ArrayList<>(listeners);
      b.sslContext = sslContext;
      b.httpClient = httpClient;
      b.defaultHeaders = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      b.defaultHeaders.putAll(defaultHeaders);
      b.applicationName = applicationName;
      return b;
    }

    private String credentialsDescription() {
      if (credentials != null) {
        return credentials.toString();
      }
      return credentialsProvider != null ? "provider" : "none";
    }

    /**
     * Sets Superset's base URL, e.g. {@code https://superset.example.com} or {@code
     * https://example.com/superset} behind a path prefix. Required.
     *
     * @param baseUrl an absolute http or https URL without query string
     * @return this builder
     * @throws NullPointerException if {@code baseUrl} is null
     * @throws IllegalArgumentException if it is not an absolute http(s) URL, or has a query or
     *     fragment
     */
    public Builder baseUrl(String baseUrl) {
      Objects.requireNonNull(baseUrl, "baseUrl");
      URI uri;
      try {
        uri = URI.create(baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("baseUrl " + shown(baseUrl) + " is not a valid URL; give an absolute http"
            + " or https URL such as https://bi.example.com");
      }
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
        throw new IllegalArgumentException("baseUrl " + shown(baseUrl) + " must be an absolute http or https URL,"
            + " such as https://bi.example.com");
      }
      if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
        throw new IllegalArgumentException("baseUrl must not have user info, a query or a fragment");
      }
      this.baseUrl = uri;
      return this;
    }

    /**
     * The URL as given, unless it may carry a secret (user info, or a query or fragment such as
     * {@code ?access_token=...}) or control characters.
     */
    private static String shown(String url) {
      return url.contains("@") || url.contains("?") || url.contains("#") || url.chars().anyMatch(Character::isISOControl)
          ? "(not shown)" : "'" + url + "'";
    }

    /**
     * Sets fixed credentials. Replaces any {@link #credentialsProvider(CredentialsProvider)}.
     *
     * @param credentials a password, bearer token or guest token
     * @return this builder
     * @throws NullPointerException if {@code credentials} is null
     */
    public Builder credentials(Credentials credentials) {
      this.credentials = Objects.requireNonNull(credentials, "credentials");
      this.credentialsProvider = () -> credentials;
      return this;
    }

    /**
     * Sets a provider asked for credentials whenever the client must authenticate, for rotation.
     * Replaces any {@link #credentials(Credentials)}.
     *
     * @param provider the provider
     * @return this builder
     * @throws NullPointerException if {@code provider} is null
     */
    public Builder credentialsProvider(CredentialsProvider provider) {
      this.credentialsProvider = Objects.requireNonNull(provider, "provider");
      this.credentials = null;
      return this;
    }

    /**
     * Sets how long to wait for a TCP and TLS connection. Default 10 s; lower it to fail fast when
     * Superset is down, raise it across slow links.
     *
     * @param timeout positive
     * @return this builder
     * @throws NullPointerException if {@code timeout} is null
     * @throws IllegalArgumentException if {@code timeout} is not positive
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive(timeout, "connectTimeout");
      return this;
    }

    /**
     * Sets how long one attempt waits for the response headers. Default 60 s, which matches
     * Superset's default web server timeout; chart data on a slow warehouse may need more.
     *
     * @param timeout positive
     * @return this builder
     * @throws NullPointerException if {@code timeout} is null
     * @throws IllegalArgumentException if {@code timeout} is not positive
     */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = positive(timeout, "readTimeout");
      return this;
    }

    /**
     * Sets the total time a call may take across all attempts, back-off waits, login and CSRF
     * fetches. Default 120 s; it is the upper bound a caller waits, so set it from your own latency
     * budget.
     *
     * @param timeout positive
     * @return this builder
     * @throws NullPointerException if {@code timeout} is null
     * @throws IllegalArgumentException if {@code timeout} is not positive
     */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = positive(timeout, "callTimeout");
      return this;
    }

    /**
     * Sets the retry policy. Default {@link RetryPolicy#defaults()}.
     *
     * @param policy the policy; {@link RetryPolicy#none()} disables retries
     * @return this builder
     * @throws NullPointerException if {@code policy} is null
     */
    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Sets how many requests this client may have in flight at once; further calls wait for a slot,
     * within their call timeout. Default 64. It protects Superset's worker pool and the client's
     * connection pool from a burst of callers.
     *
     * @param max 1 or more
     * @return this builder
     * @throws IllegalArgumentException if {@code max} is below 1
     */
    public Builder maxRequestsInFlight(int max) {
      if (max < 1) {
        throw new IllegalArgumentException("maxRequestsInFlight < 1: " + max);
      }
      this.maxRequestsInFlight = max;
      return this;
    }

    /**
     * Sets how many queries this client may have in flight at once: SQL Lab queries (synchronous, and
     * asynchronous ones until they end or their handle is closed) and chart-data requests. Further
     * queries wait for a slot, in order, up to the call timeout (back-pressure), and then fail with a
     * {@link io.github.supersetsdk.client.exception.QueryTimeoutException}. Default 8. Keep it below
     * the warehouse connection pool that Superset's workers share, so that cache warm-up and dashboard
     * loads cannot exhaust it. Independent of {@link #maxRequestsInFlight(int)}, which bounds HTTP
     * requests. A builder from {@link SupersetClient#newBuilder()} shares its client's slots unless
     * this is called on it.
     *
     * @param max 1 or more
     * @return this builder
     * @throws IllegalArgumentException if {@code max} is below 1
     */
    public Builder maxQueriesInFlight(int max) {
      if (max < 1) {
        throw new IllegalArgumentException("maxQueriesInFlight < 1: " + max);
      }
      this.maxQueriesInFlight = max;
      this.sharedSlots = null;
      return this;
    }

    /**
     * Sets how often asynchronous queries and chart-data jobs are polled: first after {@code initial},
     * then at intervals growing by half up to {@code max}. Default 200 ms to 2 s: short queries
     * return quickly, long ones cost Superset a request every 2 s.
     *
     * @param initial the first interval; positive
     * @param max the longest interval; at least {@code initial}
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an interval is not positive or {@code max < initial}
     */
    public Builder queryPollInterval(Duration initial, Duration max) {
      positive(initial, "initial");
      positive(max, "max");
      if (max.compareTo(initial) < 0) {
        throw new IllegalArgumentException("max < initial: " + max + " < " + initial);
      }
      this.queryPollInitial = initial;
      this.queryPollMax = max;
      return this;
    }

    /**
     * Sets how long chart-data calls wait for the job of a server with global async queries. Default
     * 120 s. Superset's API cannot stop a chart-data job, so a job that outlives this still runs on a
     * worker and caches its result for the next call.
     *
     * @param timeout positive
     * @return this builder
     * @throws NullPointerException if {@code timeout} is null
     * @throws IllegalArgumentException if {@code timeout} is not positive
     */
    public Builder asyncChartDataTimeout(Duration timeout) {
      this.asyncChartDataTimeout = positive(timeout, "asyncChartDataTimeout");
      return this;
    }

    /**
     * Adds an event listener; listeners are called in the order added.
     *
     * @param listener the listener
     * @return this builder
     * @throws NullPointerException if {@code listener} is null
     */
    public Builder addEventListener(ClientEventListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /**
     * Names the application in the {@code User-Agent} header after the SDK's own product token, e.g.
     * {@code superset-sdk-java/0.1.0 acme-analytics/2.3}, so that proxies and server logs can tell
     * which application sent a request.
     *
     * @param product a product token, optionally with a version: {@code name} or {@code name/version}
     * @return this builder
     * @throws NullPointerException if {@code product} is null
     * @throws IllegalArgumentException if it is not such a token (letters, digits and {@code
     *     !#$%&'*+.^_`|~-}, no spaces)
     */
    public Builder applicationName(String product) {
      Objects.requireNonNull(product, "product");
      if (!PRODUCT.matcher(product).matches()) {
        throw new IllegalArgumentException(
            "applicationName: '" + product + "' is not a product token (name or name/version, no spaces)");
      }
      this.applicationName = product;
      return this;
    }

    /**
     * Adds a header sent with every request of the client, login and token refresh included: e.g.
     * the service token an access proxy in front of Superset requires ({@code CF-Access-Client-Id}
     * and {@code CF-Access-Client-Secret}), or an API gateway's key. Setting a name again replaces
     * its value; names are case-insensitive. Clients from {@link SupersetClient#newBuilder()} keep
     * them, and a header a {@link RawRequest} sets itself wins over a default of the same name.
     * Values are never logged or printed, since they often are credentials.
     *
     * @param name the header name
     * @param value the value
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the name is not a header name, the value holds a control
     *     character other than tab, or the header is one the client sets itself ({@code
     *     Authorization}, {@code Cookie}, {@code X-CSRFToken}, {@code Referer}, {@code User-Agent},
     *     {@code X-Request-Id}, {@code Accept}, {@code Content-Type}) or the HTTP client owns
     *     ({@code Host}, {@code Content-Length}, {@code Connection}, {@code Expect}, {@code
     *     Upgrade}, {@code Transfer-Encoding})
     */
    public Builder defaultHeader(String name, String value) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      if (!HEADER_NAME.matcher(name).matches()) {
        throw new IllegalArgumentException("defaultHeader: '" + name + "' is not a header name");
      }
      if (RESERVED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException(
            "defaultHeader: " + name + " is set by the client itself and cannot be a default header");
      }
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if ((c < 0x20 && c != '\t') || c == 0x7f) {
          // The value is not quoted: it is often a credential.
          throw new IllegalArgumentException("defaultHeader: the value of " + name + " holds a control character");
        }
      }
      defaultHeaders.put(name, value);
      return this;
    }

    /**
     * Advanced: the TLS context for https, e.g. one that trusts a private CA. Certificates and host
     * names are always verified; there is deliberately no switch to turn that off.
     *
     * @param sslContext the TLS context
     * @return this builder
     * @throws NullPointerException if {@code sslContext} is null
     */
    public Builder sslContext(SSLContext sslContext) {
      this.sslContext = Objects.requireNonNull(sslContext, "sslContext");
      return this;
    }

    /**
     * Advanced: the {@code java.net.http.HttpClient} to send with, e.g. to set a proxy or an executor.
     * It must have a connect timeout and must not follow redirects (the client relies on seeing the
     * login redirect), and it should have no cookie handler (the client keeps its own session
     * cookie). The client never closes a client passed here. Overrides {@link
     * #connectTimeout(Duration)} and {@link #sslContext(SSLContext)}.
     *
     * @param httpClient the HTTP client
     * @return this builder
     * @throws NullPointerException if {@code httpClient} is null
     * @throws IllegalArgumentException if it has no connect timeout or follows redirects
     */
    public Builder httpClient(HttpClient httpClient) {
      Objects.requireNonNull(httpClient, "httpClient");
      if (httpClient.connectTimeout().isEmpty()) {
        throw new IllegalArgumentException("httpClient must have a connectTimeout");
      }
      if (httpClient.followRedirects() != HttpClient.Redirect.NEVER) {
        throw new IllegalArgumentException("httpClient must not follow redirects (Redirect.NEVER)");
      }
      this.httpClient = httpClient;
      return this;
    }

    /**
     * Builds the client. No request is made until the first call.
     *
     * @return the client
     * @throws IllegalStateException if {@code baseUrl} or credentials are missing
     */
    public SupersetClient build() {
      if (baseUrl == null) {
        throw new IllegalStateException("baseUrl is required");
      }
      if (credentialsProvider == null) {
        throw new IllegalStateException("credentials or credentialsProvider is required");
      }
      if (readTimeout.compareTo(callTimeout) > 0) {
        readTimeout = callTimeout;
      }
      SharedHttp http = null;
      if (httpClient != null) {
        this.connectTimeout = httpClient.connectTimeout().orElseThrow();
        http = new SharedHttp(httpClient, false, null);
      } else if (shared != null && shared.fits(connectTimeout, sslContext)) {
        http = shared.retain();
      }
      if (http == null) {
        http = new SharedHttp(newHttpClient(), true, sslContext);
      }
      return new SupersetClient(this, http);
    }

    private HttpClient newHttpClient() {
      // h2c upgrade over plain http confuses some servers and proxies; https negotiates h2.
      HttpClient.Version version = "https".equalsIgnoreCase(Objects.requireNonNull(baseUrl).getScheme())
          ? HttpClient.Version.HTTP_2
          : HttpClient.Version.HTTP_1_1;
      // Before Java 21, clients with the same settings share one (see HttpClients).
      return HttpClients.get(connectTimeout, version, sslContext);
    }

    private static Duration positive(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isZero() || d.isNegative()) {
        throw new IllegalArgumentException(name + " must be positive: " + d);
      }
      return d;
    }
  }
}
