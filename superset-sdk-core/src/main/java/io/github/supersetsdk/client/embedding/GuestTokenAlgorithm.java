package io.github.supersetsdk.client.embedding;

/**
 * The HMAC algorithms Superset can sign guest tokens with ({@code GUEST_TOKEN_JWT_ALGO}, {@code
 * HS256} by default). Each needs a secret at least as long as its hash: 32, 48 or 64 bytes.
 */
public enum GuestTokenAlgorithm {
  /** HMAC with SHA-256, Superset's default; the secret needs at least 32 bytes. */
  HS256,
  /** HMAC with SHA-384; the secret needs at least 48 bytes. */
  HS384,
  /** HMAC with SHA-512; the secret needs at least 64 bytes. */
  HS512
}
