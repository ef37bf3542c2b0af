package io.github.supersetsdk.cache.internal;

import io.lettuce.core.RedisURI;

/**
 * Reads a {@code redis://} or {@code rediss://} URI into Lettuce's form, refusing what Lettuce would
 * misread. Lettuce takes the host from {@link java.net.URI}, which has none when the host holds an
 * underscore (a Docker Compose service name such as {@code redis_cache}) or the port is not a
 * number; it then uses the whole {@code host:port} as the host name, and the cache runs without its
 * Redis tier. Messages name the wrong part, never the URI, which may hold a password.
 */
public final class RedisUris {

  private RedisUris() {}

  /**
   * Parses a Redis URI.
   *
   * @param uri the URI, scheme {@code redis} or {@code rediss}
   * @return Lettuce's URI, with host, port, database and credentials
   * @throws IllegalArgumentException if a part is malformed (the message names it, without the URI)
   */
  public static RedisURI parse(String uri) {
    RedisURI parsed;
    try {
      parsed = RedisURI.create(uri);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Redis URI: the database after the host must be a number"
          + " (value not shown, it may hold a password)");
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("Redis URI is malformed (value not shown, it may hold a password)");
    }
    String host = parsed.getHost();
    int colon = host == null ? -1 : host.lastIndexOf(':');
    if (host != null && colon > 0 && host.indexOf(']') < 0) {
      // java.net.URI found no server authority: split host and port here.
      String port = host.substring(colon + 1);
      if (!port.chars().allMatch(Character::isDigit) || port.isEmpty() || port.length() > 5
          || Integer.parseInt(port) > 65535) {
        throw new IllegalArgumentException("Redis URI: port '" + port + "' of host '"
            + host.substring(0, colon) + "' is not a port number");
      }
      parsed.setHost(host.substring(0, colon));
      parsed.setPort(Integer.parseInt(port));
    }
    if (parsed.getHost() == null || parsed.getHost().isBlank()) {
      throw new IllegalArgumentException("Redis URI has no host (value not shown, it may hold a password)");
    }
    return parsed;
  }
}
