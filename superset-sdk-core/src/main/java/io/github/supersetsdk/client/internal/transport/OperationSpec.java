package io.github.supersetsdk.client.internal.transport;

import java.util.Locale;
import java.util.Objects;

/**
 * How the transport treats one operation: its id (as in the OpenAPI spec), and whether it may be
 * retried, needs a CSRF token, carries the client's credentials, or has secret bodies.
 *
 * @param id the operation id, {@code "<METHOD> <path template>"}
 * @param method the HTTP method, upper case
 * @param retrySafe whether transient failures may be retried (idempotent methods always are)
 * @param csrfExempt whether Superset skips the CSRF check for it
 * @param anonymous whether it is sent without the client's credentials
 * @param sensitive whether its bodies hold secrets and must never be logged
 */
public record OperationSpec(
    String id,
    String method,
    boolean retrySafe,
    boolean csrfExempt,
    boolean anonymous,
    boolean sensitive) {

  /**
   * Validates the components and normalises the method.
   *
   * @throws NullPointerException if a component is null
   */
  public OperationSpec {
    Objects.requireNonNull(id, "id");
    method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
  }

  /**
   * Creates the spec of a call made through the raw escape hatch. Its bodies are never logged: any
   * endpoint may be called raw, and some answer secrets under keys the redactor cannot know (the CSRF
   * token is {@code result}).
   *
   * @param method the HTTP method
   * @param retrySafe whether the caller declared a POST safe to repeat
   * @return the spec, with id {@code "raw <METHOD>"}, sensitive
   */
  public static OperationSpec raw(String method, boolean retrySafe) {
    String upper = method.toUpperCase(Locale.ROOT);
    return new OperationSpec("raw " + upper, upper, retrySafe, false, false, true);
  }

  /**
   * Whether the method is idempotent by HTTP semantics.
   *
   * @return {@code true} for GET, HEAD, PUT, DELETE and OPTIONS
   */
  public boolean idempotent() {
    return switch (method) {
      case "GET", "HEAD", "PUT", "DELETE", "OPTIONS" -> true;
      default -> false;
    };
  }

  /**
   * Whether a transient failure after the request may have reached the server can be retried.
   *
   * @return {@code true} if idempotent or declared retry-safe
   */
  public boolean retryable() {
    return retrySafe || idempotent();
  }

  /**
   * Whether the method changes state, so Superset checks CSRF for it.
   *
   * @return {@code true} for POST, PUT, PATCH and DELETE
   */
  public boolean unsafe() {
    return switch (method) {
      case "GET", "HEAD", "OPTIONS", "TRACE" -> false;
      default -> true;
    };
  }
}
