package io.github.supersetsdk.client.exception;

/**
 * The object or endpoint does not exist (404). Also raised for endpoints behind a feature flag that is off on the server, such as {@code /report/} without {@code ALERT_REPORTS}.
 *
 * <p>Immutable and thread-safe.
 */
public class NotFoundException extends SupersetApiException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; the SDK creates these, callers normally only catch them.
   *
   * @param details what Superset answered and to which call
   */
  public NotFoundException(ErrorDetails details) {
    super(details);
  }
}
