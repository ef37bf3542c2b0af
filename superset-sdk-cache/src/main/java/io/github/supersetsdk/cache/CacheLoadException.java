package io.github.supersetsdk.cache;

/** Thrown by {@link TieredCache#get(Object)} when the loader throws a checked exception. */
public final class CacheLoadException extends CacheException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message which key failed to load
   * @param cause the loader's exception
   */
  public CacheLoadException(String message, Throwable cause) {
    super(message, cause);
  }
}
