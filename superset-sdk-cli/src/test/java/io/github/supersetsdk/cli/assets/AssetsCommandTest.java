package io.github.supersetsdk.cli.assets;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.supersetsdk.assets.ApplyReport;
import io.github.supersetsdk.assets.AssetChange;
import io.github.supersetsdk.assets.AssetPlan;
import io.github.supersetsdk.assets.AssetRef;
import io.github.supersetsdk.assets.AssetType;
import io.github.supersetsdk.assets.FieldChange;
import io.github.supersetsdk.cli.CliTestSupport;
import io.github.supersetsdk.cli.ConnectionOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
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

  private static final AssetRef CHART = new AssetRef(AssetType.CHART,
      UUID.fromString("3d447d09-0000-4000-8000-000000000001"), "Revenue", "charts/revenue.yaml");
  private static final AssetRef DASHBOARD = new AssetRef(AssetType.DASHBOARD,
      UUID.fromString("3d447d09-0000-4000-8000-000000000002"), "Sales", "dashboards/sales.yaml");

  @Test
  void planJson_countsActions_embedsFieldValuesAsJson_leavesOutTheSideThatLacksAField() throws Exception {
    AssetPlan plan = new AssetPlan(List.of(
        new AssetChange(CHART, AssetChange.Action.UPDATE, List.of(
            new FieldChange("slice_name", "\"Revenue\"", "\"Net revenue\""),
            new FieldChange("params.metrics[1]", null, "{\"label\":\"orders\"}"),
            new FieldChange("cache_timeout", "300", "null"))),
        new AssetChange(DASHBOARD, AssetChange.Action.UNCHANGED, List.of())));

    JsonNode json = ConnectionOptions.JSON.readTree(
        ConnectionOptions.JSON.writeValueAsString(AssetsCommand.planJson(plan)));

    assertThat(json.get("created").asInt()).isZero();
    assertThat(json.get("updated").asInt()).isEqualTo(1);
    assertThat(json.get("unchanged").asInt()).isEqualTo(1);
    JsonNode chart = json.get("assets").get(0);
    assertThat(chart.get("type").asText()).isEqualTo("chart");
    assertThat(chart.get("uuid").asText()).isEqualTo(CHART.uuid().toString());
    assertThat(chart.get("path").asText()).isEqualTo("charts/revenue.yaml");
    assertThat(chart.get("action").asText()).isEqualTo("update");
    JsonNode fields = chart.get("fields");
    assertThat(fields.get(0).get("before").asText()).isEqualTo("Revenue");
    assertThat(fields.get(0).get("after").asText()).isEqualTo("Net revenue");
    // A field the server lacks has no "before"; a field set to null has a JSON null.
    assertThat(fields.get(1).has("before")).isFalse();
    assertThat(fields.get(1).get("after").get("label").asText()).isEqualTo("orders");
    assertThat(fields.get(2).get("before").asInt()).isEqualTo(300);
    assertThat(fields.get(2).get("after").isNull()).isTrue();
    assertThat(json.get("assets").get(1).get("action").asText()).isEqualTo("unchanged");
  }

  @Test
  void reportJson_drift_exits1_listsWhatStillDiffers_andSaysSoOnStandardError() throws Exception {
    AssetChange update = new AssetChange(CHART, AssetChange.Action.UPDATE,
        List.of(new FieldChange("slice_name", "\"Revenue\"", "\"Net revenue\"")));
    ApplyReport report = new ApplyReport(new AssetPlan(List.of(update)), List.of(CHART), List.of(update), List.of());

    int status = AssetsCommand.printReportJson(new PrintWriter(out, true), new PrintWriter(err, true), report);

    assertThat(status).isEqualTo(1);
    JsonNode json = ConnectionOptions.JSON.readTree(out.toString());
    assertThat(json.get("verified").asBoolean()).isFalse();
    assertThat(json.get("written").get(0).get("name").asText()).isEqualTo("Revenue");
    assertThat(json.get("drift").get(0).get("fields").get(0).get("after").asText()).isEqualTo("Net revenue");
    assertThat(err.toString()).contains("still differs from the folder");
  }

  @Test
  void report_onlyFiltersRepaired_saysWhatWasWritten_notNothingToApply() throws Exception {
    AssetChange same = new AssetChange(DASHBOARD, AssetChange.Action.UNCHANGED, List.of());
    ApplyReport report = new ApplyReport(new AssetPlan(List.of(same)), List.of(), List.of(), List.of(DASHBOARD));

    int status = AssetsCommand.printReport(new PrintWriter(out, true), new PrintWriter(err, true), report);

    assertThat(status).isZero();
    assertThat(out.toString()).doesNotContain("Nothing to apply")
        .contains("Repaired: the native filters of 1 dashboard(s)")
        .contains(DASHBOARD.path());
    out.getBuffer().setLength(0);
    AssetsCommand.printReportJson(new PrintWriter(out, true), new PrintWriter(err, true), report);
    JsonNode json = ConnectionOptions.JSON.readTree(out.toString());
    assertThat(json.get("written")).isEmpty();
    assertThat(json.get("repaired").get(0).get("uuid").asText()).isEqualTo(DASHBOARD.uuid().toString());
  }

  @Test
  void report_nothingWritten_saysNothingToApply() throws Exception {
    AssetChange same = new AssetChange(CHART, AssetChange.Action.UNCHANGED, List.of());
    ApplyReport report = new ApplyReport(new AssetPlan(List.of(same)), List.of(), List.of(), List.of());

    assertThat(AssetsCommand.printReport(new PrintWriter(out, true), new PrintWriter(err, true), report)).isZero();
    assertThat(out.toString()).isEqualTo("Nothing to apply: the server matches the folder." + System.lineSeparator());
  }

  @Test
  void plan_json_badInput_printsNothingOnStandardOutput_exits2() throws Exception {
    Files.createDirectories(dir.resolve("charts"));
    Files.writeString(dir.resolve("charts/c.yaml"), "slice_name: x\nparams: {a: [1, 2}\n");
    assertThat(run("assets", "plan", dir.toString(), "--json", "--url", "http://127.0.0.1:9",
        "--username", "u", "--password", "p")).isEqualTo(2);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString()).startsWith("superset-sdk: charts/c.yaml:2:");
  }
}
