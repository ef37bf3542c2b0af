package io.github.supersetsdk.examples.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The example Prometheus alert rules against the example service's real {@code /metrics}: the
 * service is started in process, a signed-in tenant's summary makes chart-data requests through the
 * SDK cache and then reads them from it, the doctor runs, and every metric name and label that
 * {@code examples/prometheus/superset-sdk-rules.yml} uses must be in the scrape.
 */
class MetricsAlertRulesIT {

  // A metric name in PromQL is followed by its label matchers or its range; functions by "(" and
  // label names by "=", "!" or ")".

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void everyMetricAndLabelOfTheRulesIsOnTheServiceMetrics() throws Exception {
    Settings settings = Settings.fromEnvironment(System.getenv()).withPort(0);
    try (EmbeddedAnalyticsApp app = EmbeddedAnalyticsApp.start(settings)) {
      String cookie = login(app, settings.users().get(0).username());
      // The first summary loads both big numbers from Superset through the SDK cache, the second
      // reads them from its L1.
      for (int i = 0; i < 2; i++) {
        HttpResponse<String> summary = http.send(HttpRequest.newBuilder(URI.create(app.origin() + "/api/summary"))
            .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(summary.statusCode()).as(summary.body()).isEqualTo(200);
        assertThat(summary.body()).contains("\"orders\":");
      }

      String scrape = scrapeOnceTheDoctorRan(app);
      String dashboard = Long.toString(app.dashboard().dashboard().value());
      // Two chart-data requests reached Superset (one per big number), the rest were cache hits.
      assertThat(sum(scrape, "superset_chart_data_seconds_count", "dashboard=\"" + dashboard + "\"")).isEqualTo(2);
      assertThat(sum(scrape, "superset_sdk_cache_gets_total", "result=\"hit\"", "tier=\"l1\"")).isGreaterThanOrEqualTo(2);
      assertThat(scrape).contains("superset_doctor_check{check=\"superset.reachable\",status=\"ok\"} 1.0");
      // The doctor checks the embedded dashboard too: a guest token for it loads its first chart.
      List<String> embedding = scrape.lines()
          .filter(l -> l.startsWith("superset_doctor_check{check=\"embedding[") && l.endsWith(" 1.0")).toList();
      assertThat(embedding).as("the embedding check's current status").hasSize(1);
      assertThat(embedding.get(0)).doesNotContain("status=\"fail\"");

      List<PrometheusRules.Rule> rules = PrometheusRules.rules();
      assertThat(rules).hasSizeGreaterThanOrEqualTo(6);
      for (PrometheusRules.Rule rule : rules) {
        String alert = rule.alert();
        String expr = rule.expr();
        Set<String> names = PrometheusRules.metricNames(expr);
        assertThat(names).as(alert).isNotEmpty();
        Set<String> labelsSeen = new TreeSet<>();
        for (String name : names) {
          List<String> lines = scrape.lines().filter(l -> l.startsWith(name + "{") || l.startsWith(name + " ")).toList();
          assertThat(lines).as(alert + ": " + name + " on " + app.origin() + "/metrics").isNotEmpty();
          lines.forEach(l -> labelsSeen.addAll(labels(l)));
        }
        assertThat(labelsSeen).as(alert + " labels").containsAll(PrometheusRules.labelNames(expr));
      }
    }
  }

  private String login(EmbeddedAnalyticsApp app, String user) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(app.origin() + "/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("user=" + user)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(303);
    String setCookie = r.headers().firstValue("Set-Cookie").orElseThrow();
    return setCookie.substring(0, setCookie.indexOf(';'));
  }

  /** The doctor runs in the background from start-up: wait for its gauges. */
  private String scrapeOnceTheDoctorRan(EmbeddedAnalyticsApp app) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (true) {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(app.origin() + "/metrics")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(200);
      if (r.body().contains("superset_doctor_check{")) {
        return r.body();
      }
      assertThat(System.nanoTime() - deadline).as("doctor gauges on /metrics within 3 minutes").isNegative();
      Thread.sleep(500);
    }
  }

  private static double sum(String scrape, String name, String... labels) {
    return scrape.lines().filter(l -> l.startsWith(name + "{"))
        .filter(l -> List.of(labels).stream().allMatch(l::contains))
        .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
  }

  private static Set<String> labels(String line) {
    Set<String> out = new TreeSet<>();
    int open = line.indexOf('{');
    if (open < 0) {
      return out;
    }
    for (String pair : line.substring(open + 1, line.lastIndexOf('}')).split(",(?=[a-zA-Z_]+=\")")) {
      out.add(pair.substring(0, pair.indexOf('=')));
    }
    return out;
  }
}
