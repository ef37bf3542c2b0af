package io.github.supersetsdk.spring.boot.autoconfigure.internal;

import io.github.supersetsdk.ops.CheckResult;
import io.github.supersetsdk.ops.CheckStatus;
import io.github.supersetsdk.ops.Doctor;
import io.github.supersetsdk.ops.DoctorReport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The doctor's checks (superset-sdk-ops) as part of the {@code superset} health indicator. The doctor
 * reads every dataset's table and takes seconds to minutes against a busy Superset, far too long for a
 * health request, so it runs on a background thread of its own: once when the context starts, then
 * again {@code timeToLive} after each run ends. A health request only reads the last completed report
 * and never waits for, or starts, a run.
 *
 * <p>Details: {@code doctor} lists each check keyed by its name, with its status ({@code ok}, {@code
 * warn}, {@code fail}), finding and, unless ok, the hint; {@code doctorCheckedAt} (ISO-8601) and
 * {@code doctorAgeSeconds} say when that report completed. A {@code fail} makes the indicator DOWN; a
 * {@code warn} leaves it UP. Until the first report completes, {@code doctor} is {@code "pending"} and
 * login and version alone decide the status. A run that throws leaves the previous report in place and
 * adds {@code doctorError}. A report (or a pending start) older than three times the time to live plus
 * the last run's duration adds {@code doctorWarning}: the background run is stuck or failing, and the
 * report shown is not fresh.
 *
 * <p>Thread-safe: runs are serialised on one daemon thread; health requests read an immutable
 * snapshot. The thread starts with the context ({@link SmartLifecycle}) and is stopped with it.
 */
public final class DoctorHealth implements SupersetHealthCheck.Extension, SmartLifecycle, AutoCloseable {

  /** The name of the doctor's background thread. */
  public static final String THREAD_NAME = "superset-health-doctor";

  /** How many times the time to live a report may age (beyond a run) before it is flagged. */
  static final int STALE_FACTOR = 3;

  private static final Logger log = LoggerFactory.getLogger(DoctorHealth.class);

  /** The last completed report, and the last run's error if that run threw. Immutable. */
  private record State(@Nullable Report report, @Nullable String error) {}

  /** A completed report with when it completed and how long its run took. */
  private record Report(DoctorReport report, Instant checkedAt, long completedAtNanos, long runNanos) {}

  private final Supplier<DoctorReport> doctor;
  private final long timeToLiveNanos;
  private final LongSupplier nanoTime;
  private final Clock clock;
  private final AtomicBoolean inRun = new AtomicBoolean();
  private final Object lifecycle = new Object();
  private volatile State state = new State(null, null);
  private volatile long startedAtNanos;
  private @Nullable ScheduledExecutorService executor; // guarded by lifecycle

  /**
   * Creates the extension; {@link #start()} starts its background runs.
   *
   * @param doctor runs the doctor
   * @param timeToLive the pause between the end of one run and the start of the next
   * @param nanoTime the monotonic clock for ages, {@code System::nanoTime} outside tests
   * @param clock the wall clock for {@code doctorCheckedAt}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code timeToLive} is not positive
   */
  public DoctorHealth(Supplier<DoctorReport> doctor, Duration timeToLive, LongSupplier nanoTime, Clock clock) {
    this.doctor = Objects.requireNonNull(doctor, "doctor");
    if (timeToLive.isZero() || timeToLive.isNegative()) {
      throw new IllegalArgumentException("timeToLive must be positive, got " + timeToLive);
    }
    this.timeToLiveNanos = timeToLive.toNanos();
    this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.startedAtNanos = nanoTime.getAsLong();
  }

  /**
   * Creates the extension for a doctor.
   *
   * @param doctor the doctor
   * @param timeToLive the pause between the end of one run and the start of the next
   * @return the extension, not yet started
   * @throws IllegalArgumentException if {@code timeToLive} is not positive
   */
  public static DoctorHealth of(Doctor doctor, Duration timeToLive) {
    return new DoctorHealth(doctor::run, timeToLive, System::nanoTime, Clock.systemUTC());
  }

  @Override
  public String name() {
    return "doctor";
  }

  /**
   * Adds the last completed report's details; returns at once, whatever the doctor is doing.
   *
   * @param details the indicator's details, to add to
   * @return the names of the report's failed checks; empty while pending
   */
  @Override
  public List<String> contribute(Map<String, Object> details) {
    State s = state;
    long now = nanoTime.getAsLong();
    Report r = s.report();
    if (r == null) {
      details.put("doctor", "pending");
      long waited = now - startedAtNanos;
      if (waited > STALE_FACTOR * timeToLiveNanos) {
        details.put("doctorWarning", "no doctor report " + seconds(waited)
            + " s after start-up: the background doctor run is stuck or failing");
      }
      putError(details, s);
      return List.of();
    }
    Map<String, Object> checks = new LinkedHashMap<>();
    List<String> failed = new ArrayList<>();
    for (CheckResult c : r.report().checks()) {
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
    long age = now - r.completedAtNanos();
    details.put("doctorCheckedAt", r.checkedAt().toString());
    details.put("doctorAgeSeconds", seconds(age));
    // With a fixed delay between runs a healthy report is at most one time to live plus one run old;
    // the factor leaves room for a slower run before calling it stale.
    if (age > STALE_FACTOR * timeToLiveNanos + r.runNanos()) {
      details.put("doctorWarning", "the doctor report is " + seconds(age) + " s old, more than "
          + STALE_FACTOR + " times the time to live (" + Duration.ofNanos(timeToLiveNanos)
          + "): the background doctor run is stuck or failing");
    }
    putError(details, s);
    return failed;
  }

  private static void putError(Map<String, Object> details, State s) {
    if (s.error() != null) {
      details.put("doctorError", s.error());
    }
  }

  private static long seconds(long nanos) {
    return TimeUnit.NANOSECONDS.toSeconds(Math.max(0, nanos));
  }

  /**
   * Runs the doctor once on the calling thread and keeps its report, or its error; does nothing when
   * a run is already in progress. The background thread calls it.
   */
  void refresh() {
    if (!inRun.compareAndSet(false, true)) {
      return;
    }
    try {
      long begin = nanoTime.getAsLong();
      DoctorReport report;
      try {
        report = Objects.requireNonNull(doctor.get(), "doctor report");
      } catch (RuntimeException e) {
        failed(e);
        return;
      } catch (Error e) {
        // Shown, then rethrown: the executor ends the schedule, and the report turns stale visibly.
        failed(e);
        throw e;
      }
      long end = nanoTime.getAsLong();
      state = new State(new Report(report, clock.instant(), end, end - begin), null);
      log.debug("Superset doctor run took {} ms", TimeUnit.NANOSECONDS.toMillis(end - begin));
    } finally {
      inRun.set(false);
    }
  }

  private void failed(Throwable e) {
    // The SDK's messages never hold a password or token, so the message may be shown.
    String error = e.getClass().getSimpleName() + ": " + e.getMessage();
    State previous = state;
    if (previous.error() == null && !Thread.currentThread().isInterrupted()) {
      log.warn("Superset doctor run failed, the health indicator keeps the previous report: {}", error);
    } else {
      // Repeats, and runs cut short by the context closing.
      log.debug("Superset doctor run failed: {}", error);
    }
    state = new State(previous.report(), error);
  }

  /** Starts the background runs: the first at once, then each a time to live after the last ended. */
  @Override
  public void start() {
    synchronized (lifecycle) {
      if (executor != null) {
        return;
      }
      ScheduledExecutorService e = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread t = new Thread(task, THREAD_NAME);
        // Never keeps the JVM alive, should the context not be closed.
        t.setDaemon(true);
        return t;
      });
      startedAtNanos = nanoTime.getAsLong();
      e.scheduleWithFixedDelay(this::refresh, 0, timeToLiveNanos, TimeUnit.NANOSECONDS);
      executor = e;
    }
  }

  /** Stops the background runs, interrupting one in progress; the last report stays readable. */
  @Override
  public void stop() {
    ScheduledExecutorService e;
    synchronized (lifecycle) {
      e = executor;
      executor = null;
    }
    if (e == null) {
      return;
    }
    e.shutdownNow();
    try {
      // The doctor's HTTP calls end on interrupt; a run stuck elsewhere is left to its daemon thread.
      if (!e.awaitTermination(5, TimeUnit.SECONDS)) {
        log.debug("Superset doctor thread did not end within 5 s of the context closing");
      }
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public boolean isRunning() {
    synchronized (lifecycle) {
      return executor != null;
    }
  }

  /** Same as {@link #stop()}; lets the context destroy the bean even when it was never started. */
  @Override
  public void close() {
    stop();
  }

  @Override
  public String toString() {
    return "DoctorHealth[timeToLive=" + Duration.ofNanos(timeToLiveNanos) + ", running=" + isRunning() + "]";
  }
}
