package io.github.supersetsdk.sync;

import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The exposures YAML file cannot be merged: it does not parse, or its shape is not a dbt
 * properties file (a top-level mapping whose {@code exposures} is a block list of mappings), or
 * it changed between planning and writing. Nothing was written when this is thrown.
 */
public class ExposuresFileException extends SyncException {

  private static final long serialVersionUID = 1L;

  private final transient Path file;
  /** The 1-based line of the problem, 0 when unknown. */
  private final int line;
  /** The 1-based column of the problem, 0 when unknown. */
  private final int column;

  /**
   * Creates the exception.
   *
   * @param file the file
   * @param line the 1-based line of the problem, or 0 if it concerns the whole file
   * @param column the 1-based column, or 0
   * @param problem what is wrong
   * @param cause the parser's error, or null
   */
  public ExposuresFileException(Path file, int line, int column, String problem,
      @Nullable Throwable cause) {
    super(file + (line > 0 ? ":" + line + ":" + column : "") + ": " + problem, cause);
    this.file = Objects.requireNonNull(file, "file");
    this.line = line;
    this.column = column;
  }

  /**
   * The file.
   *
   * @return its path
   */
  public Path file() {
    return file;
  }

  /**
   * The line of the problem.
   *
   * @return the 1-based line, or 0 if the problem concerns the whole file
   */
  public int line() {
    return line;
  }

  /**
   * The column of the problem.
   *
   * @return the 1-based column, or 0
   */
  public int column() {
    return column;
  }
}
