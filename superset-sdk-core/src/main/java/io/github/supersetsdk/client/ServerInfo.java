package io.github.supersetsdk.client;

import io.github.supersetsdk.client.internal.transport.ServedSpec;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the client detected about its Superset server: the version it reports and, from the OpenAPI
 * document it serves ({@code GET /api/v1/_openapi}), which operations and request fields it has.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.ClientSnippets region=ServerInfo}
 *
 * <p>Capabilities come from the served document rather than from the version number, because
 * feature flags and configuration add and remove endpoints within one release. When the document
 * cannot be read (the user lacks the permission, or it failed to load), {@link #supports} answers
 * {@link Support#UNKNOWN} and the client simply tries calls, turning a 404 or 405 of a missing route
 * into an {@link io.github.supersetsdk.client.exception.OperationUnsupportedException}.
 *
 * <p>A snapshot: immutable and thread-safe. {@link SupersetClient#server()} returns a new one if a
 * detection that failed transiently succeeds later.
 */
public final class ServerInfo {

  private final @Nullable String version;
  private final @Nullable ServedSpec spec;

  ServerInfo(@Nullable String version, @Nullable ServedSpec spec) {
    this.version = version;
    this.spec = spec;
  }

  /**
   * Whether the server has something, as far as the client can tell.
   *
   * <p>Immutable and thread-safe.
   */
  public enum Support {
    /** The server's OpenAPI document lists it. */
    SUPPORTED,
    /** The server's OpenAPI document does not list it: a call would fail. */
    UNSUPPORTED,
    /** The document could not be read, or does not describe it: only a call can tell. */
    UNKNOWN
  }

  /**
   * The version the server reports: the {@code version_string} of {@code GET /version} where the
   * server has that endpoint, else of the bootstrap data its login page carries.
   *
   * @return e.g. {@code 6.1.0}, or {@code null} if the server did not say
   */
  public @Nullable String version() {
    return version;
  }

  /**
   * Whether the server's OpenAPI document was read, so that {@link #supports} can answer other than
   * {@link Support#UNKNOWN}.
   *
   * @return {@code true} if capabilities are known
   */
  public boolean capabilitiesKnown() {
    return spec != null;
  }

  /**
   * Whether the server has an operation.
   *
   * @param method the HTTP method, any case, e.g. {@code GET}
   * @param path a path template as in Superset's API docs (parameter names do not matter: {@code
   *     /api/v1/theme/{pk}} and {@code /api/v1/theme/{id}} are the same) or a concrete path such as
   *     {@code /api/v1/theme/3}; no query string. The trailing slash counts, as it does for Superset.
   * @return whether the served document lists it, or {@link Support#UNKNOWN} if it was not read
   * @throws NullPointerException if an argument is null
   */
  public Support supports(String method, String path) {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    if (spec == null) {
      return Support.UNKNOWN;
    }
    return spec.has(method, path) ? Support.SUPPORTED : Support.UNSUPPORTED;
  }

  /**
   * Whether an operation's JSON request body may carry a top-level field.
   *
   * @param method the HTTP method, any case, e.g. {@code PUT}
   * @param path the operation's path, as for {@link #supports(String, String)}
   * @param field the JSON field name, e.g. {@code currency_format}
   * @return {@link Support#UNSUPPORTED} if the operation is missing or its request schema lacks the
   *     field, {@link Support#UNKNOWN} if the document was not read or the operation's schema does not
   *     list its fields (e.g. a multipart body)
   * @throws NullPointerException if an argument is null
   */
  public Support supportsField(String method, String path, String field) {
    Objects.requireNonNull(field, "field");
    Support operation = supports(method, path);
    if (operation != Support.SUPPORTED) {
      return operation;
    }
    Set<String> properties = Objects.requireNonNull(spec).requestProperties(method, path);
    if (properties == null) {
      return Support.UNKNOWN;
    }
    return properties.contains(field) ? Support.SUPPORTED : Support.UNSUPPORTED;
  }

  @Override
  public String toString() {
    return "ServerInfo[version=" + version + ", operations=" + (spec == null ? "unknown" : spec.size()) + "]";
  }
}
