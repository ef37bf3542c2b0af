package io.github.supersetsdk.assets;

import io.github.supersetsdk.client.exception.SupersetException;

/**
 * The import of the bundle an apply sent failed. Superset imports a bundle in one database
 * transaction: when it refused the bundle, or its answer was lost and the server read back does
 * not have it, nothing of it was written. When the answer was lost and the server could not be
 * read back either, the message says that whether it was written is unknown (applying again
 * writes what is missing). The message gives the reason and the assets that were sent.
 */
public final class AssetsImportException extends AssetsException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an error.
   *
   * @param message what was sent and Superset's reason
   * @param cause the API error
   */
  public AssetsImportException(String message, SupersetException cause) {
    super(message, null, cause);
  }
}
