package io.github.supersetsdk.client.internal.api;

import feign.RequestLine;
import io.github.supersetsdk.client.request.GuestTokenRequest;

/** Superset's security endpoints other than login, refresh and the CSRF token (tag "Security"). */
public interface SecurityApi {

  @RequestLine("POST /api/v1/security/guest_token/")
  @Sensitive
  Token guestToken(GuestTokenRequest body);

  /**
   * The guest token answer.
   *
   * @param token the token
   */
  record Token(String token) {
    @Override
    public String toString() {
      return "Token[***]";
    }
  }
}
