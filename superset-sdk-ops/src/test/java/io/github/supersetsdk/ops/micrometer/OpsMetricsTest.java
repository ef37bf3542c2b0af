package io.github.supersetsdk.ops.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.supersetsdk.ops.CheckResult;
import io.github.supersetsdk.ops.DoctorReport;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The doctor gauges as a scrape shows them between runs of the doctor. */
class OpsMetricsTest {

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final OpsMetrics metrics = OpsMetrics.create(registry);

  private double gauge(String check, String status) {
    Gauge g = registry.find(OpsMetrics.DOCTOR_CHECK).tag("check", check).tag("status", status).gauge();
    return g == null ? Double.NaN : g.value();
  }

  @Test
  void record_checkGoneFromTheNextReport_noLongerShowsItsLastStatus() {
    // A failed login: the doctor reports superset.checks failed; a drifted dataset fails too.
    metrics.record(new DoctorReport(List.of(
        CheckResult.fail("auth.login", "401", "fix the password"),
        CheckResult.fail("superset.checks", "not run: they need the login that failed above", "fix the login"),
        CheckResult.fail("dataset[marts.fct_orders]", "column gone", "run dbt sync"))));
    assertThat(gauge("superset.checks", "fail")).isEqualTo(1);
    assertThat(gauge("dataset[marts.fct_orders]", "fail")).isEqualTo(1);

    // The next run: the login works and the dataset was fixed, so neither check is in the report.
    metrics.record(new DoctorReport(List.of(
        CheckResult.ok("auth.login", "user admin logged in"),
        CheckResult.ok("datasets", "17 physical datasets match their tables"))));

    assertThat(gauge("auth.login", "ok")).isEqualTo(1);
    assertThat(gauge("auth.login", "fail")).isZero();
    assertThat(gauge("datasets", "ok")).isEqualTo(1);
    // An alert on superset_doctor_check{status="fail"} == 1 must clear.
    assertThat(registry.find(OpsMetrics.DOCTOR_CHECK).tag("status", "fail").gauges())
        .allSatisfy(g -> assertThat(g.value()).isZero());
    assertThat(registry.find(OpsMetrics.DOCTOR_CHECK).tag("check", "superset.checks").gauges()).isEmpty();
    assertThat(registry.find(OpsMetrics.DOCTOR_CHECK).tag("check", "dataset[marts.fct_orders]").gauges()).isEmpty();
  }

  @Test
  void record_checkBackInALaterReport_isPublishedAgain() {
    metrics.record(new DoctorReport(List.of(CheckResult.fail("redis", "Connection refused", "start Redis"))));
    metrics.record(new DoctorReport(List.of(CheckResult.ok("auth.login", "ok"))));
    metrics.record(new DoctorReport(List.of(CheckResult.warn("redis", "slow", "look at Redis"))));

    assertThat(gauge("redis", "warn")).isEqualTo(1);
    assertThat(gauge("redis", "fail")).isZero();
    assertThat(registry.find(OpsMetrics.DOCTOR_CHECK).tag("check", "auth.login").gauges()).isEmpty();
  }
}
