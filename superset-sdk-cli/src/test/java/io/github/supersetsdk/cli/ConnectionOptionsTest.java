package io.github.supersetsdk.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.supersetsdk.client.Credentials;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * The connection options every Superset command shares: a flag wins over its environment variable,
 * each setting falls back on its own, and a missing one exits 2 naming the flag and the variable,
 * without echoing the password.
 */
class ConnectionOptionsTest {

  private static final String SECRET = "pw-7f3a9c-secret";

  @TempDir Path tmp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final Function<String, @Nullable String> realEnv = ConnectionOptions.env;

  @AfterEach
  void restore() {
    ConnectionOptions.env = realEnv;
  }

  /** Prints what the mixin resolved; exit 2 on a missing setting, as the real commands do. */
  @Command(name = "probe")
  static final class Probe implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Mixin ConnectionOptions connection;

    @Override
    public Integer call() {
      try {
        connection.require();
        Credentials.Password c = (Credentials.Password) connection.credentials();
        spec.commandLine().getOut().println(connection.url() + " " + c.username() + " " + c.password());
        return 0;
      } catch (IllegalArgumentException e) {
        spec.commandLine().getErr().println("superset-sdk: " + e.getMessage());
        return 2;
      }
    }
  }

  private int probe(Map<String, String> env, String... args) {
    ConnectionOptions.env = env::get;
    CommandLine cli = new CommandLine(new Probe());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private int cli(Map<String, String> env, String... args) {
    ConnectionOptions.env = env::get;
    CommandLine cli = SupersetSdkCli.newCommandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private static final Map<String, String> ENV = Map.of("SUPERSET_URL", "http://env:8088",
      "SUPERSET_USERNAME", "env-user", "SUPERSET_PASSWORD", "env-pw");

  @Test
  void flags_winOverTheEnvironment() {
    assertThat(probe(ENV, "--url", "http://flag:1", "--username", "flag-user", "--password", "flag-pw")).isZero();
    assertThat(out.toString().trim()).isEqualTo("http://flag:1 flag-user flag-pw");
  }

  @Test
  void withoutFlags_theEnvironmentIsUsed() {
    assertThat(probe(ENV)).isZero();
    assertThat(out.toString().trim()).isEqualTo("http://env:8088 env-user env-pw");
  }

  @Test
  void eachSetting_fallsBackOnItsOwn() {
    assertThat(probe(ENV, "--username", "flag-user")).isZero();
    assertThat(out.toString().trim()).isEqualTo("http://env:8088 flag-user env-pw");
  }

  @Test
  void missingUrl_namesTheFlagAndTheVariable() {
    assertThat(probe(Map.of("SUPERSET_USERNAME", "u", "SUPERSET_PASSWORD", "p"))).isEqualTo(2);
    assertThat(err.toString().trim())
        .isEqualTo("superset-sdk: Superset URL missing: give --url or set SUPERSET_URL");
  }

  @Test
  void missingPassword_namesTheFlagAndTheVariable() {
    assertThat(probe(Map.of("SUPERSET_URL", "http://env:8088"), "--username", "u")).isEqualTo(2);
    assertThat(err.toString().trim())
        .isEqualTo("superset-sdk: Superset password missing: give --password or set SUPERSET_PASSWORD");
  }

  @Test
  void blankEnvironmentValue_countsAsMissing() {
    assertThat(probe(Map.of("SUPERSET_URL", " ", "SUPERSET_USERNAME", "u", "SUPERSET_PASSWORD", "p"))).isEqualTo(2);
    assertThat(err.toString()).contains("Superset URL missing: give --url or set SUPERSET_URL");
  }

  @Test
  void everythingMissing_namesAllThreeAtOnce() {
    assertThat(probe(Map.of())).isEqualTo(2);
    assertThat(err.toString().trim()).isEqualTo("superset-sdk: Superset URL, username and password missing:"
        + " give --url or set SUPERSET_URL; give --username or set SUPERSET_USERNAME;"
        + " give --password or set SUPERSET_PASSWORD");
  }

  /** Every command that talks to Superset: missing settings exit 2 before any request, password unechoed. */
  @ParameterizedTest
  @ValueSource(strings = {"cache warm --published", "doctor", "dashboard profile sales", "ops dashboard",
      "sql --database warehouse select", "assets export DIR", "dbt plan --manifest MANIFEST",
      "dbt sync --manifest MANIFEST"})
  void everyCommand_missingUrlAndUser_exits2NamingThem_withoutThePassword(String command) throws Exception {
    Path manifest = java.nio.file.Files.writeString(tmp.resolve("manifest.json"),
        "{\"metadata\": {\"dbt_schema_version\": \"https://schemas.getdbt.com/dbt/manifest/v12.json\","
            + " \"dbt_version\": \"1.11.16\", \"adapter_type\": \"postgres\"}, \"nodes\": {}, \"sources\": {},"
            + " \"macros\": {}, \"docs\": {}, \"exposures\": {}, \"metrics\": {}}");
    List<String> args = new java.util.ArrayList<>();
    for (String a : command.split(" ")) {
      args.add(a.equals("DIR") ? tmp.resolve("out").toString() : a.equals("MANIFEST") ? manifest.toString() : a);
    }
    args.add("--password");
    args.add(SECRET);
    // What the commands need besides the connection, so that the connection is what is missing.
    Map<String, String> env = Map.of("REDIS_URL", "redis://127.0.0.1:1", "SUPERSET_DATABASE", "warehouse");

    assertThat(cli(env, args.toArray(String[]::new))).as("stderr: %s", err).isEqualTo(2);
    assertThat(err.toString()).contains("Superset URL and username missing: give --url or set SUPERSET_URL;"
        + " give --username or set SUPERSET_USERNAME");
    assertThat(out.toString() + err).doesNotContain(SECRET);
  }

  private static ConnectionOptions parsed(Map<String, String> env, String... args) {
    ConnectionOptions.env = env::get;
    Probe probe = new Probe();
    new CommandLine(probe).parseArgs(args);
    return probe.connection;
  }

  @Test
  void headers_environmentLinesThenFlags_aFlagReplacingTheSameName() {
    Map<String, String> env = Map.of("SUPERSET_HEADERS",
        "CF-Access-Client-Id: id-1\n\nCF-Access-Client-Secret:  " + SECRET + " \r\nX-Tenant: env");
    ConnectionOptions connection = parsed(env, "--header", "x-tenant: flag", "--header", "X-Trace: a:b");

    assertThat(connection.headers()).containsExactlyInAnyOrderEntriesOf(Map.of("CF-Access-Client-Id", "id-1",
        "CF-Access-Client-Secret", SECRET, "X-Tenant", "flag", "X-Trace", "a:b"));
  }

  @Test
  void header_withoutNameAndColon_exits2WithoutEchoingIt() {
    Map<String, String> env = new java.util.HashMap<>(ENV);
    env.put("SUPERSET_HEADERS", "X-Ok: 1\n" + SECRET);
    assertThat(cli(env, "sql", "--database", "warehouse", "select 1")).isEqualTo(2);
    assertThat(err.toString()).contains("SUPERSET_HEADERS line 2 is not 'NAME: VALUE'");

    assertThat(cli(ENV, "sql", "--database", "warehouse", "--header", ": " + SECRET, "select 1")).isEqualTo(2);
    assertThat(err.toString()).contains("--header #1 is not 'NAME: VALUE'");
    assertThat(out.toString() + err).doesNotContain(SECRET);
  }

  @Test
  void malformedUrl_exits2NamingTheFlagTheVariableAndWhatWouldDo() {
    assertThat(cli(ENV, "sql", "--database", "warehouse", "--url", "127.0.0.1:8088", "select 1")).isEqualTo(2);
    assertThat(err.toString()).contains("--url (or SUPERSET_URL): '127.0.0.1:8088' is not a valid URL; give an absolute"
        + " http or https URL such as https://bi.example.com");
  }

  @Test
  void header_theClientSetsItself_exits2NamingIt() {
    assertThat(cli(ENV, "sql", "--database", "warehouse", "--header", "Authorization: Bearer " + SECRET, "select 1"))
        .isEqualTo(2);
    assertThat(err.toString())
        .contains("superset-sdk: --header #1: Authorization is set by the client itself; it cannot be given")
        .doesNotContain("defaultHeader");
    assertThat(out.toString() + err).doesNotContain(SECRET);
  }

  @Test
  void header_theClientSetsItself_fromTheEnvironment_namesItsLine() {
    Map<String, String> env = new java.util.HashMap<>(ENV);
    env.put("SUPERSET_HEADERS", "X-Tenant: a\ncookie: " + SECRET);
    assertThat(cli(env, "sql", "--database", "warehouse", "select 1")).isEqualTo(2);
    assertThat(err.toString())
        .contains("superset-sdk: SUPERSET_HEADERS line 2: cookie is set by the client itself; it cannot be given");
    assertThat(out.toString() + err).doesNotContain(SECRET);
  }

  @Test
  void headers_reachSupersetOnEveryRequestOfACommand() {
    WireMockServer superset = new WireMockServer(options().dynamicPort());
    superset.start();
    try {
      // Like an access proxy: only requests with the key get through, here to a login that answers.
      superset.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(403)));
      superset.stubFor(post(urlPathEqualTo("/api/v1/security/login")).atPriority(1)
          .withHeader("X-Access-Key", equalTo(SECRET))
          .willReturn(okJson("{\"access_token\":\"a.b.c\",\"refresh_token\":\"r.s.t\"}")));
      Map<String, String> env = Map.of("SUPERSET_URL", superset.baseUrl(), "SUPERSET_USERNAME", "u",
          "SUPERSET_PASSWORD", "p", "SUPERSET_HEADERS", "X-Access-Key: " + SECRET);

      cli(env, "sql", "--database", "warehouse", "select 1");

      List<LoggedRequest> sent = superset.findAll(anyRequestedFor(anyUrl()));
      assertThat(sent).isNotEmpty()
          .anyMatch(r -> r.getUrl().startsWith("/api/v1/security/login"))
          .allSatisfy(r -> assertThat(r.getHeader("X-Access-Key")).as(r.getUrl()).isEqualTo(SECRET));
      assertThat(out.toString() + err).doesNotContain(SECRET);
    } finally {
      superset.stop();
    }
  }

  /** The options and their help texts are the same in every command. */
  @ParameterizedTest
  @ValueSource(strings = {"cache warm", "cache invalidate", "doctor", "dashboard profile", "ops dashboard", "sql",
      "assets export", "assets plan", "assets apply", "assets provision", "dbt plan", "dbt sync"})
  void everyCommand_helpShowsTheSameConnectionOptions(String command) {
    CommandLine cmd = SupersetSdkCli.newCommandLine();
    for (String name : command.split(" ")) {
      cmd = cmd.getSubcommands().get(name);
    }
    CommandLine.Model.CommandSpec spec = cmd.getCommandSpec();
    assertThat(spec.findOption("--url").description()).containsExactly("Superset URL (default: $SUPERSET_URL).");
    assertThat(spec.findOption("--username").description())
        .containsExactly("Superset user (default: $SUPERSET_USERNAME).");
    assertThat(spec.findOption("--password").description())
        .containsExactly("Superset password (default: $SUPERSET_PASSWORD).");
    assertThat(cmd.getUsageMessage()).contains("--url=<url>").contains("--password=<password>");
  }
}
