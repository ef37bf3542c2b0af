package io.github.supersetsdk.client.exception;

/**
 * Superset rejected the request as invalid: a validation failure (400 or 422), whose {@link
 * #fieldErrors()} name the offending fields, a malformed query, or SQL or connection settings the
 * database refused. Superset answers the last two with 500 on some versions and endpoints; the SDK
 * reads the {@link #errorType()} ({@code CONNECTION_*}, {@code GENERIC_DB_ENGINE_ERROR}, {@code
 * COLUMN_DOES_NOT_EXIST_ERROR}, {@code DML_NOT_ALLOWED_ERROR}, ...) and throws this whatever the status
 * ({@link #statusCode()} keeps it). Never retried.
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
