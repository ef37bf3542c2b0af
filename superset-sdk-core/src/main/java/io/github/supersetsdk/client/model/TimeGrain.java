package io.github.supersetsdk.client.model;

import java.util.Objects;

/**
 * The time bucket of a time-series chart ({@code time_grain_sqla}), as an ISO-8601 duration: {@link
 * #DAY} is {@code P1D}, {@link #MONTH} {@code P1M}.
 *
 * <p>An open value class. Immutable and thread-safe.
 *
 * @param value the ISO-8601 duration Superset uses
 */
public record TimeGrain(String value) {

  /** One hour. */
  public static final TimeGrain HOUR = new TimeGrain("PT1H");
  /** One day. */
  public static final TimeGrain DAY = new TimeGrain("P1D");
  /** One week. */
  public static final TimeGrain WEEK = new TimeGrain("P1W");
  /** One month. */
  public static final TimeGrain MONTH = new TimeGrain("P1M");
  /** One quarter. */
  public static final TimeGrain QUARTER = new TimeGrain("P3M");
  /** One year. */
  public static final TimeGrain YEAR = new TimeGrain("P1Y");

  /**
   * Validates the value.
   *
   * @throws NullPointerException if {@code value} is null
   */
  public TimeGrain {
    Objects.requireNonNull(value, "value");
  }

  /**
   * {@return the time grain with the given duration}
   *
   * @param value the duration, e.g. {@code P1D}
   * @throws NullPointerException if {@code value} is null
   */
  public static TimeGrain of(String value) {
    return new TimeGrain(value);
  }
}
