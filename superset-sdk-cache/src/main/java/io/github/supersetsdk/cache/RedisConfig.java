package io.github.supersetsdk.cache;

import io.github.supersetsdk.cache.internal.RedisUris;
import io.github.supersetsdk.client.model.Database;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * How to reach the Redis tier: one {@code redis://} or {@code rediss://} URI (which may carry a
 * password) for a standalone Redis, or the seed nodes of a Redis Cluster, and the timeouts that
 * bound every Redis call. The password is never printed: {@link #toString()} redacts it.
 *
 * <p>Immutable and thread-safe.
 */
public final class RedisConfig {

  private final List<String> uris;
  private final boolean cluster;
  private final Duration commandTimeout;
  private final Duration connectTimeout;

  private RedisConfig(List<String> uris, boolean cluster, Duration commandTimeout, Duration connectTimeout) {
    this.uris = uris;
    this.cluster = cluster;
    this.commandTimeout = commandTimeout;
    this.connectTimeout = connectTimeout;
  }

  /**
   * Creates a configuration for a standalone Redis with a 500 ms command timeout and a 1 s connect
   * timeout: short, because a slow cache is worse than a miss.
   *
   * @param uri for example {@code redis://127.0.0.1:6379/0} or {@code rediss://:password@host:6380}
   * @return the configuration
   * @throws NullPointerException if {@code uri} is null
   * @throws IllegalArgumentException if {@code uri} is not a redis:// or rediss:// URI, or its
   *     host, port or database is malformed (the message names the part, never the URI)
   */
  public static RedisConfig of(String uri) {
    return new RedisConfig(List.of(check(uri)), false, Duration.ofMillis(500), Duration.ofSeconds(1));
  }

  /**
   * Creates a configuration for a Redis Cluster, with the timeouts of {@link #of(String)}. The
   * client discovers the other nodes from the seeds and follows slot moves; one reachable seed is
   * enough, several guard against one being down at start.
   *
   * @param seedUris one or more node URIs, for example {@code redis://127.0.0.1:7001}
   * @return the configuration
   * @throws NullPointerException if {@code seedUris} or a URI is null
   * @throws IllegalArgumentException if no URI is given or one is not a redis:// or rediss:// URI
   */
  public static RedisConfig cluster(String... seedUris) {
    Objects.requireNonNull(seedUris, "seedUris");
    if (seedUris.length == 0) {
      throw new IllegalArgumentException("a Redis Cluster needs at least one seed URI");
    }
    List<String> checked = java.util.Arrays.stream(seedUris).map(RedisConfig::check).toList();
    return new RedisConfig(checked, true, Duration.ofMillis(500), Duration.ofSeconds(1));
  }

  private static String check(String uri) {
    Objects.requireNonNull(uri, "uri");
    int colon = uri.indexOf("://");
    String scheme = colon < 0 ? "" : uri.substring(0, colon);
    if (!"redis".equals(scheme) && !"rediss".equals(scheme)) {
      throw new IllegalArgumentException("Redis URI must start with redis:// or rediss://"
          + (colon < 0 ? "" : ", got scheme " + scheme));
    }
    RedisUris.parse(uri);
    return uri;
  }

  /**
   * Returns a copy with another command timeout, the longest any Redis call may block a caller.
   *
   * @param timeout a positive duration
   * @return the new configuration
   * @throws IllegalArgumentException if {@code timeout} is not positive
   */
  public RedisConfig withCommandTimeout(Duration timeout) {
    return new RedisConfig(uris, cluster, positive(timeout, "commandTimeout"), connectTimeout);
  }

  /**
   * Returns a copy with another connect timeout.
   *
   * @param timeout a positive duration
   * @return the new configuration
   * @throws IllegalArgumentException if {@code timeout} is not positive
   */
  public RedisConfig withConnectTimeout(Duration timeout) {
    return new RedisConfig(uris, cluster, commandTimeout, positive(timeout, "connectTimeout"));
  }

  /**
   * Returns the URI (for a cluster, the first seed), password included; do not log it.
   *
   * @return the URI
   */
  public String uri() {
    return uris.get(0);
  }

  /**
   * Returns every URI: the standalone URI alone, or all cluster seeds. Passwords included; do not
   * log them.
   *
   * @return the URIs, unmodifiable
   */
  public List<String> uris() {
    return uris;
  }

  /**
   * Returns whether the URIs are seeds of a Redis Cluster.
   *
   * @return true for {@link #cluster(String...)}, false for {@link #of(String)}
   */
  public boolean clusterEnabled() {
    return cluster;
  }

  /**
   * Returns the command timeout.
   *
   * @return the command timeout
   */
  public Duration commandTimeout() {
    return commandTimeout;
  }

  /**
   * Returns the connect timeout.
   *
   * @return the connect timeout
   */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  private static Duration positive(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isZero() || d.isNegative()) {
      throw new IllegalArgumentException(name + " must be positive, got " + d);
    }
    return d;
  }

  /** Returns the URIs with any user info replaced by {@code ***}, the mode and the timeouts. */
  @Override
  public String toString() {
    String shown = uris.stream().map(u -> String.valueOf(Database.redact(u))).collect(Collectors.joining(","));
    return "RedisConfig[" + (cluster ? "cluster=" : "uri=") + shown + ", commandTimeout=" + commandTimeout
        + ", connectTimeout=" + connectTimeout + "]";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RedisConfig r
        && r.uris.equals(uris)
        && r.cluster == cluster
        && r.commandTimeout.equals(commandTimeout)
        && r.connectTimeout.equals(connectTimeout);
  }

  @Override
  public int hashCode() {
    return Objects.hash(uris, cluster, commandTimeout, connectTimeout);
  }
}
