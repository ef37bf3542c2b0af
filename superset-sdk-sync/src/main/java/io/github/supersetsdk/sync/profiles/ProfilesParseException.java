package io.github.supersetsdk.sync.profiles;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when {@code profiles.yml} is not valid YAML, does not have dbt's shape (profiles holding
 * {@code outputs} and a {@code target}), or an output lacks a field its adapter needs or has one of
 * the wrong type (such as a {@code port} that is not a number). Names the file, line and column.
 *
 * <p>Instances are immutable and thread-safe.
 */
public class ProfilesParseException extends DbtProfilesException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param reason what is wrong, without the location
   * @param file the profiles file
   * @param line 1-based line, or 0 when unknown
   * @param column 1-based column, or 0 when unknown
   * @param yamlPath dotted path of the offending value, or {@code null} for the file itself
   * @param cause the underlying failure, if any
   * @throws NullPointerException if {@code reason} or {@code file} is null
   */
  public ProfilesParseException(
      String reason,
      Path file,
      int line,
      int column,
      @Nullable String yamlPath,
      @Nullable Throwable cause) {
    super(reason, file, line, column, yamlPath, cause);
  }
}
