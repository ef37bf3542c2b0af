package io.github.supersetsdk.client.model;

import java.util.Objects;

/**
 * Whether a schedule is a report (sent on every run) or an alert (sent when its SQL condition holds).
 *
 * <p>An open value class: {@link #of(String)} names kinds a newer Superset may add. Immutable and
 * thread-safe.
 *
 * @param value the kind as Superset spells it
 */
public record ReportScheduleType(String value) {

  /** A report: a chart or dashboard sent on every run. */
  public static final ReportScheduleType REPORT = new ReportScheduleType("Report");

  /** An alert: sent when its SQL query's result meets the validator's condition. */
  public static final ReportScheduleType ALERT = new ReportScheduleType("Alert");

  /**
   * Validates the value.
   *
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public ReportScheduleType {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("value is blank");
    }
  }

  /**
   * {@return the kind with the given name}
   *
   * @param value e.g. {@code Report}
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public static ReportScheduleType of(String value) {
    return new ReportScheduleType(value);
  }
}
