package io.github.supersetsdk.client.exception;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A request set fields that the Superset server does not know, typically ones added in a later
 * release. The client never drops a value the caller set: it throws this instead, before sending
 * when the server's OpenAPI document shows the fields unknown, or after the server refused them as
 * {@code "Unknown field."} (400), which is then the {@linkplain #getCause() cause}.
 *
 * <p>Unknown fields that hold nothing (an empty string, list or object) are dropped instead, with a
 * debug log, so that a request written for a newer server still works on an older one as long as it
 * only uses what that server has. Never retryable.
 *
 * <p>Immutable and thread-safe.
 */
public class FieldUnsupportedException extends SupersetException {

  private static final long serialVersionUID = 1L;

  /** The HTTP method. */
  private final String method;
  /** The path template. */
  private final String pathTemplate;
  /** The unknown fields. */
  private final List<String> fields;
  /** The SDK method, if known. */
  private final @Nullable String sdkMethod;
  /** The server's version, if known. */
  private final @Nullable String serverVersion;

  /**
   * Creates the exception; the SDK creates these, callers normally only catch them.
   *
   * @param method the HTTP method, e.g. {@code PUT}
   * @param pathTemplate the operation's path template, e.g. {@code /api/v1/dataset/{pk}}
   * @param fields the unknown fields, dotted for nested ones (e.g. {@code columns.0.foo}); copied
   * @param sdkMethod the SDK method that made the call, or {@code null}
   * @param serverVersion the server's version, or {@code null} if unknown
   * @param cause the server's 400 answer, or {@code null} if the call was not sent
   * @throws NullPointerException if {@code method}, {@code pathTemplate} or {@code fields} is null
   * @throws IllegalArgumentException if {@code fields} is empty
   */
  public FieldUnsupportedException(
      String method,
      String pathTemplate,
      List<String> fields,
      @Nullable String sdkMethod,
      @Nullable String serverVersion,
      @Nullable Throwable cause) {
    super(message(method, pathTemplate, fields, sdkMethod, serverVersion, cause), cause, false);
    this.method = method;
    this.pathTemplate = pathTemplate;
    this.fields = List.copyOf(fields);
    this.sdkMethod = sdkMethod;
    this.serverVersion = serverVersion;
  }

  private static String message(
      String method, String pathTemplate, List<String> fields, @Nullable String sdkMethod,
      @Nullable String serverVersion, @Nullable Throwable cause) {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(pathTemplate, "pathTemplate");
    if (Objects.requireNonNull(fields, "fields").isEmpty()) {
      throw new IllegalArgumentException("fields is empty");
    }
    StringBuilder sb = new StringBuilder();
    sb.append(method).append(' ').append(pathTemplate);
    if (sdkMethod != null) {
      sb.append(" (").append(sdkMethod).append(')');
    }
    sb.append(": ").append(OperationUnsupportedException.server(serverVersion))
        .append(fields.size() == 1 ? " does not know the field " : " does not know the fields ")
        .append(String.join(", ", fields))
        .append(cause == null ? " set in the request; not sent" : " set in the request (refused as unknown)");
    return sb.toString();
  }

  /**
   * The HTTP method of the operation.
   *
   * @return the method
   */
  public String method() {
    return method;
  }

  /**
   * The operation's path template.
   *
   * @return the template, e.g. {@code /api/v1/dataset/{pk}}
   */
  public String pathTemplate() {
    return pathTemplate;
  }

  /**
   * The fields the server does not know, as sent: top-level JSON names, dotted for nested ones.
   *
   * @return the field names, at least one; immutable
   */
  public List<String> fields() {
    return fields;
  }

  /**
   * The SDK method that made the call.
   *
   * @return e.g. {@code DatasetsClient.update}, or {@code null} if not known
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
