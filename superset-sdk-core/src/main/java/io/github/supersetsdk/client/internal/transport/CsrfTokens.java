package io.github.supersetsdk.client.internal.transport;

/** Supplies the CSRF token of the client's session, fetching it lazily. */
public interface CsrfTokens {

  /**
   * The current token, fetched from {@code /api/v1/security/csrf_token/} on first use or after
   * {@link #invalidate(String)}. Only one fetch runs at a time.
   *
   * @return the token
   */
  String token();

  /**
   * Forgets {@code token} if it is still the current one, so that the next {@link #token()} fetches
   * a new one.
   *
   * @param token the token Superset refused
   */
  void invalidate(String token);
}
