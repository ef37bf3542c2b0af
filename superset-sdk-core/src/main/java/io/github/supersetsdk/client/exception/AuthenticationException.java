package io.github.supersetsdk.client.exception;

/**
 * Superset refused the credentials (401), after the client already tried once to renew them: a wrong password, an expired refresh token that could not be replaced by a new login, or a revoked static token.
 *
 * <p>Immutable and thread-safe.
 */
public class AuthenticationException extends SupersetApiException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; the SDK creates these, callers normally only catch them.
   *
   * @param details what Superset answered and to which call
   */
  public AuthenticationException(ErrorDetails details) {
    super(details);
  }
}
