package io.github.supersetsdk.dbt.run;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The {@code status} of a node in {@code run_results.json} or {@code sources.json}, such as {@code success}, {@code error} or {@code reused}.
 *
 * <p>This is an open set: values that dbt adds later are kept as read, through {@link #of(String)},
 * rather than rejected. Compare with {@link #equals(Object)}. Immutable and thread-safe.
 */
public final class RunStatus {

  /** {@code success}. */
  public static final RunStatus SUCCESS = new RunStatus("success");

  /** {@code error}. */
  public static final RunStatus ERROR = new RunStatus("error");

  /** {@code skipped}. */
  public static final RunStatus SKIPPED = new RunStatus("skipped");

  /** {@code pass}. */
  public static final RunStatus PASS = new RunStatus("pass");

  /** {@code fail}. */
  public static final RunStatus FAIL = new RunStatus("fail");

  /** {@code warn}. */
  public static final RunStatus WARN = new RunStatus("warn");

  /** {@code runtime error}. */
  public static final RunStatus RUNTIME_ERROR = new RunStatus("runtime error");

  /** {@code reused}. */
  public static final RunStatus REUSED = new RunStatus("reused");

  /** {@code no-op}. */
  public static final RunStatus NO_OP = new RunStatus("no-op");

  /** {@code partial success}. */
  public static final RunStatus PARTIAL_SUCCESS = new RunStatus("partial success");

  private final String value;

  private RunStatus(String value) {
    this.value = value;
  }

  /**
   * Returns the value for a string as dbt writes it; known values return their constant.
   *
   * @param value the value as written
   * @return the value, never {@code null}
   * @throws NullPointerException if {@code value} is null
   */
  public static RunStatus of(String value) {
    Objects.requireNonNull(value, "value");
    switch (value) {
      case "success":
        return SUCCESS;
      case "error":
        return ERROR;
      case "skipped":
        return SKIPPED;
      case "pass":
        return PASS;
      case "fail":
        return FAIL;
      case "warn":
        return WARN;
      case "runtime error":
        return RUNTIME_ERROR;
      case "reused":
        return REUSED;
      case "no-op":
        return NO_OP;
      case "partial success":
        return PARTIAL_SUCCESS;
      default:
        return new RunStatus(value);
    }
  }

  /**
   * Returns the value as dbt writes it.
   *
   * @return the value
   */
  public String value() {
    return value;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RunStatus && ((RunStatus) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
