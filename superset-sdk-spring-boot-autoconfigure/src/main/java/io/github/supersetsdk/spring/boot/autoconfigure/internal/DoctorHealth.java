package io.github.supersetsdk.spring.boot.autoconfigure.internal;

import io.github.supersetsdk.ops.CheckResult;
import io.github.supersetsdk.ops.CheckStatus;
import io.github.supersetsdk.ops.Doctor;
import io.github.supersetsdk.ops.DoctorReport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The doctor's checks (superset-sdk-ops) as part of the {@code superset} health indicator. Each
 * check is a {@code doctor} detail keyed by its name, with its status ({@code ok}, {@code warn},
 * {@code fail}), finding and, unless ok, the hint. A {@code fail} makes the indicator DOWN; a
 * {@code warn} leaves it UP (the deployment works, something needs attention). A report is reused for
 * the configured time to live, because the doctor reads every dataset's table.
 *
 * <p>Thread-safe: one doctor run at a time; concurrent health requests wait for it.
 */
public final class DoctorHealth implements SupersetHealthCheck.Extension {

  private final Supplier<DoctorReport> doctor;
  private final long timeToLiveNanos;
  private final LongSupplier nanoTime;
  private @Nullable DoctorReport last;
  private long lastAt;

  /**
   * Creates the extension.
   *
   * @param doctor runs the doctor
   * @param timeToLive how long a report is reused; zero for never
   * @param nanoTime the clock, {@code System::nanoTime} outside tests
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code timeToLive} is negative
   */
  public DoctorHealth(Supplier<DoctorReport> doctor, Duration timeToLive, LongSupplier nanoTime) {
    this.doctor = Objects.requireNonNull(doctor, "doctor");
    if (timeToLive.isNegative()) {
      throw new IllegalArgumentException("timeToLive must not be negative, got " + timeToLive);
    }
    this.timeToLiveNanos = timeToLive.toNanos();
    this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
  }

  /**
   * Creates the extension for a doctor.
   *
   * @param doctor the doctor
   * @param timeToLive how long a report is reused; zero for never
   * @return the extension
   * @throws IllegalArgumentException if {@code timeToLive} is negative
   */
  public static DoctorHealth of(Doctor doctor, Duration timeToLive) {
    return new DoctorHealth(doctor::run, timeToLive, System::nanoTime);
  }

  @Override
  public String name() {
    return "doctor";
  }

  @Override
  public List<String> contribute(Map<String, Object> details) {
    DoctorReport report = report();
    Map<String, Object> checks = new LinkedHashMap<>();
    List<String> failed = new ArrayList<>();
    for (CheckResult c : report.checks()) {
      Map<String, Object> check = new LinkedHashMap<>();
      check.put("status", c.status().label());
      check.put("finding", c.finding());
      if (c.status() != CheckStatus.OK && !c.hint().isEmpty()) {
        check.put("hint", c.hint());
      }
      // Names are unique per report except for repeated per-object checks; keep every one.
      String key = c.name();
      for (int i = 2; checks.containsKey(key); i++) {
        key = c.name() + "#" + i;
      }
      checks.put(key, check);
      if (c.status() == CheckStatus.FAIL) {
        failed.add(key);
      }
    }
    details.put("doctor", checks);
    return failed;
  }

  private synchronized DoctorReport report() {
    long now = nanoTime.getAsLong();
    if (last == null || timeToLiveNanos == 0 || now - lastAt >= timeToLiveNanos) {
      last = Objects.requireNonNull(doctor.get(), "doctor report");
      lastAt = now;
    }
    return last;
  }

  @Override
  public String toString() {
    return "DoctorHealth[timeToLive=" + Duration.ofNanos(timeToLiveNanos) + "]";
  }
}
