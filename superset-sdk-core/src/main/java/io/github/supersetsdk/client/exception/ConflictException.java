package io.github.supersetsdk.client.exception;

/**
 * The request conflicts with the server's state (409), e.g. creating an object whose unique name already exists.
 *
 * <p>Immutable and thread-safe.
 */
public class ConflictException extends SupersetApiException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; the SDK creates these, callers normally only catch them.
   *
   * @param details what Superset answered and to which call
   */
  public ConflictException(ErrorDetails details) {
    super(details);
  }
}
