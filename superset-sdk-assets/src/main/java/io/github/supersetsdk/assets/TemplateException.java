package io.github.supersetsdk.assets;

import org.jspecify.annotations.Nullable;

/**
 * A Jinja value of a folder file cannot be rendered: a variable without a value, or a template
 * error. The message names the file, line and column of the value; never a rendered value. Thrown
 * before anything is written.
 */
public final class TemplateException extends AssetsException {

  private static final long serialVersionUID = 1L;

  /** The 1-based line of the problem, 0 when unknown. */
  private final int line;
  /** The 1-based column of the problem, 0 when unknown. */
  private final int column;
  /** The variable without a value, or null for other template errors. */
  private final @Nullable String variable;

  /**
   * Creates an error.
   *
   * @param file the file, relative to the folder
   * @param line the 1-based line of the value, or 0 if unknown
   * @param column the 1-based column of the value, or 0 if unknown
   * @param variable the variable without a value, or {@code null} for other template errors
   * @param problem what is wrong
   */
  public TemplateException(String file, int line, int column, @Nullable String variable, String problem) {
    super(file + (line > 0 ? ":" + line + ":" + column : "") + ": " + problem, file, null);
    this.line = line;
    this.column = column;
    this.variable = variable;
  }

  /**
   * The line of the templated value.
   *
   * @return the 1-based line, or 0 if unknown
   */
  public int line() {
    return line;
  }

  /**
   * The column of the templated value.
   *
   * @return the 1-based column, or 0 if unknown
   */
  public int column() {
    return column;
  }

  /**
   * The variable that has no value.
   *
   * @return its name, or {@code null} if the error is not a missing variable
   */
  public @Nullable String variable() {
    return variable;
  }
}
