package io.github.supersetsdk.spring.boot.autoconfigure;

import io.github.supersetsdk.client.embedding.GuestTokenAlgorithm;
import io.github.supersetsdk.client.model.Database;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code superset.*} properties: where Superset is, how to log in, timeouts, retries, TLS, guest
 * tokens, the tiered cache and the dbt sync. Bound once at start-up; immutable and thread-safe.
 * {@code toString()} never shows the password or the signing secret.
 *
 * @param enabled whether to auto-configure the SDK at all
 * @param baseUrl Superset's base URL, for example http://127.0.0.1:8088
 * @param username the user the client logs in as (unless a CredentialsProvider bean is defined)
 * @param password the user's password; masked in /actuator/env and /actuator/configprops
 * @param loginType how Superset checks the password: db or ldap (Superset's login provider)
 * @param connectTimeout how long to wait for a TCP/TLS connection; the SDK's default when unset
 * @param readTimeout how long one attempt may wait for a response; the SDK's default when unset
 * @param callTimeout how long a call may take across all its retries; the SDK's default when unset
 * @param maxRequestsInFlight the most requests the client sends at once; the SDK's default when unset
 * @param applicationName the application's product token in the client's User-Agent, e.g.
 *     orders-service/1.4; spring.application.name when unset and a valid token
 * @param defaultHeaders headers sent with every request, e.g. the service token of an access proxy
 *     in front of Superset (superset.default-headers.CF-Access-Client-Id=...); values masked in the
 *     actuator endpoints
 * @param retry retry settings
 * @param ssl TLS settings
 * @param guestToken guest-token settings
 * @param cache tiered-cache settings (superset-sdk-cache)
 * @param sync dbt sync settings (superset-sdk-sync)
 * @param metrics Micrometer settings
 * @param observations tracing settings
 * @param health health-indicator settings
 */
@ConfigurationProperties("superset")
public record SupersetProperties(
    @DefaultValue("true") boolean enabled,
    @Nullable String baseUrl,
    @Nullable String username,
    @Nullable String password,
    @DefaultValue("db") String loginType,
    @Nullable Duration connectTimeout,
    @Nullable Duration readTimeout,
    @Nullable Duration callTimeout,
    @Nullable Integer maxRequestsInFlight,
    @Nullable String applicationName,
    @Nullable Map<String, String> defaultHeaders,
    @DefaultValue Retry retry,
    @DefaultValue Ssl ssl,
    @DefaultValue GuestToken guestToken,
    @DefaultValue Cache cache,
    @DefaultValue Sync sync,
    @DefaultValue Metrics metrics,
    @DefaultValue Observations observations,
    @DefaultValue Health health) {

  /**
   * Copies the default headers, keeping their order.
   *
   * @param enabled whether to auto-configure the SDK at all
   * @param baseUrl Superset's base URL
   * @param username the user the client logs in as
   * @param password the user's password
   * @param loginType how Superset checks the password
   * @param connectTimeout the connect timeout
   * @param readTimeout the read timeout
   * @param callTimeout the call timeout
   * @param maxRequestsInFlight the most requests sent at once
   * @param applicationName the application's product token
   * @param defaultHeaders headers sent with every request; copied into an unmodifiable map
   * @param retry retry settings
   * @param ssl TLS settings
   * @param guestToken guest-token settings
   * @param cache tiered-cache settings
   * @param sync dbt sync settings
   * @param metrics Micrometer settings
   * @param observations tracing settings
   * @param health health-indicator settings
   */
  public SupersetProperties {
    if (defaultHeaders != null) {
      defaultHeaders = Collections.unmodifiableMap(new LinkedHashMap<>(defaultHeaders));
    }
  }

  // The base URL may carry user info (http://user:password@host): its password is masked.
  @Override
  public String toString() {
    return "SupersetProperties[baseUrl=" + Database.redact(baseUrl) + ", username=" + username + ", password="
        + (password == null ? null : "***") + ", loginType=" + loginType + ", defaultHeaders="
        + (defaultHeaders == null ? null : new java.util.TreeSet<>(defaultHeaders.keySet())) + ", retry=" + retry + ", ssl=" + ssl
        + ", guestToken=" + guestToken + ", cache=" + cache + ", sync=" + sync + ", metrics=" + metrics + ", observations=" + observations + ", health="
        + health + "]";
  }

  /**
   * Retry settings ({@code superset.retry.*}); unset values keep the SDK's defaults. Immutable.
   *
   * @param enabled false sends each request once (RetryPolicy.none())
   * @param maxAttempts attempts per call, the first one included
   * @param initialBackoff the wait before the first retry
   * @param maxBackoff the longest wait between attempts
   * @param jitter the random share of each wait, from 0 to 1
   */
  public record Retry(
      @DefaultValue("true") boolean enabled,
      @Nullable Integer maxAttempts,
      @Nullable Duration initialBackoff,
      @Nullable Duration maxBackoff,
      @Nullable Double jitter) {}

  /**
   * TLS settings ({@code superset.ssl.*}). Immutable.
   *
   * @param bundle the name of a Spring Boot SSL bundle (spring.ssl.bundle.*) whose trust and
   *     key material the client uses; the JVM's defaults when unset
   */
  public record Ssl(@Nullable String bundle) {}

  /**
   * Guest-token settings ({@code superset.guest-token.*}). Without a signing secret, tokens are
   * minted through Superset's API by the client's user. Immutable; {@code toString()} hides the secret.
   *
   * @param enabled whether to define the GuestTokenService bean
   * @param signingSecret Superset's GUEST_TOKEN_JWT_SECRET: when set, tokens are signed locally
   *     (needs nimbus-jose-jwt); masked in the actuator endpoints
   * @param audience Superset's GUEST_TOKEN_JWT_AUDIENCE, required with a signing secret
   * @param algorithm Superset's GUEST_TOKEN_JWT_ALGO
   * @param lifetime how long a locally signed token is valid (Superset's GUEST_TOKEN_JWT_EXP_SECONDS)
   * @param refreshMargin how long before expiry a cached token stops being handed out
   * @param maximumSize how many distinct token requests the cache holds
   */
  public record GuestToken(
      @DefaultValue("true") boolean enabled,
      @Nullable String signingSecret,
      @Nullable String audience,
      @DefaultValue("HS256") GuestTokenAlgorithm algorithm,
      @DefaultValue("5m") Duration lifetime,
      @DefaultValue("30s") Duration refreshMargin,
      @DefaultValue("10000") int maximumSize) {

    @Override
    public String toString() {
      return "GuestToken[enabled=" + enabled + ", signingSecret=" + (signingSecret == null ? null : "***")
          + ", audience=" + audience + ", algorithm=" + algorithm + ", lifetime=" + lifetime + "]";
    }
  }

  /**
   * Tiered-cache settings ({@code superset.cache.*}), used when superset-sdk-cache is on the class
   * path and Redis is configured here or in Boot's {@code spring.data.redis.*}. Immutable;
   * {@code toString()} hides the Redis URL, which may hold a password.
   *
   * @param enabled whether to define the cache beans
   * @param redisUrl redis:// or rediss:// URL; Boot's spring.data.redis.* when
   *     unset; masked in the actuator endpoints
   * @param keyPrefix prefix of every Redis key of the caches the application creates
   * @param commandTimeout the longest a Redis command may block a caller
   * @param connectTimeout the longest a Redis connect may take
   * @param maximumSize the most entries each cache keeps in memory (L1)
   * @param expireAfterWrite how long an entry stays in memory
   * @param redisTtl how long an entry stays in Redis
   * @param maxStaleness the longest an entry is served after its tag was invalidated elsewhere
   * @param chartData settings of the ChartDataCache bean
   * @param coordinator settings of the DbtRunCoordinator bean
   */
  public record Cache(
      @DefaultValue("true") boolean enabled,
      @Nullable String redisUrl,
      @DefaultValue("superset:") String keyPrefix,
      @DefaultValue("500ms") Duration commandTimeout,
      @DefaultValue("1s") Duration connectTimeout,
      @DefaultValue("10000") long maximumSize,
      @DefaultValue("10m") Duration expireAfterWrite,
      @DefaultValue("1h") Duration redisTtl,
      @DefaultValue("5s") Duration maxStaleness,
      @DefaultValue ChartData chartData,
      @DefaultValue Coordinator coordinator) {

    @Override
    public String toString() {
      return "Cache[enabled=" + enabled + ", redisUrl=" + (redisUrl == null ? null : "***") + ", keyPrefix="
          + keyPrefix + ", chartData=" + chartData + ", coordinator=" + coordinator + "]";
    }
  }

  /**
   * Settings of the {@code ChartDataCache} bean ({@code superset.cache.chart-data.*}); its memory
   * size, lifetimes and staleness bound are the {@code superset.cache.*} ones. Immutable.
   *
   * @param enabled whether to define the ChartDataCache bean
   * @param keyPrefix the Redis key prefix of chart-data entries; instances sharing it share entries
   *     and invalidations
   * @param metadataTtl how long a dataset's dbt model and a chart's saved query context are kept
   */
  public record ChartData(
      @DefaultValue("true") boolean enabled,
      @DefaultValue("superset-sdk:chart-data:") String keyPrefix,
      @DefaultValue("1m") Duration metadataTtl) {}

  /**
   * Settings of the {@code DbtRunCoordinator} bean ({@code superset.cache.coordinator.*}). Immutable.
   *
   * @param enabled whether to define the DbtRunCoordinator bean
   * @param maxInFlight the most chart-data queries the coordinator runs at once; keep it at or below
   *     the warehouse connection pool Superset uses
   */
  public record Coordinator(@DefaultValue("true") boolean enabled, @DefaultValue("4") int maxInFlight) {}

  /**
   * dbt sync settings ({@code superset.sync.*}), used when superset-sdk-sync is on the class path.
   * Immutable.
   *
   * @param database the name of the Superset database connection datasets are synced into; the
   *     DbtSync bean is defined only when it is set
   * @param select dbt node selectors to sync (all models when empty)
   * @param prune whether to delete datasets whose model left the project
   */
  public record Sync(
      @Nullable String database, @DefaultValue List<String> select, @DefaultValue("false") boolean prune) {

    /**
     * Copies the selectors.
     *
     * @param database the connection's name
     * @param select the selectors
     * @param prune whether to prune
     */
    public Sync {
      select = List.copyOf(select);
    }
  }

  /**
   * Micrometer settings ({@code superset.metrics.*}). Immutable.
   *
   * @param enabled whether the client records superset.client.* meters in the application's
   *     MeterRegistry
   */
  public record Metrics(@DefaultValue("true") boolean enabled) {}

  /**
   * Tracing settings ({@code superset.observations.*}). Immutable.
   *
   * @param enabled whether the client reports each call as a Micrometer observation (a span, child
   *     spans for its login and CSRF fetches) to the application's ObservationRegistry, when
   *     Micrometer Tracing is on the class path
   */
  public record Observations(@DefaultValue("true") boolean enabled) {}

  /**
   * Health-indicator settings ({@code superset.health.*}); {@code management.health.superset.enabled}
   * switches the indicator itself. Immutable.
   *
   * @param doctor the doctor's checks in the health details
   */
  public record Health(@DefaultValue Doctor doctor) {}

  /**
   * The doctor's checks in the {@code superset} health indicator ({@code superset.health.doctor.*}),
   * used when superset-sdk-ops is on the class path. A failed check makes the indicator DOWN, a
   * warning leaves it UP; every check is listed in the details. Immutable.
   *
   * @param enabled whether the indicator runs the doctor
   * @param timeToLive the pause between two background doctor runs (the first runs at start-up); a
   *     health request serves the last completed report and never waits for a run, since the doctor
   *     reads every dataset's table. Must be positive
   * @param timeout how long each of the doctor's own HTTP probes may take
   * @param virtualDatasets whether each run also queries every virtual (SQL) dataset for one row, to
   *     see that its columns still come out of its SQL
   */
  public record Doctor(
      @DefaultValue("true") boolean enabled,
      @DefaultValue("1m") Duration timeToLive,
      @DefaultValue("10s") Duration timeout,
      @DefaultValue("true") boolean virtualDatasets) {}
}
