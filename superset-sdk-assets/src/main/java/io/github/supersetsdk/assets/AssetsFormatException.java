package io.github.supersetsdk.assets;

import org.jspecify.annotations.Nullable;

/**
 * A folder file that is not a valid asset document: malformed YAML, a duplicate key, or a missing
 * or wrong field ({@code uuid}, the asset's name). Thrown before anything is written.
 */
public final class AssetsFormatException extends AssetsException {

  private static final long serialVersionUID = 1L;

  /** The 1-based line of the problem, 0 when unknown. */
  private final int line;
  /** The 1-based column of the problem, 0 when unknown. */
  private final int column;

  /**
   * Creates an error.
   *
   * @param file the file, relative to the folder
   * @param line the 1-based line, or 0 if unknown
   * @param column the 1-based column, or 0 if unknown
   * @param problem what is wrong
   * @param cause the parser's error, or {@code null}
   */
  public AssetsFormatException(String file, int line, int column, String problem, @Nullable Throwable cause) {
    super(file + (line > 0 ? ":" + line + ":" + column : "") + ": " + problem, file, cause);
    this.line = line;
    this.column = column;
  }

  /**
   * The line of the error.
   *
   * @return the 1-based line, or 0 if unknown
   */
  public int line() {
    return line;
  }

  /**
   * The column of the error.
   *
   * @return the 1-based column, or 0 if unknown
   */
  public int column() {
    return column;
  }
}
