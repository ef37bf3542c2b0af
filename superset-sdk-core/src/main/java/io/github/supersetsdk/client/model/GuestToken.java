package io.github.supersetsdk.client.model;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A guest token for an embedded dashboard: a short-lived JWT that lets a browser (through Superset's
 * embedded SDK) or a {@code SupersetClient} built with {@code Credentials.guestToken(...)} see the
 * dashboards it names, filtered by its row-level security clauses.
 *
 * <p>It is a secret: {@link #toString()} shows only its expiry. Hand {@link #value()} to your front
 * end over an authenticated channel and never log it. Immutable and thread-safe.
 */
public final class GuestToken {

  private final String value;
  private final @Nullable Instant expiresAt;

  private GuestToken(String value, @Nullable Instant expiresAt) {
    this.value = value;
    this.expiresAt = expiresAt;
  }

  /**
   * Wraps a guest token string, e.g. one minted by another service.
   *
   * @param value the token; not blank
   * @param expiresAt when it expires, or {@code null} if unknown
   * @return the guest token
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public static GuestToken of(String value, @Nullable Instant expiresAt) {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("value is blank");
    }
    return new GuestToken(value, expiresAt);
  }

  /** {@return the token itself, to pass to Superset's embedded SDK ({@code fetchGuestToken})} */
  public String value() {
    return value;
  }

  /**
   * {@return when the token expires, read from its {@code exp} claim, or {@code null} if it carries none} The
   * server sets it from {@code GUEST_TOKEN_JWT_EXP_SECONDS}, 5 minutes by default.
   */
  public @Nullable Instant expiresAt() {
    return expiresAt;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof GuestToken other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return "GuestToken[expiresAt=" + expiresAt + ", value=***]";
  }
}
