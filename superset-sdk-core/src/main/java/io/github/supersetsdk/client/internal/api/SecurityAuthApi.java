package io.github.supersetsdk.client.internal.api;

import feign.Headers;
import feign.Param;
import feign.RequestLine;
import org.jspecify.annotations.Nullable;

/** Login, token refresh and the CSRF token: the calls the transport itself needs. */
public interface SecurityAuthApi {

  /**
   * {@code POST /api/v1/security/login}.
   *
   * @param body the credentials
   * @return the tokens
   */
  @RequestLine("POST /api/v1/security/login")
  @RetrySafe
  @CsrfExempt
  @Anonymous
  @Sensitive
  Tokens login(LoginBody body);

  /**
   * {@code POST /api/v1/security/refresh}, authenticated with the refresh token.
   *
   * @param refreshToken the refresh token
   * @return the new access token
   */
  @RequestLine("POST /api/v1/security/refresh")
  @Headers("Authorization: Bearer {refreshToken}")
  @RetrySafe
  @CsrfExempt
  @Anonymous
  @Sensitive
  Tokens refresh(@Param("refreshToken") String refreshToken);

  /**
   * {@code GET /api/v1/security/csrf_token/}; also sets the session cookie the token belongs to.
   *
   * @return the token
   */
  @RequestLine("GET /api/v1/security/csrf_token/")
  @Sensitive
  Envelopes.Result<String> csrfToken();

  /**
   * The login request body.
   *
   * @param username the user name
   * @param password the password
   * @param provider {@code db} or {@code ldap}
   * @param refresh whether to return a refresh token
   */
  record LoginBody(String username, String password, String provider, boolean refresh) {
    @Override
    public String toString() {
      return "LoginBody[username=" + username + ", password=***, provider=" + provider + "]";
    }
  }

  /**
   * The tokens of a login or refresh answer.
   *
   * @param accessToken the access token
   * @param refreshToken the refresh token; absent from refresh answers
   */
  record Tokens(String accessToken, @Nullable String refreshToken) {
    @Override
    public String toString() {
      return "Tokens[***]";
    }
  }
}
