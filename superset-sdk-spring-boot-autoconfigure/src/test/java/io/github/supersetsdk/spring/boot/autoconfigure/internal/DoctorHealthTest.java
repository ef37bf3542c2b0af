package io.github.supersetsdk.spring.boot.autoconfigure.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.supersetsdk.ops.CheckResult;
import io.github.supersetsdk.ops.DoctorReport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DoctorHealthTest {

  private static final DoctorReport OK = new DoctorReport(List.of(CheckResult.ok("x", "y")));
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T12:00:00Z"), ZoneOffset.UTC);

  private final AtomicLong now = new AtomicLong();
  private final AtomicInteger runs = new AtomicInteger();
  private final List<DoctorHealth> started = new ArrayList<>();

  @AfterEach
  void stopAll() {
    started.forEach(DoctorHealth::close);
  }

  /** A doctor on the fake clock: each run takes {@code runTime} of it. */
  private DoctorHealth health(Duration ttl, Duration runTime, DoctorReport report) {
    return new DoctorHealth(() -> {
      runs.incrementAndGet();
      now.addAndGet(runTime.toNanos());
      return report;
    }, ttl, now::get, CLOCK);
  }

  private DoctorHealth health(Duration ttl, DoctorReport report) {
    return health(ttl, Duration.ZERO, report);
  }

  /** A doctor on the real clock, started. */
  private DoctorHealth started(Duration ttl, Supplier<DoctorReport> doctor) {
    DoctorHealth h = new DoctorHealth(doctor, ttl, System::nanoTime, Clock.systemUTC());
    started.add(h);
    h.start();
    return h;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> doctor(Map<String, Object> details) {
    return (Map<String, Map<String, Object>>) details.get("doctor");
  }

  private static Map<String, Object> details(DoctorHealth h) {
    Map<String, Object> details = new LinkedHashMap<>();
    h.contribute(details);
    return details;
  }

  private static void await(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited 10 s for: %s", what).isLessThan(deadline);
      Thread.sleep(10);
    }
  }

  @Test
  void contribute_failedCheck_namedAsFailedWithFindingAndHint() {
    DoctorHealth h = health(Duration.ofMinutes(1), new DoctorReport(List.of(
        CheckResult.ok("superset.reachable", "answers"),
        CheckResult.fail("database[warehouse]", "connection refused", "start the warehouse"))));
    h.refresh();
    Map<String, Object> details = new LinkedHashMap<>();
    List<String> failed = h.contribute(details);

    assertThat(failed).containsExactly("database[warehouse]");
    assertThat(doctor(details)).containsOnlyKeys("superset.reachable", "database[warehouse]");
    assertThat(doctor(details).get("database[warehouse]")).containsEntry("status", "fail")
        .containsEntry("finding", "connection refused").containsEntry("hint", "start the warehouse");
    assertThat(doctor(details).get("superset.reachable")).containsEntry("status", "ok").doesNotContainKey("hint");
    assertThat(details).containsEntry("doctorCheckedAt", "2026-12-06T12:00:00Z").containsEntry("doctorAgeSeconds", 0L)
        .doesNotContainKeys("doctorWarning", "doctorError");
  }

  @Test
  void contribute_warningOnly_nothingFailedButTheWarningIsShown() {
    DoctorHealth h = health(Duration.ofMinutes(1), new DoctorReport(List.of(
        CheckResult.warn("auth.token-lifetime", "10 s", "raise it"))));
    h.refresh();
    Map<String, Object> details = new LinkedHashMap<>();

    assertThat(h.contribute(details)).isEmpty();
    assertThat(doctor(details).get("auth.token-lifetime")).containsEntry("status", "warn").containsEntry("hint", "raise it");
  }

  @Test
  void contribute_repeatedName_keepsEveryCheck() {
    DoctorHealth h = health(Duration.ofMinutes(1), new DoctorReport(List.of(
        CheckResult.fail("dataset", "a is gone", "fix a"), CheckResult.fail("dataset", "b is gone", "fix b"))));
    h.refresh();
    Map<String, Object> details = new LinkedHashMap<>();

    assertThat(h.contribute(details)).containsExactly("dataset", "dataset#2");
    assertThat(doctor(details).get("dataset#2")).containsEntry("finding", "b is gone");
  }

  @Test
  void contribute_beforeTheFirstReport_pendingAndNothingFailedNorRun() {
    DoctorHealth h = health(Duration.ofMinutes(1), new DoctorReport(List.of(CheckResult.fail("x", "y", "z"))));
    Map<String, Object> details = new LinkedHashMap<>();

    assertThat(h.contribute(details)).isEmpty();
    assertThat(details).containsEntry("doctor", "pending").doesNotContainKeys("doctorCheckedAt", "doctorWarning");
    // A health request never runs the doctor itself.
    assertThat(runs).hasValue(0);
  }

  @Test
  void contribute_reportAges_ageShownThenStaleWarningPastThreeTimeToLivesPlusTheRun() {
    DoctorHealth h = health(Duration.ofMinutes(1), Duration.ofSeconds(20), OK);
    h.refresh();
    now.addAndGet(Duration.ofSeconds(200).toNanos()); // 3 x 60 s + the 20 s run: still fresh

    Map<String, Object> fresh = details(h);
    assertThat(fresh).containsEntry("doctorAgeSeconds", 200L).doesNotContainKey("doctorWarning");
    assertThat(doctor(fresh)).containsKey("x");

    now.addAndGet(Duration.ofSeconds(1).toNanos());
    Map<String, Object> stale = details(h);
    // Still served (and still decides the status), but flagged.
    assertThat(doctor(stale)).containsKey("x");
    assertThat(stale).containsEntry("doctorAgeSeconds", 201L);
    assertThat((String) stale.get("doctorWarning")).contains("201 s old").contains("stuck or failing");
  }

  @Test
  void contribute_noReportLongAfterStart_pendingWithWarning() {
    DoctorHealth h = health(Duration.ofMinutes(1), OK);
    now.addAndGet(Duration.ofMinutes(3).plusSeconds(1).toNanos());

    assertThat(details(h)).containsEntry("doctor", "pending")
        .hasEntrySatisfying("doctorWarning", w -> assertThat((String) w).contains("181 s after start-up"));
  }

  @Test
  void refresh_doctorThrows_errorIsADetailAndThePreviousReportStays() {
    AtomicReference<RuntimeException> failure = new AtomicReference<>(new IllegalStateException("superset down"));
    DoctorHealth h = new DoctorHealth(() -> {
      RuntimeException e = failure.get();
      if (e != null) {
        throw e;
      }
      return OK;
    }, Duration.ofMinutes(1), now::get, CLOCK);

    h.refresh();
    assertThat(details(h)).containsEntry("doctor", "pending")
        .containsEntry("doctorError", "IllegalStateException: superset down");

    failure.set(null);
    h.refresh();
    assertThat(details(h)).doesNotContainKey("doctorError").containsKey("doctorCheckedAt");

    failure.set(new IllegalArgumentException("bad answer"));
    now.addAndGet(Duration.ofSeconds(70).toNanos());
    h.refresh();
    Map<String, Object> details = details(h);
    assertThat(doctor(details)).containsKey("x");
    assertThat(details).containsEntry("doctorError", "IllegalArgumentException: bad answer")
        .containsEntry("doctorAgeSeconds", 70L);
  }

  @Test
  void start_slowDoctor_healthRequestsAnswerAtOnceAndNeverStartASecondRun() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger inRun = new AtomicInteger();
    AtomicInteger maxInRun = new AtomicInteger();
    DoctorHealth h = started(Duration.ofMinutes(1), () -> {
      runs.incrementAndGet();
      maxInRun.accumulateAndGet(inRun.incrementAndGet(), Math::max);
      try {
        // The doctor against a busy Superset: seconds.
        release.await(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        inRun.decrementAndGet();
      }
      return OK;
    });
    await("the first run to begin", () -> runs.get() == 1);

    // Many concurrent health requests (and refresh calls) while the doctor runs.
    List<Thread> requests = new ArrayList<>();
    AtomicLong slowestNanos = new AtomicLong();
    AtomicReference<Object> lastDoctor = new AtomicReference<>();
    for (int i = 0; i < 8; i++) {
      Thread t = new Thread(() -> {
        for (int j = 0; j < 50; j++) {
          long begin = System.nanoTime();
          Map<String, Object> details = details(h);
          slowestNanos.accumulateAndGet(System.nanoTime() - begin, Math::max);
          lastDoctor.set(details.get("doctor"));
          h.refresh();
        }
      });
      t.start();
      requests.add(t);
    }
    for (Thread t : requests) {
      t.join(10_000);
    }

    assertThat(Duration.ofNanos(slowestNanos.get())).isLessThan(Duration.ofMillis(100));
    assertThat(lastDoctor.get()).isEqualTo("pending");
    assertThat(runs).hasValue(1);

    release.countDown();
    await("the first report", () -> !"pending".equals(details(h).get("doctor")));
    assertThat(doctor(details(h))).containsKey("x");
    assertThat(runs).hasValue(1);
    assertThat(maxInRun).hasValue(1);
  }

  @Test
  void start_runsAtOnceThenEveryTimeToLive() throws Exception {
    DoctorHealth h = started(Duration.ofMillis(50), () -> {
      runs.incrementAndGet();
      return OK;
    });

    await("three runs", () -> runs.get() >= 3);
    assertThat(h.isRunning()).isTrue();
    assertThat(details(h)).containsKey("doctorCheckedAt");
  }

  @Test
  void close_shutsTheThreadDownAndNoMoreRunsFollow() throws Exception {
    AtomicReference<Thread> thread = new AtomicReference<>();
    DoctorHealth h = started(Duration.ofMillis(50), () -> {
      thread.set(Thread.currentThread());
      runs.incrementAndGet();
      return OK;
    });
    await("a run", () -> runs.get() >= 1);
    assertThat(thread.get().getName()).isEqualTo(DoctorHealth.THREAD_NAME);
    assertThat(thread.get().isDaemon()).isTrue();

    h.close();

    thread.get().join(5_000);
    assertThat(thread.get().isAlive()).isFalse();
    assertThat(h.isRunning()).isFalse();
    int after = runs.get();
    Thread.sleep(200);
    assertThat(runs).hasValue(after);
    // The last report stays readable.
    assertThat(doctor(details(h))).containsKey("x");
  }

  @Test
  void close_duringASlowRun_interruptsItAndEnds() throws Exception {
    CountDownLatch began = new CountDownLatch(1);
    AtomicReference<Thread> thread = new AtomicReference<>();
    DoctorHealth h = started(Duration.ofMinutes(1), () -> {
      thread.set(Thread.currentThread());
      began.countDown();
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted");
      }
      return OK;
    });
    assertThat(began.await(10, TimeUnit.SECONDS)).isTrue();

    long begin = System.nanoTime();
    h.close();

    assertThat(Duration.ofNanos(System.nanoTime() - begin)).isLessThan(Duration.ofSeconds(5));
    thread.get().join(5_000);
    assertThat(thread.get().isAlive()).isFalse();
  }

  @Test
  void create_zeroOrNegativeTimeToLive_rejected() {
    assertThatThrownBy(() -> health(Duration.ZERO, OK))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeToLive");
    assertThatThrownBy(() -> health(Duration.ofSeconds(-1), OK))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeToLive");
  }
}
