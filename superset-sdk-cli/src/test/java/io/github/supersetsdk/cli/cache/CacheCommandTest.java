package io.github.supersetsdk.cli.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.supersetsdk.cli.ConnectionOptions;
import io.github.supersetsdk.cli.CliTestSupport;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Bad input to {@code cache warm}/{@code cache invalidate} exits 2 with a clear message, before any request. */
class CacheCommandTest {

  private static final Map<String, String> ENV = Map.of("REDIS_URL", "redis://127.0.0.1:1",
      "SUPERSET_URL", "http://127.0.0.1:1", "SUPERSET_USERNAME", "u", "SUPERSET_PASSWORD", "p");

  @TempDir Path tmp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final Function<String, String> realEnv = ConnectionOptions.env;

  @AfterEach
  void restore() {
    ConnectionOptions.env = realEnv;
  }

  private int run(Map<String, String> env, String... args) {
    ConnectionOptions.env = env::get;
    CommandLine cli = CliTestSupport.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void warm_neitherDashboardNorPublished_exits2() {
    assertThat(run(ENV, "cache", "warm")).isEqualTo(2);
    assertThat(err.toString()).contains("give either --dashboard ID (repeatable) or --published");
  }

  @Test
  void warm_bothDashboardAndPublished_exits2() {
    assertThat(run(ENV, "cache", "warm", "--dashboard", "3", "--published")).isEqualTo(2);
    assertThat(err.toString()).contains("give either --dashboard ID");
  }

  @Test
  void warm_dashboardNeitherAPositiveIdNorASlug_exits2() {
    assertThat(run(ENV, "cache", "warm", "--dashboard", "0")).isEqualTo(2);
    assertThat(err.toString()).contains("--dashboard must be a positive id or a slug: '0'");
  }

  @Test
  void warm_noRedis_exits2NamingTheOption() {
    assertThat(run(Map.of(), "cache", "warm", "--published")).isEqualTo(2);
    assertThat(err.toString()).contains("Redis missing: give --redis or set REDIS_URL");
  }

  @Test
  void warm_zeroMaxInFlight_exits2() {
    assertThat(run(ENV, "cache", "warm", "--published", "--max-in-flight", "0")).isEqualTo(2);
    assertThat(err.toString()).contains("--max-in-flight must be at least 1: 0");
  }

  @Test
  void invalidate_missingRunResults_exits2NamingTheFile() {
    Path missing = tmp.resolve("nope/run_results.json");
    assertThat(run(ENV, "cache", "invalidate", "--run-results", missing.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("run results not found: " + missing);
  }

  @Test
  void invalidate_malformedRunResults_exits2NamingTheFile() throws Exception {
    Path rr = java.nio.file.Files.writeString(tmp.resolve("run_results.json"), "{\"metadata\": [}");
    java.nio.file.Files.writeString(tmp.resolve("manifest.json"), "{}");
    assertThat(run(ENV, "cache", "invalidate", "--run-results", rr.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("run_results.json");
  }

  @Test
  void cache_noSubcommand_exits2() {
    assertThat(run(ENV, "cache")).isEqualTo(2);
  }

  @Test
  void textOutput_countsALongListAndShowsItsFirstItems_shortOnesWhole() {
    StringWriter text = new StringWriter();
    Map<String, Object> result = new java.util.LinkedHashMap<>();
    result.put("command", "cache invalidate");
    result.put("datasets", java.util.List.of(1, 2, 3));
    result.put("downstreamModels", java.util.List.of("a", "b", "c", "d", "e", "f", "g"));
    try (PrintWriter w = new PrintWriter(text)) {
      CacheCommand.Base.printText(w, result);
    }
    assertThat(text.toString().lines()).containsExactly(
        "command: cache invalidate",
        "datasets: [1, 2, 3]",
        "downstreamModels: 7 [a, b, c, d, e, ... 2 more; --json lists all]");
  }

  @Test
  void textOutput_nestedReportAndListsOfRecords_areIndentedLinesNotJavaMaps() {
    StringWriter text = new StringWriter();
    Map<String, Object> warm = new java.util.LinkedHashMap<>();
    warm.put("dashboards", java.util.List.of());
    warm.put("requests", 0);
    java.util.List<Object> failures = new java.util.ArrayList<>();
    for (int i = 1; i <= 7; i++) {
      Map<String, Object> f = new java.util.LinkedHashMap<>();
      f.put("chart", i);
      f.put("error", "boom " + i);
      failures.add(f);
    }
    warm.put("failures", failures);
    Map<String, Object> result = new java.util.LinkedHashMap<>();
    result.put("command", "cache invalidate");
    result.put("warm", warm);
    result.put("complete", true);
    try (PrintWriter w = new PrintWriter(text)) {
      CacheCommand.Base.printText(w, result);
    }
    assertThat(text.toString().lines()).containsExactly(
        "command: cache invalidate",
        "warm:",
        "  dashboards: []",
        "  requests: 0",
        "  failures: 7",
        "    - chart 1, error boom 1",
        "    - chart 2, error boom 2",
        "    - chart 3, error boom 3",
        "    - chart 4, error boom 4",
        "    - chart 5, error boom 5",
        "    ... 2 more; --json lists all",
        "complete: true");
    assertThat(text.toString()).doesNotContain("{").doesNotContain("=");
  }
}
