package io.github.supersetsdk.spring.boot.autoconfigure.internal;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** Helpers that turn the SDK's argument errors into errors naming the property. */
public final class Properties {

  private Properties() {}

  /**
   * Returns a required property's value.
   *
   * @param value the bound value
   * @param property the property's name
   * @param action what to set
   * @return the value
   * @throws InvalidSupersetPropertyException if the value is null or blank
   */
  public static String required(@Nullable String value, String property, String action) {
    if (value == null || value.isBlank()) {
      throw new InvalidSupersetPropertyException(property, "is not set", action, null);
    }
    return value;
  }

  /**
   * Runs an SDK call that checks a property's value, naming the property when it rejects it.
   *
   * @param property the property's name
   * @param action what to set
   * @param call the call
   * @param <T> its result type
   * @return its result
   * @throws InvalidSupersetPropertyException if the call throws IllegalArgumentException or
   *     IllegalStateException
   */
  public static <T> T checked(String property, String action, Supplier<T> call) {
    try {
      return call.get();
    } catch (InvalidSupersetPropertyException e) {
      throw e;
    } catch (IllegalArgumentException | IllegalStateException e) {
      // The SDK's messages never carry secret values, so they may be shown.
      throw new InvalidSupersetPropertyException(property, "is invalid: " + e.getMessage(), action, e);
    }
  }

  /**
   * Checks that a duration property is positive.
   *
   * @param value the bound value
   * @param property the property's name
   * @param action what to set
   * @return the value
   * @throws InvalidSupersetPropertyException if the value is zero or negative
   */
  public static java.time.Duration positive(java.time.Duration value, String property, String action) {
    if (value.isZero() || value.isNegative()) {
      throw new InvalidSupersetPropertyException(property, "must be positive, is " + value, action, null);
    }
    return value;
  }

  /**
   * Checks that a number property is at least 1.
   *
   * @param value the bound value
   * @param property the property's name
   * @return the value
   * @throws InvalidSupersetPropertyException if the value is below 1
   */
  public static long atLeastOne(long value, String property) {
    if (value < 1) {
      throw new InvalidSupersetPropertyException(property, "must be at least 1, is " + value,
          "Use a number of at least 1.", null);
    }
    return value;
  }
}
