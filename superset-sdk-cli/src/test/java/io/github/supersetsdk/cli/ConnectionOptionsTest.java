package io.github.supersetsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
