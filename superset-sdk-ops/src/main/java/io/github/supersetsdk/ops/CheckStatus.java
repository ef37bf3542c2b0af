package io.github.supersetsdk.ops;

import java.util.Locale;

/** The outcome of one doctor check, from best to worst. */
public enum CheckStatus {
  /** The check passed. */
  OK,
  /** The deployment works, but something needs attention (e.g. a low cache hit rate). */
  WARN,
  /** Something is broken (e.g. a database connection that does not answer). */
  FAIL;

  /**
   * The status as the JSON report writes it.
   *
   * @return {@code ok}, {@code warn} or {@code fail}
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
