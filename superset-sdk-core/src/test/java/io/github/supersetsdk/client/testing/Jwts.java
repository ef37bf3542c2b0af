package io.github.supersetsdk.client.testing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/** Unsigned JWTs for fake servers: the client reads their claims but never verifies them. */
public final class Jwts {

  private Jwts() {}

  /**
   * An unsigned token with the given {@code iat} and {@code exp} claims.
   *
   * @param issuedAt the {@code iat} claim
   * @param expiresAt the {@code exp} claim
   * @return the compact JWT
   */
  public static String token(Instant issuedAt, Instant expiresAt) {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    String header = b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    String payload =
        b64.encodeToString(
            ("{\"iat\":" + issuedAt.getEpochSecond() + ",\"exp\":" + expiresAt.getEpochSecond()
                    + ",\"jti\":\"" + UUID.randomUUID() + "\",\"sub\":\"1\"}")
                .getBytes(StandardCharsets.UTF_8));
    return header + "." + payload + ".c2lnbmF0dXJl";
  }

  /**
   * An unsigned token issued now that expires in an hour.
   *
   * @return the compact JWT
   */
  public static String validForAnHour() {
    Instant now = Instant.now();
    return token(now, now.plusSeconds(3600));
  }
}
