package io.github.supersetsdk.spring.boot.autoconfigure.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.supersetsdk.ops.CheckResult;
import io.github.supersetsdk.ops.DoctorReport;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class DoctorHealthTest {

  private final AtomicLong now = new AtomicLong();
  private final AtomicInteger runs = new AtomicInteger();

  private DoctorHealth health(Duration ttl, DoctorReport report) {
    return new DoctorHealth(() -> {
      runs.incrementAndGet();
      return report;
    }, ttl, now::get);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> doctor(Map<String, Object> details) {
    return (Map<String, Map<String, Object>>) details.get("doctor");
  }

  @Test
  void contribute_failedCheck_namedAsFailedWithFindingAndHint() {
    Map<String, Object> details = new LinkedHashMap<>();
    List<String> failed = health(Duration.ZERO, new DoctorReport(List.of(
        CheckResult.ok("superset.reachable", "answers"),
        CheckResult.fail("database[warehouse]", "connection refused", "start the warehouse"))))
        .contribute(details);

    assertThat(failed).containsExactly("database[warehouse]");
    assertThat(doctor(details)).containsOnlyKeys("superset.reachable", "database[warehouse]");
    assertThat(doctor(details).get("database[warehouse]")).containsEntry("status", "fail")
        .containsEntry("finding", "connection refused").containsEntry("hint", "start the warehouse");
    assertThat(doctor(details).get("superset.reachable")).containsEntry("status", "ok").doesNotContainKey("hint");
  }

  @Test
  void contribute_warningOnly_nothingFailedButTheWarningIsShown() {
    Map<String, Object> details = new LinkedHashMap<>();
    List<String> failed = health(Duration.ZERO, new DoctorReport(List.of(
        CheckResult.warn("auth.token-lifetime", "10 s", "raise it")))).contribute(details);

    assertThat(failed).isEmpty();
    assertThat(doctor(details).get("auth.token-lifetime")).containsEntry("status", "warn").containsEntry("hint", "raise it");
  }

  @Test
  void contribute_repeatedName_keepsEveryCheck() {
    Map<String, Object> details = new LinkedHashMap<>();
    List<String> failed = health(Duration.ZERO, new DoctorReport(List.of(
        CheckResult.fail("dataset", "a is gone", "fix a"), CheckResult.fail("dataset", "b is gone", "fix b"))))
        .contribute(details);

    assertThat(failed).containsExactly("dataset", "dataset#2");
    assertThat(doctor(details).get("dataset#2")).containsEntry("finding", "b is gone");
  }

  @Test
  void contribute_withinTimeToLive_reusesTheReport() {
    DoctorHealth h = health(Duration.ofMinutes(1), new DoctorReport(List.of(CheckResult.ok("x", "y"))));
    h.contribute(new LinkedHashMap<>());
    now.addAndGet(Duration.ofSeconds(59).toNanos());
    h.contribute(new LinkedHashMap<>());
    assertThat(runs).hasValue(1);
    now.addAndGet(Duration.ofSeconds(1).toNanos());
    h.contribute(new LinkedHashMap<>());
    assertThat(runs).hasValue(2);
  }

  @Test
  void contribute_zeroTimeToLive_runsEveryTime() {
    DoctorHealth h = health(Duration.ZERO, new DoctorReport(List.of(CheckResult.ok("x", "y"))));
    h.contribute(new LinkedHashMap<>());
    h.contribute(new LinkedHashMap<>());
    assertThat(runs).hasValue(2);
  }

  @Test
  void create_negativeTimeToLive_rejected() {
    assertThatThrownBy(() -> health(Duration.ofSeconds(-1), new DoctorReport(List.of())))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeToLive");
  }
}
