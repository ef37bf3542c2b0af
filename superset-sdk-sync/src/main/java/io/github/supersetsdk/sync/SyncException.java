package io.github.supersetsdk.sync;

/**
 * The sync cannot start: its input or target is wrong, e.g. an unknown database connection or a
 * selector that does not parse. Nothing was written when this is thrown. Failures of single
 * datasets during an apply are not thrown but reported in {@link SyncReport}.
 */
public class SyncException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong and where
   */
  public SyncException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message what is wrong and where
   * @param cause the underlying failure
   */
  public SyncException(String message, Throwable cause) {
    super(message, cause);
  }
}
