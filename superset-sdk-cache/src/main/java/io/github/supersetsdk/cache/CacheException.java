package io.github.supersetsdk.cache;

/**
 * Root of the exceptions thrown by the cache. Failures of Redis are never thrown to callers; they
 * are counted in {@link TierStats#errorCount()} instead.
 */
public class CacheException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what went wrong and where
   * @param cause the cause, or null
   */
  public CacheException(String message, @org.jspecify.annotations.Nullable Throwable cause) {
    super(message, cause);
  }
}
