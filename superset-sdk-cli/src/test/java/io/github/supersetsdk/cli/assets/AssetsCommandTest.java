package io.github.supersetsdk.cli.assets;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.supersetsdk.cli.CliTestSupport;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The assets commands' bad-input paths, which stop before any call to Superset. */
class AssetsCommandTest {

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = CliTestSupport.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void assets_withoutSubcommand_exits2_helpListsCommands() {
    assertThat(run("assets")).isEqualTo(2);
    assertThat(run("assets", "--help")).isZero();
    assertThat(out.toString()).contains("export", "plan", "apply", "provision");
  }

  @Test
  void plan_malformedYaml_exits2NamingFileLineColumn() throws Exception {
    Files.createDirectories(dir.resolve("charts"));
    Files.writeString(dir.resolve("charts/c.yaml"), "slice_name: x\nparams: {a: [1, 2}\n");
    assertThat(run("assets", "plan", dir.toString(), "--detailed-exitcode", "--url", "http://127.0.0.1:9",
        "--username", "u", "--password", "p")).isEqualTo(2);
    assertThat(err.toString()).startsWith("superset-sdk: charts/c.yaml:2:").contains("malformed YAML");
  }

  @Test
  void apply_templateVariableWithoutValue_exits2_namesVariable() throws Exception {
    Files.createDirectories(dir.resolve("dashboards"));
    Files.writeString(dir.resolve("dashboards/d.yaml"),
        "dashboard_title: '{{ customer }} sales'\nuuid: 44444444-4444-4444-8444-444444444444\n");
    assertThat(run("assets", "apply", dir.toString(), "--url", "http://127.0.0.1:9", "--username", "u",
        "--password", "p")).isEqualTo(2);
    assertThat(err.toString()).contains("dashboards/d.yaml:1:18: template variable 'customer' has no value");
  }

  @Test
  void plan_unknownDirectory_exits2() throws Exception {
    Files.createDirectories(dir.resolve("queries"));
    Files.writeString(dir.resolve("queries/q.yaml"), "uuid: 44444444-4444-4444-8444-444444444444\n");
    assertThat(run("assets", "plan", dir.toString(), "--url", "http://127.0.0.1:9", "--username", "u",
        "--password", "p")).isEqualTo(2);
    assertThat(err.toString()).contains("queries/q.yaml: unknown asset type");
  }

  @Test
  void export_intoAFile_exits2SayingItIsNotAFolder() throws Exception {
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    assertThat(run("assets", "export", file.toString(), "--url", "http://127.0.0.1:9", "--username", "u",
        "--password", "p")).isEqualTo(2);
    assertThat(err.toString()).contains("cannot write " + file + ": it is a file, not a folder");
  }

  @Test
  void plan_schemaMapOfASchemaNoDatasetIsIn_exits2NamingIt() throws Exception {
    Files.createDirectories(dir.resolve("datasets/wh"));
    Files.writeString(dir.resolve("datasets/wh/orders.yaml"), "table_name: orders\nschema: marts\n"
        + "uuid: 44444444-4444-4444-8444-444444444444\ndatabase_uuid: 55555555-5555-4555-8555-555555555555\n");
    assertThat(run("assets", "plan", dir.toString(), "--schema-map", "typo_schema=marts", "--url",
        "http://127.0.0.1:9", "--username", "u", "--password", "p")).isEqualTo(2);
    assertThat(err.toString())
        .contains("schema map typo_schema=marts: the folder has no dataset in that schema");
  }
}
