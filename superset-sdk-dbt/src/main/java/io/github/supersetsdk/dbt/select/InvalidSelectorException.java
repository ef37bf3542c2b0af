package io.github.supersetsdk.dbt.select;

/**
 * Thrown for a selector dbt would reject, such as an unknown method ({@code foo:bar}), a malformed
 * value ({@code source:a.b.c.d}), or a method that needs state this library does not have
 * ({@code state:}, {@code result:}, {@code source_status:}). Immutable and thread-safe.
 */
public final class InvalidSelectorException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The selector that does not parse. */
  private final String selector;

  /**
   * Creates the exception.
   *
   * @param selector the offending selector as given
   * @param reason what is wrong
   */
  public InvalidSelectorException(String selector, String reason) {
    super("invalid selector '" + selector + "': " + reason);
    this.selector = selector;
  }

  /**
   * Returns the offending selector.
   *
   * @return the selector as given
   */
  public String selector() {
    return selector;
  }
}
