package io.github.supersetsdk.client.internal.embedding;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.KeyLengthException;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.github.supersetsdk.client.model.GuestToken;
import io.github.supersetsdk.client.model.GuestUser;
import io.github.supersetsdk.client.request.GuestResource;
import io.github.supersetsdk.client.request.GuestTokenRequest;
import io.github.supersetsdk.client.request.RlsClause;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Signs guest tokens as Superset's {@code SupersetSecurityManager.create_guest_access_token} does:
 * an HMAC-signed JWT whose claims are {@code user}, {@code resources}, {@code rls_rules}, {@code
 * iat}, {@code exp}, {@code aud} and {@code type = "guest"}. The JOSE work (header, base64url,
 * HMAC) is nimbus-jose-jwt's; this class only maps the request onto the claims.
 *
 * <p>Immutable and thread-safe ({@link MACSigner} is thread-safe once built).
 */
public final class GuestTokenSigner {

  private final JWSSigner signer;
  private final JWSAlgorithm algorithm;
  private final String audience;
  private final Duration lifetime;

  /**
   * Creates a signer.
   *
   * @param algorithm the JWS name: HS256, HS384 or HS512 (Superset's {@code GUEST_TOKEN_JWT_ALGO})
   * @param secret the shared secret ({@code GUEST_TOKEN_JWT_SECRET}), as UTF-8 bytes
   * @param audience the {@code aud} claim ({@code GUEST_TOKEN_JWT_AUDIENCE})
   * @param lifetime from {@code iat} to {@code exp} ({@code GUEST_TOKEN_JWT_EXP_SECONDS})
   * @throws IllegalArgumentException if the secret is shorter than the algorithm's hash (RFC 7518
   *     section 3.2), naming the lengths but never the secret
   */
  public GuestTokenSigner(String algorithm, byte[] secret, String audience, Duration lifetime) {
    this.algorithm = JWSAlgorithm.parse(algorithm);
    if (!JWSAlgorithm.Family.HMAC_SHA.contains(this.algorithm)) {
      throw new IllegalArgumentException("not an HMAC algorithm: " + algorithm);
    }
    try {
      this.signer = new MACSigner(secret);
    } catch (KeyLengthException e) {
      throw new IllegalArgumentException("the guest-token secret is " + secret.length * 8 + " bits; "
          + algorithm + " needs at least " + minimumBits(algorithm) + " (RFC 7518, section 3.2)");
    }
    if (secret.length * 8 < minimumBits(algorithm)) {
      throw new IllegalArgumentException("the guest-token secret is " + secret.length * 8 + " bits; "
          + algorithm + " needs at least " + minimumBits(algorithm) + " (RFC 7518, section 3.2)");
    }
    this.audience = audience;
    this.lifetime = lifetime;
  }

  /**
   * The smallest secret, in bits, an HMAC algorithm accepts.
   *
   * @param algorithm HS256, HS384 or HS512
   * @return 256, 384 or 512
   */
  public static int minimumBits(String algorithm) {
    return Integer.parseInt(algorithm.substring(2));
  }

  /**
   * Signs a token for a request.
   *
   * @param request what the token grants
   * @param now the issue time; {@code exp} is {@code now + lifetime}, both whole seconds
   * @return the token, with its expiry
   * @throws IllegalStateException if signing fails (it does not with a valid key)
   */
  public GuestToken sign(GuestTokenRequest request, Instant now) {
    Instant issuedAt = Instant.ofEpochSecond(now.getEpochSecond());
    Instant expiresAt = issuedAt.plus(lifetime);
    JWTClaimsSet claims = new JWTClaimsSet.Builder()
        .claim("user", user(request.user()))
        .claim("resources", resources(request.resources()))
        .claim("rls_rules", rules(request.rls()))
        .issueTime(Date.from(issuedAt))
        .expirationTime(Date.from(expiresAt))
        .audience(audience)
        .claim("type", "guest")
        .build();
    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(algorithm).type(JOSEObjectType.JWT).build(), claims);
    try {
      jwt.sign(signer);
    } catch (JOSEException e) {
      // The message names the algorithm, never the key.
      throw new IllegalStateException("signing a guest token failed: " + e.getMessage(), e);
    }
    return GuestToken.of(jwt.serialize(), expiresAt);
  }

  // Superset's API loads the user with marshmallow, which keeps only the fields it was sent.
  private static Map<String, Object> user(@Nullable GuestUser user) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (user == null) {
      return out;
    }
    out.put("username", user.username());
    if (user.firstName() != null) {
      out.put("first_name", user.firstName());
    }
    if (user.lastName() != null) {
      out.put("last_name", user.lastName());
    }
    return out;
  }

  private static List<Object> resources(List<GuestResource> resources) {
    List<Object> out = new ArrayList<>();
    for (GuestResource r : resources) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("type", r.type());
      m.put("id", r.id());
      out.add(m);
    }
    return out;
  }

  private static List<Object> rules(List<RlsClause> rls) {
    List<Object> out = new ArrayList<>();
    for (RlsClause c : rls) {
      Map<String, Object> m = new LinkedHashMap<>();
      if (c.dataset() != null) {
        m.put("dataset", c.dataset().value());
      }
      m.put("clause", c.clause());
      out.add(m);
    }
    return out;
  }

  @Override
  public String toString() {
    return "GuestTokenSigner[" + algorithm + ", aud=" + audience + ", lifetime=" + lifetime + ", secret=***]";
  }
}
