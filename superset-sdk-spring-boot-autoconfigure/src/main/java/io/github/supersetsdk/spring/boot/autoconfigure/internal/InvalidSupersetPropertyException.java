package io.github.supersetsdk.spring.boot.autoconfigure.internal;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A {@code superset.*} property is missing or has a value the SDK rejects. Names the property and
 * what to do, never the value (it may be a secret). Turned into a failure analysis at start-up.
 */
public final class InvalidSupersetPropertyException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  /** The property's canonical name, e.g. {@code superset.base-url}. */
  private final String property;

  /** What is wrong, without the value. */
  private final String problem;

  /** What to do about it. */
  private final String action;

  /**
   * Creates the exception.
   *
   * @param property the property's canonical name, e.g. {@code superset.base-url}
   * @param problem what is wrong, without the value
   * @param action what to do about it
   * @param cause what the SDK threw, or null
   */
  public InvalidSupersetPropertyException(String property, String problem, String action, @Nullable Throwable cause) {
    super("Property " + Objects.requireNonNull(property, "property") + ": " + problem, cause);
    this.property = property;
    this.problem = problem;
    this.action = action;
  }

  /**
   * The property.
   *
   * @return its canonical name
   */
  public String property() {
    return property;
  }

  /**
   * What is wrong.
   *
   * @return the problem, without the value
   */
  public String problem() {
    return problem;
  }

  /**
   * What to do.
   *
   * @return the action
   */
  public String action() {
    return action;
  }
}
