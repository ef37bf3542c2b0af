package io.github.supersetsdk.examples.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The example alert rules: valid for Prometheus (promtool, installed by scripts/services.sh) and
 * holding the production guide's thresholds. That they name meters the SDK really exports is
 * {@code MetricsAlertRulesIT}'s job (a scrape of this example's {@code /metrics} after real calls).
 */
class PrometheusRulesTest {

  private static Path promtool() {
    String env = System.getenv("PROMTOOL_BIN");
    Path p = env != null && !env.isBlank() ? Path.of(env)
        : Path.of(System.getProperty("user.home"), ".cache/superset-sdk/prometheus/usr/bin/promtool");
    assertThat(p).as("promtool; install it with scripts/services.sh up promtool").isExecutable();
    return p;
  }

  @Test
  void promtool_checkRules_succeeds() throws IOException, InterruptedException {
    Process p = new ProcessBuilder(promtool().toString(), "check", "rules", PrometheusRules.FILE.toString())
        .redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(output).isZero();
    assertThat(output).contains("SUCCESS: 6 rules found");
  }

  @Test
  void promtool_rejectsABrokenExpression() throws IOException, InterruptedException {
    // Guards the check above: promtool must really parse the expressions.
    Path broken = Files.createTempFile("rules", ".yml");
    try {
      Files.writeString(broken, Files.readString(PrometheusRules.FILE).replace("> 0.01", "> > 0.01"));
      Process p = new ProcessBuilder(promtool().toString(), "check", "rules", broken.toString())
          .redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).isNotZero();
    } finally {
      Files.deleteIfExists(broken);
    }
  }

  @Test
  void rules_holdTheGuidesThresholds() throws IOException {
    Map<String, PrometheusRules.Rule> rules = PrometheusRules.rules().stream()
        .collect(Collectors.toMap(PrometheusRules.Rule::alert, r -> r));
    assertThat(rules.get("SupersetApiErrorRateHigh").expr()).contains("superset_client_requests_seconds_count").contains("> 0.01");
    assertThat(rules.get("SupersetSdkCacheHitRateLow").expr()).contains("superset_sdk_cache_gets_total").contains("< 0.70");
    assertThat(rules.get("SupersetChartDataLatencyP95High").expr())
        .contains("histogram_quantile(0.95").contains("superset_chart_data_seconds_bucket").contains("> 10");
    for (PrometheusRules.Rule r : rules.values()) {
      assertThat(r.forDuration()).as(r.alert() + " for").isNotBlank();
      assertThat(r.summary()).as(r.alert() + " summary").isNotBlank();
    }
  }

  @Test
  void metricNames_areExtractedFromSelectorsOnly() {
    String expr = "sum by (cache) (rate(superset_sdk_cache_gets_total{result=\"hit\"}[15m])) / sum(rate(x_total[5m]))";
    assertThat(PrometheusRules.metricNames(expr)).containsExactly("superset_sdk_cache_gets_total", "x_total");
    assertThat(PrometheusRules.labelNames(expr)).containsExactly("cache", "result");
    assertThat(PrometheusRules.metricNames("superset_doctor_check{status=\"fail\"} == 1")).isEqualTo(
        java.util.Set.of("superset_doctor_check"));
  }
}
