package io.github.supersetsdk.cache;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach the Redis tier: a {@code redis://} or {@code rediss://} URI (which may carry a
 * password) and the timeouts that bound every Redis call. The password is never printed: {@link
 * #toString()} redacts it.
 *
 * <p>Immutable and thread-safe.
 */
public final class RedisConfig {

  private final String uri;
  private final Duration commandTimeout;
  private final Duration connectTimeout;

  private RedisConfig(String uri, Duration commandTimeout, Duration connectTimeout) {
    this.uri = uri;
    this.commandTimeout = commandTimeout;
    this.connectTimeout = connectTimeout;
  }

  /**
   * Creates a configuration with a 500 ms command timeout and a 1 s connect timeout: short, because
   * a slow cache is worse than a miss.
   *
   * @param uri for example {@code redis://127.0.0.1:6379/0} or {@code rediss://:password@host:6380}
   * @return the configuration
   * @throws NullPointerException if {@code uri} is null
   * @throws IllegalArgumentException if {@code uri} is not a redis:// or rediss:// URI
   */
  public static RedisConfig of(String uri) {
    Objects.requireNonNull(uri, "uri");
    URI parsed;
    try {
      parsed = URI.create(uri);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Redis URI is malformed (value not shown, it may hold a password)");
    }
    String scheme = parsed.getScheme();
    if (!"redis".equals(scheme) && !"rediss".equals(scheme)) {
      throw new IllegalArgumentException(
          "Redis URI must start with redis:// or rediss://, got scheme " + scheme);
    }
    return new RedisConfig(uri, Duration.ofMillis(500), Duration.ofSeconds(1));
  }

  /**
   * Returns a copy with another command timeout, the longest any Redis call may block a caller.
   *
   * @param timeout a positive duration
   * @return the new configuration
   * @throws IllegalArgumentException if {@code timeout} is not positive
   */
  public RedisConfig withCommandTimeout(Duration timeout) {
    return new RedisConfig(uri, positive(timeout, "commandTimeout"), connectTimeout);
  }

  /**
   * Returns a copy with another connect timeout.
   *
   * @param timeout a positive duration
   * @return the new configuration
   * @throws IllegalArgumentException if {@code timeout} is not positive
   */
  public RedisConfig withConnectTimeout(Duration timeout) {
    return new RedisConfig(uri, commandTimeout, positive(timeout, "connectTimeout"));
  }

  /**
   * Returns the URI, password included; do not log it.
   *
   * @return the URI
   */
  public String uri() {
    return uri;
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

  /** Returns the URI with any user info replaced by {@code ***}, and the timeouts. */
  @Override
  public String toString() {
    URI parsed = URI.create(uri);
    String shown =
        parsed.getRawUserInfo() == null
            ? uri
            : parsed.getScheme() + "://***@" + parsed.getRawAuthority().substring(parsed.getRawAuthority().indexOf('@') + 1)
                + (parsed.getRawPath() == null ? "" : parsed.getRawPath());
    return "RedisConfig[uri=" + shown + ", commandTimeout=" + commandTimeout
        + ", connectTimeout=" + connectTimeout + "]";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RedisConfig r
        && r.uri.equals(uri)
        && r.commandTimeout.equals(commandTimeout)
        && r.connectTimeout.equals(connectTimeout);
  }

  @Override
  public int hashCode() {
    return Objects.hash(uri, commandTimeout, connectTimeout);
  }
}
