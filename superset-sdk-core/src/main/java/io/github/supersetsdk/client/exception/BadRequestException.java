package io.github.supersetsdk.client.exception;

/**
 * Superset rejected the request as invalid (400 or 422): a validation failure, whose {@link #fieldErrors()} name the offending fields, or a malformed query.
 *
 * <p>Immutable and thread-safe.
 */
public class BadRequestException extends SupersetApiException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; the SDK creates these, callers normally only catch them.
   *
   * @param details what Superset answered and to which call
   */
  public BadRequestException(ErrorDetails details) {
    super(details);
  }
}
