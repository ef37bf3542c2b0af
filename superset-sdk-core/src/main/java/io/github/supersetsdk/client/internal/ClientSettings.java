package io.github.supersetsdk.client.internal;

import io.github.supersetsdk.client.SupersetClient;
import java.net.http.HttpClient;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Settings of a built client that the SDK's own modules need but its public API does not show:
 * the default headers (often credentials), the {@code User-Agent} and the HTTP client with its TLS
 * and proxy settings, so that the doctor's own round trips reach Superset the way the client does.
 * {@link SupersetClient} installs the accessor when its class initialises, so that nothing public has
 * to expose them; this package is exported only to the SDK's modules, and only {@link SupersetClient}
 * may install the accessor.
 */
public final class ClientSettings {

  private static volatile @Nullable Function<SupersetClient, ClientSettings> accessor;

  private final Map<String, String> defaultHeaders;
  private final String userAgent;
  private final HttpClient httpClient;

  /**
   * Settings as a client holds them.
   *
   * @param defaultHeaders the headers sent with every request
   * @param userAgent the {@code User-Agent} header value
   * @param httpClient the HTTP client the client sends with
   */
  public ClientSettings(Map<String, String> defaultHeaders, String userAgent, HttpClient httpClient) {
    this.defaultHeaders = Map.copyOf(defaultHeaders);
    this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
    this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
  }

  /**
   * Called once by {@link SupersetClient}'s static initialiser.
   *
   * @param settings reads a client's settings
   * @throws IllegalStateException if the caller is not {@link SupersetClient}, or it was called before
   */
  public static synchronized void install(Function<SupersetClient, ClientSettings> settings) {
    Class<?> caller = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).getCallerClass();
    if (caller != SupersetClient.class || accessor != null) {
      throw new IllegalStateException("only SupersetClient installs the settings accessor, once");
    }
    accessor = Objects.requireNonNull(settings, "settings");
  }

  /**
   * The settings of a client.
   *
   * @param client the client
   * @return its settings
   */
  public static ClientSettings of(SupersetClient client) {
    // A client instance exists, so its class has initialised and installed the accessor.
    return Objects.requireNonNull(accessor, "SupersetClient not initialised").apply(client);
  }

  /** {@return the headers the client sends with every request, by name; empty when none were set} */
  public Map<String, String> defaultHeaders() {
    return defaultHeaders;
  }

  /** {@return the client's {@code User-Agent} header value} */
  public String userAgent() {
    return userAgent;
  }

  /**
   * A new HTTP client with the client's TLS context and parameters, proxy and authenticator, for
   * requests that need settings of their own (a cookie jar, another connect timeout).
   *
   * @return a builder to finish, e.g. with a cookie handler
   */
  public HttpClient.Builder httpClientBuilder() {
    HttpClient.Builder b = HttpClient.newBuilder()
        .sslContext(httpClient.sslContext())
        .sslParameters(httpClient.sslParameters())
        .version(httpClient.version());
    httpClient.proxy().ifPresent(b::proxy);
    httpClient.authenticator().ifPresent(b::authenticator);
    return b;
  }

  @Override
  public String toString() {
    // Header values are often credentials: names only.
    return "ClientSettings[defaultHeaders=" + new java.util.TreeSet<>(defaultHeaders.keySet()) + ", userAgent=" + userAgent + "]";
  }
}
