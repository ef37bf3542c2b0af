package io.github.supersetsdk.client.exception;

/**
 * Superset failed while handling the request (5xx). A 502, 503 or 504 is retryable and was retried for idempotent calls before this was thrown; other 5xx statuses are not retryable.
 *
 * <p>Immutable and thread-safe.
 */
public class ServerException extends SupersetApiException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; the SDK creates these, callers normally only catch them.
   *
   * @param details what Superset answered and to which call
   */
  public ServerException(ErrorDetails details) {
    super(details);
  }
}
