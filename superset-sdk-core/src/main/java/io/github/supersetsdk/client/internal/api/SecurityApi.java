package io.github.supersetsdk.client.internal.api;

import feign.RequestLine;
import io.github.supersetsdk.client.request.GuestResource;
import io.github.supersetsdk.client.request.RlsClause;
import java.util.List;

/** Superset's security endpoints other than login, refresh and the CSRF token (tag "Security"). */
public interface SecurityApi {

  // Minting signs a token and stores nothing: repeating it after a lost answer is harmless.
  @RequestLine("POST /api/v1/security/guest_token/")
  @RetrySafe
  @Sensitive
  Token guestToken(GuestTokenBody body);

  /**
   * The guest token request as sent. {@code user} is an empty object for an anonymous guest:
   * Superset 6.1 answers 500 when the field is missing and 400 when it is null.
   *
   * @param resources the dashboards
   * @param rls the row-level security clauses
   * @param user the guest (a {@code GuestUser}), or an empty map
   */
  record GuestTokenBody(List<GuestResource> resources, List<RlsClause> rls, Object user) {}

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
