package io.github.supersetsdk.client.exception;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Superset answered a call with an error status (3xx or higher, after retries and credential
 * renewal).
 *
 * <p>Carries the status, Superset's {@link ErrorType} and message, field errors from validation
 * failures, the method and the path without its query string, and the request id sent in {@code
 * X-Request-Id}. Status-specific subclasses exist for the statuses callers commonly handle. The
 * server's message is kept as Superset wrote it except that passwords embedded in connection URIs
 * are masked. Instances are immutable and thread-safe.
 */
public class SupersetApiException extends SupersetException {

  private static final long serialVersionUID = 1L;

  /** The status code. */
  private final int statusCode;
  /** The error type. */
  private final @Nullable ErrorType errorType;
  /** The server message. */
  private final @Nullable String serverMessage;
  /** The field errors. */
  private final Map<String, List<String>> fieldErrors;
  /** The method. */
  private final String method;
  /** The path. */
  private final String path;
  /** The request id. */
  private final @Nullable String requestId;

  /**
   * Creates an API exception; the SDK creates these, callers normally only catch them.
   *
   * @param details what Superset answered and to which call
   */
  public SupersetApiException(ErrorDetails details) {
    super(details.message(), null, details.retryable());
    this.statusCode = details.statusCode();
    this.errorType = details.errorType();
    this.serverMessage = details.serverMessage();
    this.fieldErrors = details.fieldErrors();
    this.method = details.method();
    this.path = details.path();
    this.requestId = details.requestId();
  }

  /**
   * The HTTP status Superset answered with.
   *
   * @return the status code, e.g. 422
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * Superset's machine-readable error category, when the body carried one.
   *
   * @return the error type, or {@code null}
   */
  public @Nullable ErrorType errorType() {
    return errorType;
  }

  /**
   * Superset's human-readable message ({@code message}, the first of {@code errors[]}, or
   * flask-jwt's {@code msg}), with connection-URI passwords masked.
   *
   * @return the message, or {@code null} when the body carried none
   */
  public @Nullable String serverMessage() {
    return serverMessage;
  }

  /**
   * Validation errors by field, from a 400 or 422 body whose {@code message} maps field names to
   * lists of messages. Nested fields are flattened with dots, e.g. {@code columns.0.column_name}.
   *
   * @return the field errors, empty when there are none; immutable
   */
  public Map<String, List<String>> fieldErrors() {
    return fieldErrors;
  }

  /**
   * The HTTP method of the failed call.
   *
   * @return the method, e.g. {@code PUT}
   */
  public String method() {
    return method;
  }

  /**
   * The path of the failed call, without query string.
   *
   * @return the path, e.g. {@code /api/v1/dataset/12}
   */
  public String path() {
    return path;
  }

  /**
   * The request id: the one Superset echoed in {@code X-Request-Id}, else the one the SDK sent.
   *
   * @return the request id, or {@code null}
   */
  public @Nullable String requestId() {
    return requestId;
  }

  /**
   * Everything an API exception carries, gathered once so that subclasses stay small. Immutable and
   * thread-safe.
   *
   * @param statusCode the HTTP status
   * @param errorType Superset's error category, or {@code null}
   * @param serverMessage Superset's message (already redacted), or {@code null}
   * @param fieldErrors validation errors by field; copied
   * @param method the HTTP method
   * @param path the path without query string
   * @param requestId the request id, or {@code null}
   * @param retryable whether repeating the call later may succeed
   * @param retryAfter the server's {@code Retry-After} delay, or {@code null}
   */
  public record ErrorDetails(
      int statusCode,
      @Nullable ErrorType errorType,
      @Nullable String serverMessage,
      Map<String, List<String>> fieldErrors,
      String method,
      String path,
      @Nullable String requestId,
      boolean retryable,
      @Nullable Duration retryAfter) {

    /**
     * Validates and copies the components.
     *
     * @param statusCode the HTTP status
     * @param errorType Superset's error category, or {@code null}
     * @param serverMessage Superset's message (already redacted), or {@code null}
     * @param fieldErrors validation errors by field; copied
     * @param method the HTTP method
     * @param path the path without query string
     * @param requestId the request id, or {@code null}
     * @param retryable whether repeating the call later may succeed
     * @param retryAfter the server's {@code Retry-After} delay, or {@code null}
     * @throws NullPointerException if a non-null component is null
     */
    public ErrorDetails {
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(path, "path");
      Map<String, List<String>> byField = new HashMap<>();
      Objects.requireNonNull(fieldErrors, "fieldErrors")
          .forEach((field, messages) -> byField.put(field, List.copyOf(messages)));
      fieldErrors = Map.copyOf(byField);
    }

    /**
     * The exception message: method, path, status, and Superset's message and error type.
     *
     * @return a message free of secrets
     */
    public String message() {
      StringBuilder sb = new StringBuilder();
      sb.append(method).append(' ').append(path).append(" -> ").append(statusCode);
      if (serverMessage != null) {
        sb.append(": ").append(serverMessage);
      }
      if (!fieldErrors.isEmpty() && serverMessage == null) {
        sb.append(": invalid fields ").append(fieldErrors.keySet());
      }
      if (errorType != null) {
        sb.append(" [").append(errorType.value()).append(']');
      }
      if (requestId != null) {
        sb.append(" (request id ").append(requestId).append(')');
      }
      return sb.toString();
    }
  }
}
