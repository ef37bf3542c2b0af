package io.github.supersetsdk.client.internal.transport;

import io.github.supersetsdk.client.ClientEventListener;
import io.github.supersetsdk.client.RetryPolicy;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The transport's settings, fixed when a client is built.
 *
 * @param baseUrl Superset's base URL without a trailing slash, e.g. {@code https://bi.example.com}
 * @param connectTimeout the connect timeout of the HTTP client
 * @param readTimeout the per-attempt time to wait for a response
 * @param callTimeout the time a call may take across all attempts and waits
 * @param retryPolicy the retry policy
 * @param maxRequestsInFlight the bound on concurrent requests of the client
 * @param listeners event listeners
 * @param userAgent the {@code User-Agent} header value
 * @param defaultHeaders headers sent with every request; values may be credentials
 */
public record TransportConfig(
    URI baseUrl,
    Duration connectTimeout,
    Duration readTimeout,
    Duration callTimeout,
    RetryPolicy retryPolicy,
    int maxRequestsInFlight,
    List<ClientEventListener> listeners,
    String userAgent,
    Map<String, String> defaultHeaders) {

  /**
   * Copies the listeners.
   *
   * @param baseUrl Superset's base URL without a trailing slash, e.g. {@code https://bi.example.com}
   * @param connectTimeout the connect timeout of the HTTP client
   * @param readTimeout the per-attempt time to wait for a response
   * @param callTimeout the time a call may take across all attempts and waits
   * @param retryPolicy the retry policy
   * @param maxRequestsInFlight the bound on concurrent requests of the client
   * @param listeners event listeners
   * @param userAgent the {@code User-Agent} header value
   * @param defaultHeaders headers sent with every request; values may be credentials
   */
  public TransportConfig {
    listeners = List.copyOf(listeners);
    defaultHeaders = Map.copyOf(defaultHeaders);
  }

  /** Names the default headers but never prints their values, which may be credentials. */
  @Override
  public String toString() {
    return "TransportConfig[baseUrl=" + baseUrl + ", connectTimeout=" + connectTimeout + ", readTimeout="
        + readTimeout + ", callTimeout=" + callTimeout + ", retryPolicy=" + retryPolicy + ", maxRequestsInFlight="
        + maxRequestsInFlight + ", userAgent=" + userAgent + ", defaultHeaders=" + new TreeSet<>(defaultHeaders.keySet())
        + "]";
  }

  /**
   * The base URL as a string without trailing slash.
   *
   * @return the base URL
   */
  public String base() {
    String s = baseUrl.toString();
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }
}
