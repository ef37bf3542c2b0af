package io.github.supersetsdk.sync.profiles;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a Jinja expression in {@code profiles.yml} cannot be rendered: a syntax error, an
 * unknown function or filter (profiles know only {@code env_var}, {@code as_text},
 * {@code as_bool}, {@code as_number} and Jinja's built-ins; {@code target} and {@code var} are not
 * defined there), or a value a filter cannot convert. {@link MissingEnvVarException} is the case of
 * an unset environment variable.
 *
 * <p>Instances are immutable and thread-safe.
 */
public class ProfilesTemplateException extends DbtProfilesException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param reason what is wrong, without the location
   * @param file the profiles file
   * @param line 1-based line, or 0 when unknown
   * @param column 1-based column, or 0 when unknown
   * @param yamlPath dotted path of the templated value
   * @param cause the underlying failure, if any
   * @throws NullPointerException if {@code reason} or {@code file} is null
   */
  public ProfilesTemplateException(
      String reason,
      Path file,
      int line,
      int column,
      @Nullable String yamlPath,
      @Nullable Throwable cause) {
    super(reason, file, line, column, yamlPath, cause);
  }
}
