package io.github.supersetsdk.sync.profiles;

import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a dbt {@code profiles.yml} cannot be turned into a warehouse target. The subclass says
 * what went wrong; every instance names the {@linkplain #file() file} and, when known, the
 * {@linkplain #line() line} and {@linkplain #column() column} (1-based, 0 when unknown) and the
 * {@linkplain #yamlPath() YAML path} of the offending value, such as {@code shop.outputs.dev.port}.
 * The message never contains a password or token.
 *
 * <p>Instances are immutable and thread-safe.
 */
public class DbtProfilesException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Path file;
  /** The 1-based line of the problem, 0 when unknown. */
  private final int line;
  /** The 1-based column of the problem, 0 when unknown. */
  private final int column;
  /** The path of the offending value in the YAML document, when known. */
  private final @Nullable String yamlPath;
  /** What is wrong, without the location. */
  private final String reason;

  /**
   * Creates the exception.
   *
   * @param reason what is wrong, without the location
   * @param file the profiles file
   * @param line 1-based line, or 0 when unknown
   * @param column 1-based column, or 0 when unknown
   * @param yamlPath dotted path of the offending value, or {@code null} for the file itself
   * @param cause the underlying failure, if any; its message must not hold a secret
   * @throws NullPointerException if {@code reason} or {@code file} is null
   */
  public DbtProfilesException(
      String reason,
      Path file,
      int line,
      int column,
      @Nullable String yamlPath,
      @Nullable Throwable cause) {
    super(format(reason, file, line, column, yamlPath), cause);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.file = file;
    this.line = line;
    this.column = column;
    this.yamlPath = yamlPath;
  }

  private static String format(
      String reason, Path file, int line, int column, @Nullable String yamlPath) {
    StringBuilder sb = new StringBuilder(Objects.requireNonNull(file, "file").toString());
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    sb.append(": ").append(reason);
    if (yamlPath != null) {
      sb.append(" (at ").append(yamlPath).append(')');
    }
    return sb.toString();
  }

  /**
   * Returns the profiles file.
   *
   * @return the file
   */
  public Path file() {
    return file;
  }

  /**
   * Returns the 1-based line of the problem.
   *
   * @return the line, or 0 when unknown
   */
  public int line() {
    return line;
  }

  /**
   * Returns the 1-based column of the problem.
   *
   * @return the column, or 0 when unknown
   */
  public int column() {
    return column;
  }

  /**
   * Returns the dotted YAML path of the offending value, such as {@code shop.outputs.dev.port}.
   *
   * @return the path, or {@code null} when the problem concerns the file as a whole
   */
  public @Nullable String yamlPath() {
    return yamlPath;
  }

  /**
   * Returns what is wrong, without the location.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }
}
