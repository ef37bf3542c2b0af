package io.github.supersetsdk.cache.chartdata.internal;

import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.request.ChartDataRequest;
import org.jspecify.annotations.Nullable;

/**
 * A cache key: the digest of the viewer's identity and the request's normal form, carrying what a
 * load needs (the viewer's client and the request). Equality is the digest alone.
 *
 * @param id {@code v1:} and the SHA-256 of identity and normal form
 * @param client the client that loads on a miss
 * @param request the request as the caller gave it
 */
public record ChartDataKey(String id, SupersetClient client, ChartDataRequest request) {

  /** Bumped when the normal form changes, so that old entries are not read under new keys. */
  static final String VERSION = "v1:";

  /**
   * Derives a key.
   *
   * @param identity the viewer's identity text
   * @param client the viewer's client
   * @param request the request
   * @return the key
   */
  public static ChartDataKey of(String identity, SupersetClient client, ChartDataRequest request) {
    return new ChartDataKey(id(identity, request), client, request);
  }

  /**
   * The key text of an identity and a request.
   *
   * @param identity the viewer's identity text
   * @param request the request
   * @return {@code v1:} and 64 hex digits
   */
  public static String id(String identity, ChartDataRequest request) {
    // The NUL separator cannot occur in either JSON text, so no two pairs join to the same input.
    return VERSION + Identities.digest(identity + '\u0000' + QueryContexts.normalised(request));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ChartDataKey other && id.equals(other.id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return "ChartDataKey[" + id + "]";
  }
}
