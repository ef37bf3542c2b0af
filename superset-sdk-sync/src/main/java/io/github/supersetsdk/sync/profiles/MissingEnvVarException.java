package io.github.supersetsdk.sync.profiles;

import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when {@code env_var('NAME')} names a variable that is not set and gives no default, as dbt
 * does ("Env var required but not provided"). The message names the variable and the file.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class MissingEnvVarException extends ProfilesTemplateException {
  private static final long serialVersionUID = 1L;

  /** The environment variable that is not set. */
  private final String variable;

  /**
   * Creates the exception.
   *
   * @param variable the name of the unset environment variable
   * @param file the profiles file
   * @param line 1-based line of the value using it, or 0 when unknown
   * @param column 1-based column, or 0 when unknown
   * @param yamlPath dotted path of the value using it
   * @throws NullPointerException if {@code variable} or {@code file} is null
   */
  public MissingEnvVarException(
      String variable, Path file, int line, int column, @Nullable String yamlPath) {
    super(
        "environment variable '"
            + Objects.requireNonNull(variable, "variable")
            + "' is required but not set, and env_var() gives no default",
        file,
        line,
        column,
        yamlPath,
        null);
    this.variable = variable;
  }

  /**
   * Returns the name of the unset variable.
   *
   * @return the variable name
   */
  public String variable() {
    return variable;
  }
}
