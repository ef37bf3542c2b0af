package io.github.supersetsdk.assets;

import io.github.supersetsdk.client.exception.SupersetException;

/**
 * Superset refused the bundle an apply sent. Superset imports a bundle in one database transaction,
 * so nothing of it was written; the message gives Superset's reason and the assets that were sent.
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
