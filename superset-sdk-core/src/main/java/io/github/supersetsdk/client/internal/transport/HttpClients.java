package io.github.supersetsdk.client.internal.transport;

import java.lang.ref.WeakReference;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.SSLContext;
import org.jspecify.annotations.Nullable;

/**
 * The {@code java.net.http} clients that SDK clients build for themselves.
 *
 * <p>On Java 17 to 20 an {@link HttpClient} cannot be closed: its selector thread, its worker
 * threads, the selector's file descriptors and its idle connections stay until the garbage collector
 * finds it unreachable, which on a large heap can take minutes. An application that builds and
 * closes a client per request (a guest client per page view) would hold a set of them per request
 * until then: measured on Java 17 with a 2 GB heap, 600 closed guest clients left 870 threads and
 * 740 file descriptors. There, clients with the same settings share one {@code HttpClient} while any
 * of them is reachable: it is held weakly here, so that it still ends once no client uses it.
 *
 * <p>From Java 21, where {@code HttpClient} is {@link AutoCloseable}, each call builds a new one,
 * which its client closes when it is closed. A client with its own {@link SSLContext} always gets a
 * new one, so that contexts are never held here. Thread-safe.
 */
public final class HttpClients {

  /** Whether this JDK's {@code HttpClient} can be closed (Java 21 and later). */
  public static final boolean CLOSEABLE = AutoCloseable.class.isAssignableFrom(HttpClient.class);

  private static final ConcurrentHashMap<Key, WeakReference<HttpClient>> SHARED = new ConcurrentHashMap<>();

  private HttpClients() {}

  private record Key(Duration connectTimeout, HttpClient.Version version) {}

  /**
   * An HTTP client that never follows redirects, with these settings: before Java 21 and without an
   * SSL context, the one other clients with the same settings use if one is still reachable, else a
   * new one.
   *
   * @param connectTimeout the connect timeout
   * @param version the preferred HTTP version
   * @param sslContext the TLS context, or {@code null} for the JDK's default
   * @return the client
   */
  public static HttpClient get(Duration connectTimeout, HttpClient.Version version, @Nullable SSLContext sslContext) {
    if (CLOSEABLE || sslContext != null) {
      return build(connectTimeout, version, sslContext);
    }
    HttpClient[] result = new HttpClient[1];
    SHARED.compute(new Key(connectTimeout, version), (key, ref) -> {
      HttpClient live = ref == null ? null : ref.get();
      if (live != null) {
        result[0] = live;
        return ref;
      }
      result[0] = build(connectTimeout, version, null);
      return new WeakReference<>(result[0]);
    });
    return result[0];
  }

  private static HttpClient build(Duration connectTimeout, HttpClient.Version version, @Nullable SSLContext sslContext) {
    HttpClient.Builder b = HttpClient.newBuilder()
        .connectTimeout(connectTimeout)
        .followRedirects(HttpClient.Redirect.NEVER)
        .version(version);
    if (sslContext != null) {
      b.sslContext(sslContext);
    }
    return b.build();
  }
}
