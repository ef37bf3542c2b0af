package io.github.supersetsdk.ops;

import java.util.Objects;

/**
 * The result of one doctor check: its name, its status, one line saying what was found and one
 * saying how to fix it. Findings never contain passwords or tokens.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the check's name, e.g. {@code superset.reachable} or {@code database[warehouse]}
 * @param status the outcome
 * @param finding what the check found, one line
 * @param hint how to fix it, one line; empty when there is nothing to fix
 */
public record CheckResult(String name, CheckStatus status, String finding, String hint) {

  /**
   * Validates the components.
   *
   * @param name the check's name
   * @param status the outcome
   * @param finding what was found
   * @param hint how to fix it
   * @throws NullPointerException if a component is null
   */
  public CheckResult {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(finding, "finding");
    Objects.requireNonNull(hint, "hint");
  }

  /**
   * A passed check.
   *
   * @param name the check's name
   * @param finding what was found
   * @return the result
   * @throws NullPointerException if an argument is null
   */
  public static CheckResult ok(String name, String finding) {
    return new CheckResult(name, CheckStatus.OK, finding, "");
  }

  /**
   * A check that needs attention.
   *
   * @param name the check's name
   * @param finding what was found
   * @param hint how to fix it
   * @return the result
   * @throws NullPointerException if an argument is null
   */
  public static CheckResult warn(String name, String finding, String hint) {
    return new CheckResult(name, CheckStatus.WARN, finding, hint);
  }

  /**
   * A failed check.
   *
   * @param name the check's name
   * @param finding what was found
   * @param hint how to fix it
   * @return the result
   * @throws NullPointerException if an argument is null
   */
  public static CheckResult fail(String name, String finding, String hint) {
    return new CheckResult(name, CheckStatus.FAIL, finding, hint);
  }
}
