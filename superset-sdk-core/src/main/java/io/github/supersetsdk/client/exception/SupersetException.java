package io.github.supersetsdk.client.exception;

import org.jspecify.annotations.Nullable;

/**
 * Root of every exception the SDK throws.
 *
 * <p>The tree is unchecked, so callers catch only what they can handle: a specific status such as
 * {@link NotFoundException}, every answer from Superset as {@link SupersetApiException}, or everything
 * as this type. {@link #isRetryable()} says whether repeating the same call later may succeed; the
 * client has already retried such failures according to its retry policy before throwing.
 *
 * <p>Messages never contain credentials, tokens, cookies, request bodies or query strings.
 * Instances are immutable and thread-safe.
 */
public class SupersetException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The retryable. */
  private final boolean retryable;

  /**
   * Creates an exception.
   *
   * @param message a description free of secrets
   * @param cause the underlying failure, or {@code null}
   * @param retryable whether repeating the call later may succeed
   */
  public SupersetException(String message, @Nullable Throwable cause, boolean retryable) {
    super(message, cause);
    this.retryable = retryable;
  }

  /**
   * Whether the failure is transient, so that the same call may succeed if repeated later: a
   * connection failure, a timeout, a 429 or a 502/503/504. Retryable failures of idempotent calls
   * have already been retried by the client before this exception reached the caller.
   *
   * @return {@code true} if repeating the call may succeed
   */
  public boolean isRetryable() {
    return retryable;
  }
}
