package io.github.supersetsdk.client.exception;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The Superset server does not have an operation the SDK was asked to call: an endpoint that
 * appeared in a later release, or one that the server's configuration leaves out (a feature flag
 * that is off).
 *
 * <p>The client throws it instead of the server's bare 404 or 405: before sending, when the OpenAPI
 * document the server serves lacks the operation, or after the server answered 404 or 405 for a
 * route that its document lacks (or, when the document cannot be read, for a route the server does
 * not know at all, as opposed to an object that does not exist, which stays a {@link
 * NotFoundException}). The server's own answer, if there was one, is the {@linkplain #getCause()
 * cause}. Never retryable: the same server will answer the same.
 *
 * <p>Immutable and thread-safe.
 */
public class OperationUnsupportedException extends SupersetException {

  private static final long serialVersionUID = 1L;

  /** The HTTP method. */
  private final String method;
  /** The path template. */
  private final String pathTemplate;
  /** The SDK method, if known. */
  private final @Nullable String sdkMethod;
  /** The server's version, if known. */
  private final @Nullable String serverVersion;

  /**
   * Creates the exception; the SDK creates these, callers normally only catch them.
   *
   * @param method the HTTP method, e.g. {@code GET}
   * @param pathTemplate the operation's path template, e.g. {@code /api/v1/theme/{pk}}
   * @param sdkMethod the SDK method that made the call, e.g. {@code ThemesClient.get}, or {@code null}
   * @param serverVersion the server's version, e.g. {@code 4.1.4}, or {@code null} if unknown
   * @param cause the server's error answer, or {@code null} if the call was not sent
   * @throws NullPointerException if {@code method} or {@code pathTemplate} is null
   */
  public OperationUnsupportedException(
      String method,
      String pathTemplate,
      @Nullable String sdkMethod,
      @Nullable String serverVersion,
      @Nullable Throwable cause) {
    super(message(method, pathTemplate, sdkMethod, serverVersion, cause), cause, false);
    this.method = method;
    this.pathTemplate = pathTemplate;
    this.sdkMethod = sdkMethod;
    this.serverVersion = serverVersion;
  }

  /**
   * Creates the exception with a reason of its own, for an operation the server has but refuses in a
   * way that a newer release does not (e.g. a route that does not accept bearer tokens).
   *
   * @param method the HTTP method, e.g. {@code GET}
   * @param pathTemplate the operation's path template, e.g. {@code /api/v1/me/}
   * @param sdkMethod the SDK method that made the call, e.g. {@code CurrentUserClient.get}, or {@code null}
   * @param serverVersion the server's version, e.g. {@code 5.0.0}, or {@code null} if unknown
   * @param reason why the server cannot serve the call, appended to the message
   * @param cause the server's error answer, or {@code null}
   * @throws NullPointerException if {@code method}, {@code pathTemplate} or {@code reason} is null
   */
  public OperationUnsupportedException(
      String method,
      String pathTemplate,
      @Nullable String sdkMethod,
      @Nullable String serverVersion,
      String reason,
      @Nullable Throwable cause) {
    super(head(method, pathTemplate, sdkMethod, serverVersion) + ": " + Objects.requireNonNull(reason, "reason"),
        cause, false);
    this.method = method;
    this.pathTemplate = pathTemplate;
    this.sdkMethod = sdkMethod;
    this.serverVersion = serverVersion;
  }

  private static String head(
      String method, String pathTemplate, @Nullable String sdkMethod, @Nullable String serverVersion) {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(pathTemplate, "pathTemplate");
    StringBuilder sb = new StringBuilder();
    sb.append(method).append(' ').append(pathTemplate);
    if (sdkMethod != null) {
      sb.append(" (").append(sdkMethod).append(')');
    }
    return sb.append(" is not supported by ").append(server(serverVersion)).toString();
  }

  private static String message(
      String method, String pathTemplate, @Nullable String sdkMethod, @Nullable String serverVersion,
      @Nullable Throwable cause) {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(pathTemplate, "pathTemplate");
    StringBuilder sb = new StringBuilder();
    sb.append(method).append(' ').append(pathTemplate);
    if (sdkMethod != null) {
      sb.append(" (").append(sdkMethod).append(')');
    }
    sb.append(" is not supported by ").append(server(serverVersion));
    sb.append(cause == null
        ? ": its OpenAPI document has no such operation; not sent"
        : ": it has no such route (" + cause.getMessage() + ")");
    return sb.toString();
  }

  static String server(@Nullable String serverVersion) {
    return serverVersion == null ? "this Superset server (version unknown)" : "Superset " + serverVersion;
  }

  /**
   * The HTTP method of the operation.
   *
   * @return the method, e.g. {@code GET}
   */
  public String method() {
    return method;
  }

  /**
   * The operation's path template, with its parameters named as the SDK names them.
   *
   * @return the template, e.g. {@code /api/v1/theme/{pk}}
   */
  public String pathTemplate() {
    return pathTemplate;
  }

  /**
   * The SDK method that made the call.
   *
   * @return e.g. {@code ThemesClient.get}, or {@code null} if not known (a call through an internal
   *     path)
   */
  public @Nullable String sdkMethod() {
    return sdkMethod;
  }

  /**
   * The server's version, as the server reported it.
   *
   * @return e.g. {@code 4.1.4}, or {@code null} if the server did not say
   */
  public @Nullable String serverVersion() {
    return serverVersion;
  }
}
