package io.github.supersetsdk.client.embedding;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link GuestTokenService} needs to sign guest tokens itself instead of asking Superset: the
 * server's {@code GUEST_TOKEN_JWT_SECRET}, {@code GUEST_TOKEN_JWT_AUDIENCE} and {@code
 * GUEST_TOKEN_JWT_ALGO}, and the lifetime to give tokens ({@code GUEST_TOKEN_JWT_EXP_SECONDS} is
 * what Superset uses; a local signer may choose its own).
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.EmbeddingSnippets region=GuestTokenSigning}
 *
 * <p>Whoever holds the secret can mint a token for any dashboard with any row-level security, or
 * none: keep it where you keep database passwords. {@link #toString()} never shows it. Immutable and
 * thread-safe.
 */
public final class GuestTokenSigning {

  /** Superset's default {@code GUEST_TOKEN_JWT_EXP_SECONDS}: 5 minutes. */
  public static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(5);

  private final GuestTokenAlgorithm algorithm;
  private final byte[] secret;
  private final String audience;
  private final Duration lifetime;

  private GuestTokenSigning(GuestTokenAlgorithm algorithm, byte[] secret, String audience, Duration lifetime) {
    this.algorithm = algorithm;
    this.secret = secret;
    this.audience = audience;
    this.lifetime = lifetime;
  }

  /**
   * Signing with {@code HS256}, Superset's default algorithm, and tokens of {@link #DEFAULT_LIFETIME}.
   *
   * @param secret Superset's {@code GUEST_TOKEN_JWT_SECRET}; at least 32 bytes in UTF-8
   * @param audience Superset's {@code GUEST_TOKEN_JWT_AUDIENCE}
   * @return the settings
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the secret is too short for the algorithm or the audience is
   *     blank
   */
  public static GuestTokenSigning hs256(String secret, String audience) {
    return of(GuestTokenAlgorithm.HS256, secret, audience);
  }

  /**
   * Signing with the given algorithm and tokens of {@link #DEFAULT_LIFETIME}.
   *
   * @param algorithm Superset's {@code GUEST_TOKEN_JWT_ALGO}
   * @param secret Superset's {@code GUEST_TOKEN_JWT_SECRET}; at least 32, 48 or 64 bytes in UTF-8
   *     for HS256, HS384 or HS512
   * @param audience Superset's {@code GUEST_TOKEN_JWT_AUDIENCE}
   * @return the settings
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the secret is too short for the algorithm or the audience is
   *     blank
   */
  public static GuestTokenSigning of(GuestTokenAlgorithm algorithm, String secret, String audience) {
    Objects.requireNonNull(algorithm, "algorithm");
    Objects.requireNonNull(secret, "secret");
    Objects.requireNonNull(audience, "audience");
    byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
    int minimumBytes = Integer.parseInt(algorithm.name().substring(2)) / 8;
    if (bytes.length < minimumBytes) {
      // Never the secret itself: only its length.
      throw new IllegalArgumentException("the guest-token secret is " + bytes.length + " bytes; " + algorithm
          + " needs at least " + minimumBytes + " (RFC 7518, section 3.2)");
    }
    if (audience.isBlank()) {
      throw new IllegalArgumentException("audience is blank: use Superset's GUEST_TOKEN_JWT_AUDIENCE");
    }
    return new GuestTokenSigning(algorithm, bytes, audience, DEFAULT_LIFETIME);
  }

  /**
   * A copy that signs tokens valid for the given time. Short lifetimes limit what a leaked token
   * can do; the embedded SDK fetches a new one before each expires.
   *
   * @param lifetime from {@code iat} to {@code exp}; whole seconds, at least 1 second
   * @return the new settings
   * @throws NullPointerException if {@code lifetime} is null
   * @throws IllegalArgumentException if {@code lifetime} is under a second or not whole seconds
   */
  public GuestTokenSigning withLifetime(Duration lifetime) {
    Objects.requireNonNull(lifetime, "lifetime");
    if (lifetime.compareTo(Duration.ofSeconds(1)) < 0 || lifetime.getNano() != 0) {
      throw new IllegalArgumentException("lifetime must be whole seconds, at least 1: " + lifetime);
    }
    return new GuestTokenSigning(algorithm, secret, audience, lifetime);
  }

  /**
   * The signing algorithm.
   *
   * @return the algorithm
   */
  public GuestTokenAlgorithm algorithm() {
    return algorithm;
  }

  /**
   * The {@code aud} claim written into every token.
   *
   * @return the audience
   */
  public String audience() {
    return audience;
  }

  /**
   * The time from {@code iat} to {@code exp} of every token.
   *
   * @return the lifetime
   */
  public Duration lifetime() {
    return lifetime;
  }

  // For GuestTokenService only: the secret never leaves the package otherwise.
  byte[] secret() {
    return secret.clone();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof GuestTokenSigning other && algorithm == other.algorithm
        && java.util.Arrays.equals(secret, other.secret) && audience.equals(other.audience)
        && lifetime.equals(other.lifetime);
  }

  @Override
  public int hashCode() {
    return Objects.hash(algorithm, audience, lifetime);
  }

  @Override
  public String toString() {
    return "GuestTokenSigning[algorithm=" + algorithm + ", audience=" + audience + ", lifetime=" + lifetime
        + ", secret=***]";
  }
}
