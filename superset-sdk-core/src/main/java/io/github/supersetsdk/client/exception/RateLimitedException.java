package io.github.supersetsdk.client.exception;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Superset, or a proxy in front of it, is rate limiting the caller (429). Retryable; the client
 * already retried idempotent calls, waiting as long as {@code Retry-After} asked, before throwing.
 *
 * <p>Immutable and thread-safe.
 */
public final class RateLimitedException extends SupersetApiException {

  private static final long serialVersionUID = 1L;

  /** The retry after. */
  private final @Nullable Duration retryAfter;

  /**
   * Creates the exception; the SDK creates these, callers normally only catch them.
   *
   * @param details what Superset answered and to which call
   */
  public RateLimitedException(ErrorDetails details) {
    super(details);
    this.retryAfter = details.retryAfter();
  }

  /**
   * How long the server asked the caller to wait, from the {@code Retry-After} header.
   *
   * @return the delay, or {@code null} when the header was absent or unreadable
   */
  public @Nullable Duration retryAfter() {
    return retryAfter;
  }
}
