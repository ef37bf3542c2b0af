package io.github.supersetsdk.cli.dbt;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.supersetsdk.cli.ConnectionOptions;
import io.github.supersetsdk.cli.CliTestSupport;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Bad input to {@code dbt plan}/{@code dbt sync} exits 2 with a clear message, before any request. */
class SyncCommandsTest {

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

  private Path manifest() throws Exception {
    return Files.writeString(tmp.resolve("manifest.json"),
        "{\"metadata\": {\"dbt_schema_version\": \"https://schemas.getdbt.com/dbt/manifest/v12.json\","
            + " \"dbt_version\": \"1.11.16\", \"adapter_type\": \"postgres\"},"
            + " \"nodes\": {\"model.p.a\": {\"resource_type\": \"model\", \"name\": \"a\","
            + " \"package_name\": \"p\", \"schema\": \"marts\", \"config\": {\"materialized\": \"table\"}}},"
            + " \"sources\": {}, \"macros\": {}, \"docs\": {}, \"exposures\": {}, \"metrics\": {}}");
  }

  @Test
  void plan_noManifestAnywhere_exits2() {
    assertThat(run(Map.of(), "dbt", "plan")).isEqualTo(2);
    assertThat(err.toString()).contains("no manifest: give --manifest or set DBT_TARGET_DIR");
  }

  @Test
  void plan_manifestGivenAsTheTargetFolder_readsTheManifestInIt() throws Exception {
    Path target = Files.createDirectories(tmp.resolve("target"));
    assertThat(run(Map.of(), "dbt", "plan", "--manifest", target.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("manifest not found: " + target.resolve("manifest.json"));

    Files.writeString(target.resolve("manifest.json"), "{not json");
    assertThat(run(Map.of(), "dbt", "plan", "--manifest", target.toString())).isEqualTo(2);
    assertThat(err.toString()).contains(target.resolve("manifest.json") + ":1:2: malformed JSON");
  }

  @Test
  void sync_missingManifestFile_exits2NamingIt() {
    Path missing = tmp.resolve("nope/manifest.json");
    assertThat(run(Map.of(), "dbt", "sync", "--manifest", missing.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("manifest not found: " + missing);
  }

  @Test
  void sync_invalidManifest_exits2WithTheParseError() throws Exception {
    Path bad = tmp.resolve("manifest.json");
    Files.writeString(bad, "{\"metadata\": [}");
    assertThat(run(Map.of(), "dbt", "sync", "--manifest", bad.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("manifest.json");
  }

  @Test
  void sync_unknownMode_exits2() throws Exception {
    Path manifest = manifest();
    int code = run(Map.of(), "dbt", "sync", "--manifest", manifest.toString(), "--mode", "overwrite");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("--mode must be merge, replace or preserve: overwrite");
  }

  @Test
  void plan_numbersOutOfRange_exit2NamingTheFlagOrId() throws Exception {
    Path manifest = manifest();
    Map<String, String> env = Map.of("SUPERSET_URL", "http://127.0.0.1:1", "SUPERSET_USERNAME", "u", "SUPERSET_PASSWORD", "p");
    assertThat(run(env, "dbt", "plan", "--manifest", manifest.toString(), "--database", "1", "--max-in-flight", "0"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--max-in-flight must be at least 1: 0");
    assertThat(run(env, "dbt", "plan", "--manifest", manifest.toString(), "--database", "99999999999999999999"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("database id 99999999999999999999 is out of range");
  }

  @Test
  void plan_noDatabase_exits2() throws Exception {
    Path manifest = manifest();
    int code = run(Map.of("SUPERSET_URL", "http://127.0.0.1:1", "SUPERSET_USERNAME", "u",
        "SUPERSET_PASSWORD", "p"), "dbt", "plan", "--manifest", manifest.toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("give --database or set SUPERSET_DATABASE");
  }

  @Test
  void planChange_ofTwoLongValuesAlikeAtTheStart_showsWhereTheyDiffer() {
    String head = "(coalesce((SUM(CASE WHEN product_category = 'coffee_beans' THEN 1 END)), 0) * ";
    String shown = SyncCommands.change(head + "(SUM(CASE WHEN product_category = 'equipment' THEN 1 END)))",
        head + "(SUM(CASE WHEN product_category = 'merchandise' THEN 1 END)))");
    assertThat(shown).contains("'equipment'").contains("'merchandise'").startsWith("\"...");
    // Short values, and long ones that differ early, print from the start as before.
    assertThat(SyncCommands.change("a", "b")).isEqualTo("\"a\" -> \"b\"");
    assertThat(SyncCommands.change(null, "b")).isEqualTo("(none) -> \"b\"");
  }

  @Test
  void selection_matchingNoModel_isTold_whileOrphansOfGoneNodesDoNotCount() {
    io.github.supersetsdk.sync.DatasetPlan orphan = new io.github.supersetsdk.sync.DatasetPlan("model.p.gone", null,
        io.github.supersetsdk.sync.SyncAction.SKIPPED, "marts.gone", List.of(),
        "its dbt node is gone; sync with prune to delete the dataset", List.of(), 0, 0, List.of());
    io.github.supersetsdk.sync.DatasetPlan selected = new io.github.supersetsdk.sync.DatasetPlan("model.p.orders", null,
        io.github.supersetsdk.sync.SyncAction.UNCHANGED, "marts.orders", List.of(), null, List.of(), 3, 1, List.of());
    assertThat(SyncCommands.selectsAnything(List.of())).isFalse();
    assertThat(SyncCommands.selectsAnything(List.of(orphan))).isFalse();
    assertThat(SyncCommands.selectsAnything(List.of(orphan, selected))).isTrue();
  }

  @Test
  void report_namesTheDatasetOfEachNoteTheApplyAdded() {
    io.github.supersetsdk.sync.DatasetResult created = new io.github.supersetsdk.sync.DatasetResult(
        "model.p.orders", io.github.supersetsdk.client.id.DatasetId.of(7),
        io.github.supersetsdk.sync.SyncAction.CREATE, null, 3, 1,
        List.of("main_dttm_col 'orderd_at' is not set: the dataset has no column of that name"));
    StringWriter text = new StringWriter();
    SyncCommands.printReport(new PrintWriter(text, true), new io.github.supersetsdk.sync.SyncReport(
        List.of(created), 2, 3, java.time.Duration.ofMillis(1500), List.of(), List.of(), List.of()));
    assertThat(text.toString()).startsWith(
        "note: model.p.orders: main_dttm_col 'orderd_at' is not set: the dataset has no column of that name\n"
            + "sync: 1 created, ");
  }

  @Test
  void selectors_areTakenAsDbtTakesThem_severalAfterOneFlag_orOneFlagEach() {
    CommandLine.ParseResult r = CliTestSupport.commandLine().parseArgs(
        "dbt", "plan", "--select", "dim_products", "fct_orders", "--exclude", "tag:slow", "tag:old",
        "--select", "tag:core", "--json");
    SyncCommands.Plan plan = (SyncCommands.Plan) r.subcommand().subcommand().commandSpec().userObject();
    assertThat(plan.select).containsExactly("dim_products", "fct_orders", "tag:core");
    assertThat(plan.exclude).containsExactly("tag:slow", "tag:old");
  }

  @Test
  void emptySelectionWarning_namesTheKindsSelectedAmong() {
    SyncCommands.Plan plan = new SyncCommands.Plan();
    assertThat(plan.kinds()).isEqualTo("model");
    plan.seeds = true;
    plan.sources = true;
    assertThat(plan.kinds()).isEqualTo("model, seed or source");
  }

  @Test
  void noCatalog_leavesAStaleCatalogNextToTheManifestUnread() throws Exception {
    Path manifest = manifest();
    Files.writeString(tmp.resolve("catalog.json"), "{stale");
    Map<String, String> env = Map.of("SUPERSET_URL", "http://127.0.0.1:1", "SUPERSET_USERNAME", "u",
        "SUPERSET_PASSWORD", "p", "SUPERSET_DATABASE", "wh");

    assertThat(run(env, "dbt", "plan", "--manifest", manifest.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("catalog.json:1:2: malformed JSON");

    err.getBuffer().setLength(0);
    // Read no catalog: the plan goes on to Superset (which does not answer here).
    assertThat(run(env, "dbt", "plan", "--manifest", manifest.toString(), "--no-catalog")).isEqualTo(1);
    assertThat(err.toString()).doesNotContain("catalog.json").contains("127.0.0.1:1");

    err.getBuffer().setLength(0);
    assertThat(run(env, "dbt", "plan", "--manifest", manifest.toString(), "--no-catalog",
        "--catalog", tmp.resolve("catalog.json").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("give --catalog or --no-catalog, not both");
  }

  @Test
  void plan_manifestOfAVersionThisSdkDoesNotKnow_isWarnedOfBeforeTheRunGoesOn() throws Exception {
    Path manifest = manifest();
    Files.writeString(manifest, Files.readString(manifest).replace("manifest/v12.json", "manifest/v13.json"));
    Map<String, String> env = Map.of("SUPERSET_URL", "http://127.0.0.1:1", "SUPERSET_USERNAME", "u",
        "SUPERSET_PASSWORD", "p", "SUPERSET_DATABASE", "wh");

    // Superset does not answer here: the warning comes first, then the run goes on to fail on that.
    assertThat(run(env, "dbt", "plan", "--manifest", manifest.toString())).isEqualTo(1);
    assertThat(err.toString()).startsWith("superset-sdk: warning: " + manifest + " is manifest v13, a version"
        + " this superset-sdk does not know (it knows v1 to v12 and v20)").contains("127.0.0.1:1");
  }
}
