package io.github.supersetsdk.cli.dbt;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.supersetsdk.cli.CliTestSupport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class InspectCommandTest {

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = CliTestSupport.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  private Path write(String name, String json) throws IOException {
    return Files.writeString(dir.resolve(name), json);
  }

  private static final String MANIFEST =
      "{\"metadata\": {\"dbt_schema_version\": \"https://schemas.getdbt.com/dbt/manifest/v12.json\","
          + " \"dbt_version\": \"2026.1.29+7e71201\", \"adapter_type\": \"postgres\"},"
          + " \"nodes\": {"
          + "  \"model.p.a\": {\"resource_type\": \"model\", \"name\": \"a\", \"package_name\": \"p\"},"
          + "  \"model.p.b\": {\"resource_type\": \"model\", \"name\": \"b\", \"package_name\": \"p\", \"depends_on\": {\"nodes\": [\"model.p.a\"]}},"
          + "  \"test.p.t\": {\"resource_type\": \"test\", \"name\": \"t\", \"package_name\": \"p\"}},"
          + " \"sources\": {}, \"macros\": {\"macro.p.m\": {\"name\": \"m\", \"package_name\": \"p\", \"macro_sql\": \"x\"}},"
          + " \"docs\": {}, \"exposures\": {}, \"metrics\": {}, \"selectors\": {\"s\": {\"name\": \"s\"}}}";

  @Test
  void inspectJson_manifest_printsEveryKeyWithCounts() throws Exception {
    Path file = write("manifest.json", MANIFEST);

    int status = run("dbt", "inspect", file.toString(), "--json");

    assertThat(status).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.fieldNames()).toIterable()
        .containsExactly("artifact", "schemaVersion", "dbtVersion", "adapterType", "nodes", "nodesByType",
            "sources", "macros", "docs", "exposures", "metrics", "semanticModels", "savedQueries",
            "unitTests", "groups", "selectors", "functions");
    assertThat(json.get("artifact").asText()).isEqualTo("manifest");
    assertThat(json.get("schemaVersion").asInt()).isEqualTo(12);
    assertThat(json.get("dbtVersion").asText()).isEqualTo("2026.1.29+7e71201");
    assertThat(json.get("nodes").asInt()).isEqualTo(3);
    assertThat(json.get("nodesByType").get("model").asInt()).isEqualTo(2);
    assertThat(json.get("nodesByType").get("test").asInt()).isEqualTo(1);
    assertThat(json.get("macros").asInt()).isEqualTo(1);
    assertThat(json.get("selectors").asInt()).isEqualTo(1);
    assertThat(json.get("semanticModels").asInt()).isZero();
  }

  @Test
  void inspectJson_runResults_countsStatusesIncludingUnknownOnes() throws Exception {
    Path file = write("run_results.json",
        "{\"metadata\": {\"dbt_schema_version\": \"https://schemas.getdbt.com/dbt/run-results/v6.json\", \"dbt_version\": \"1.12.0\"},"
            + " \"results\": [{\"unique_id\": \"model.p.a\", \"status\": \"success\"},"
            + " {\"unique_id\": \"model.p.b\", \"status\": \"reused\"}, {\"unique_id\": \"model.p.c\", \"status\": \"success\"}],"
            + " \"elapsed_time\": 1.0}");

    assertThat(run("dbt", "inspect", file.toString(), "--json")).isZero();

    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.fieldNames()).toIterable()
        .containsExactly("artifact", "schemaVersion", "dbtVersion", "results", "statusCounts");
    assertThat(json.get("artifact").asText()).isEqualTo("run_results");
    assertThat(json.get("results").asInt()).isEqualTo(3);
    assertThat(json.get("statusCounts").get("success").asInt()).isEqualTo(2);
    assertThat(json.get("statusCounts").get("reused").asInt()).isEqualTo(1);
  }

  @Test
  void inspectJson_semanticManifest_totalsMeasuresDimensionsEntities() throws Exception {
    Path file = write("semantic_manifest.json",
        "{\"semantic_models\": [{\"name\": \"orders\", \"entities\": [{\"name\": \"id\", \"type\": \"primary\"}],"
            + " \"dimensions\": [{\"name\": \"d\", \"type\": \"time\"}, {\"name\": \"s\", \"type\": \"categorical\"}],"
            + " \"measures\": [{\"name\": \"m\", \"agg\": \"sum\"}]}],"
            + " \"metrics\": [{\"name\": \"a\", \"type\": \"SIMPLE\"}, {\"name\": \"b\", \"type\": \"ratio\"}, {\"name\": \"c\", \"type\": \"simple\"}]}");

    assertThat(run("dbt", "inspect", file.toString(), "--json")).isZero();

    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.fieldNames()).toIterable()
        .containsExactly("artifact", "semanticModels", "metrics", "metricsByType", "measures", "dimensions",
            "entities", "savedQueries");
    assertThat(json.get("metricsByType").get("simple").asInt()).isEqualTo(2);
    assertThat(json.get("metricsByType").get("ratio").asInt()).isEqualTo(1);
    assertThat(json.get("dimensions").asInt()).isEqualTo(2);
    assertThat(json.get("entities").asInt()).isEqualTo(1);
    assertThat(json.get("measures").asInt()).isEqualTo(1);
  }

  @Test
  void inspectJson_catalog_countsNodesAndSources() throws Exception {
    Path file = write("catalog.json",
        "{\"metadata\": {\"dbt_schema_version\": \"https://schemas.getdbt.com/dbt/catalog/v1.json\", \"dbt_version\": \"1.9.0\"},"
            + " \"nodes\": {\"model.p.a\": {\"metadata\": {\"type\": \"VIEW\", \"schema\": \"s\", \"name\": \"a\"}, \"columns\": {}}},"
            + " \"sources\": {}, \"errors\": null}");

    assertThat(run("dbt", "inspect", file.toString(), "--json")).isZero();

    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.fieldNames()).toIterable().containsExactly("artifact", "schemaVersion", "dbtVersion", "nodes", "sources");
    assertThat(json.get("nodes").asInt()).isEqualTo(1);
  }

  @Test
  void inspect_text_printsReadableSummary() throws Exception {
    Path file = write("manifest.json", MANIFEST);

    assertThat(run("dbt", "inspect", file.toString())).isZero();

    List<String> lines = out.toString().lines().toList();
    assertThat(lines.get(0)).endsWith("manifest.json: manifest v12, dbt 2026.1.29+7e71201, postgres");
    assertThat(out.toString()).contains("nodes", "model 2, test 1", "macros");
  }

  @Test
  void inspect_knownVersion_warnsOfNothing() throws Exception {
    Path file = write("manifest.json", MANIFEST);

    assertThat(run("dbt", "inspect", file.toString(), "--json")).isZero();

    assertThat(err.toString()).isEmpty();
  }

  @Test
  void inspect_fusionV20_isAKnownVersion() throws Exception {
    Path file = write("manifest.json", MANIFEST.replace("manifest/v12.json", "manifest/v20.json"));

    assertThat(run("dbt", "inspect", file.toString())).isZero();

    assertThat(err.toString()).isEmpty();
  }

  @Test
  void inspect_unknownSchemaVersion_isRead_andSaysSoOnStandardErrorOnly() throws Exception {
    // A dbt newer than this SDK: read as far as the known versions go, with a word that it is.
    Path file = write("manifest.json", MANIFEST.replace("manifest/v12.json", "manifest/v13.json"));

    assertThat(run("dbt", "inspect", file.toString(), "--json")).isZero();

    assertThat(new ObjectMapper().readTree(out.toString()).get("schemaVersion").asInt()).isEqualTo(13);
    assertThat(err.toString()).isEqualTo("superset-sdk: warning: " + file + " is manifest v13, a version this"
        + " superset-sdk does not know (it knows v1 to v12 and v20); it is read as far as the known versions go,"
        + " so what v13 added or changed is not read" + System.lineSeparator());
  }

  @Test
  void inspect_invalidFile_exitsTwoWithLocationOnStderr() throws Exception {
    Path file = write("manifest.json", "{\n  \"metadata\": {\"dbt_schema_version\": \"https://schemas.getdbt.com/dbt/manifest/v12.json\"},\n  \"nodes\": [\n");

    int status = run("dbt", "inspect", file.toString(), "--json");

    assertThat(status).isEqualTo(2);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString()).contains(file + ":3:12:").contains("at $.nodes");
  }

  @Test
  void inspect_missingFile_exitsTwoSayingWhatAndWhyOnce() {
    Path absent = dir.resolve("absent.json");

    assertThat(run("dbt", "inspect", absent.toString())).isEqualTo(2);

    assertThat(err.toString().strip()).isEqualTo("superset-sdk: cannot read " + absent + ": no such file");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void inspect_directory_saysItIsADirectory() {
    assertThat(run("dbt", "inspect", dir.toString())).isEqualTo(2);

    assertThat(err.toString().strip()).isEqualTo("superset-sdk: cannot read " + dir + ": it is a directory, not a file");
  }

  @Test
  void inspect_pathThroughAFile_saysAParentIsNotADirectory() throws Exception {
    Path file = write("manifest.json", MANIFEST);
    Path below = file.resolve("manifest.json");

    assertThat(run("dbt", "inspect", below.toString())).isEqualTo(2);

    assertThat(err.toString().strip())
        .isEqualTo("superset-sdk: cannot read " + below + ": a parent of it is not a directory");
  }
}
