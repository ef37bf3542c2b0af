package io.github.supersetsdk.cli.ops;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.supersetsdk.cli.ConnectionOptions;
import io.github.supersetsdk.cli.CliTestSupport;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Exit codes and the doctor's JSON shape, without a real Superset. */
class OpsCommandsTest {

  private static final Map<String, String> CREDENTIALS =
      Map.of("SUPERSET_USERNAME", "admin", "SUPERSET_PASSWORD", "s3cret");

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

  private static Map<String, String> with(String url) {
    return Map.of("SUPERSET_USERNAME", "admin", "SUPERSET_PASSWORD", "s3cret", "SUPERSET_URL", url);
  }

  @Test
  void doctor_noUrl_exits2() {
    assertThat(run(CREDENTIALS, "doctor")).isEqualTo(2);
    assertThat(err.toString()).contains("Superset URL missing: give --url or set SUPERSET_URL");
  }

  @Test
  void doctor_noCredentials_exits2() {
    assertThat(run(Map.of("SUPERSET_URL", "http://127.0.0.1:1"), "doctor")).isEqualTo(2);
    assertThat(err.toString()).contains("Superset username and password missing: give --username or set SUPERSET_USERNAME; give --password or set SUPERSET_PASSWORD");
  }

  @Test
  void doctor_missingManifest_exits2NamingIt() {
    Path missing = tmp.resolve("nope/manifest.json");
    assertThat(run(CREDENTIALS, "doctor", "--manifest", missing.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("manifest not found: " + missing);
  }

  @Test
  void doctor_manifestNotJson_exits2() throws Exception {
    Path bad = Files.writeString(tmp.resolve("manifest.json"), "{not json");
    Map<String, String> env = Map.of("SUPERSET_USERNAME", "admin", "SUPERSET_PASSWORD", "s3cret",
        "SUPERSET_DATABASE", "warehouse", "SUPERSET_URL", "http://127.0.0.1:1");
    assertThat(run(env, "doctor", "--manifest", bad.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("manifest.json");
  }

  @Test
  void doctor_manifestWithoutDatabase_exits2() throws Exception {
    Path m = Files.writeString(tmp.resolve("manifest.json"), "{}");
    assertThat(run(CREDENTIALS, "doctor", "--manifest", m.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("give --database or set SUPERSET_DATABASE");
  }

  @Test
  void doctor_jsonSupersetUnhealthy_printsTheReportShapeAndExits1() throws Exception {
    WireMockServer superset = new WireMockServer(options().dynamicPort());
    superset.start();
    try {
      superset.stubFor(get(urlEqualTo("/health")).willReturn(aResponse().withStatus(503).withBody("down")));
      assertThat(run(with(superset.baseUrl()), "doctor", "--json")).isEqualTo(1);
    } finally {
      superset.stop();
    }
    JsonNode report = new ObjectMapper().readTree(out.toString());
    assertThat(fieldNames(report)).containsExactly("checks");
    assertThat(report.get("checks").size()).isEqualTo(1);
    JsonNode check = report.get("checks").get(0);
    assertThat(fieldNames(check)).containsExactly("name", "status", "finding", "hint");
    assertThat(check.get("name").asText()).isEqualTo("superset.reachable");
    assertThat(check.get("status").asText()).isEqualTo("fail");
    assertThat(check.get("finding").asText()).contains("/health answered 503");
    assertThat(check.get("hint").asText()).isNotEmpty();
    assertThat(out.toString()).doesNotContain("s3cret");
  }

  @Test
  void doctor_textSupersetUnreachable_exits1WithFinding() {
    assertThat(run(with("http://127.0.0.1:1"), "doctor")).isEqualTo(1);
    assertThat(out.toString()).contains("FAIL  superset.reachable: nothing answers at http://127.0.0.1:1 (connection refused)")
        .contains("1 checks: 0 ok, 0 warn, 1 fail");
  }

  @Test
  void guestToken_blankRls_exits2NamingTheOption_beforeAnyRequest() {
    assertThat(run(with("http://127.0.0.1:1"), "dashboard", "guest-token", "--rls", "tenant_id = 1",
        "--rls", " ", "7")).isEqualTo(2);
    assertThat(err.toString()).contains("--rls #2 is blank: give an SQL condition, such as tenant_id = 42")
        .doesNotContain("127.0.0.1");
  }

  @Test
  void doctor_unknownHost_saysUnknownHostNotConnectionRefused() {
    // .invalid never resolves (RFC 2606): java.net.http reports it as a ConnectException over the cause.
    assertThat(run(with("http://nonexistent.invalid:8088"), "doctor")).isEqualTo(1);
    assertThat(out.toString()).contains("FAIL  superset.reachable: unknown host in http://nonexistent.invalid:8088")
        .doesNotContain("connection refused").doesNotContain("start Superset");
  }

  @Test
  void profile_concurrencyZero_exits2() {
    assertThat(run(CREDENTIALS, "dashboard", "profile", "sales", "--concurrency", "0")).isEqualTo(2);
    assertThat(err.toString()).contains("--concurrency must be 1 or more: 0");
  }

  @Test
  void profile_cacheWithoutRedis_exits2() {
    assertThat(run(with("http://127.0.0.1:1"), "dashboard", "profile", "sales", "--cache")).isEqualTo(2);
    assertThat(err.toString()).contains("--cache needs Redis: give --redis or set REDIS_URL");
  }

  @Test
  void profile_noDashboardArgument_exits2() {
    assertThat(run(CREDENTIALS, "dashboard", "profile")).isEqualTo(2);
  }

  @Test
  void opsDashboard_noUrl_exits2() {
    assertThat(run(CREDENTIALS, "ops", "dashboard")).isEqualTo(2);
    assertThat(err.toString()).contains("Superset URL missing");
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void profileText_aMultiLineWarehouseError_staysOnTheChartsRow() {
    assertThat(ProfileCommand.oneLine("column \"x\" does not exist\nLINE 2: SELECT x\n               ^\n"))
        .isEqualTo("column \"x\" does not exist | LINE 2: SELECT x | ^");
  }
}
