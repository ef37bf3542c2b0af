package io.github.supersetsdk.assets;

import org.jspecify.annotations.Nullable;

/**
 * The root of the errors of asset folders, plans and applies. Subclasses say what is wrong and
 * where; whenever one is thrown before an import, nothing was written to Superset. Errors of the
 * Superset API itself are {@link io.github.supersetsdk.client.exception.SupersetException}s.
 *
 * <p>Messages never hold a password.
 */
public class AssetsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The folder file concerned, relative to the folder, or null when the error concerns no one file. */
  private final @Nullable String file;

  /**
   * Creates an error.
   *
   * @param message what is wrong, with where
   * @param file the folder file concerned, relative to the folder, or {@code null}
   * @param cause the underlying error, or {@code null}
   */
  public AssetsException(String message, @Nullable String file, @Nullable Throwable cause) {
    super(message, cause);
    this.file = file;
  }

  /**
   * The folder file the error is about.
   *
   * @return the path relative to the folder, or {@code null} when the error concerns no one file
   */
  public @Nullable String file() {
    return file;
  }
}
