package io.github.supersetsdk.dbt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseErrorTest {

  private final DbtArtifactReader reader = DbtArtifactReader.create();

  private static final String HEADER =
      "{\n  \"metadata\": {\"dbt_schema_version\": \"https://schemas.getdbt.com/dbt/manifest/v12.json\", \"dbt_version\": \"1.11.2\"},\n";

  private DbtArtifactParseException manifestError(String json) {
    try {
      reader.readManifest(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "manifest.json");
    } catch (DbtArtifactParseException e) {
      return e;
    }
    throw new AssertionError("expected a parse error");
  }

  @Test
  void readManifest_wrongTypeAtKnownField_namesLineColumnAndJsonPath() {
    DbtArtifactParseException e =
        manifestError(HEADER + "  \"nodes\": {\n    \"model.shop.orders\": {\"name\": \"orders\", \"columns\": 5}\n  }\n}");

    assertThat(e.source()).isEqualTo("manifest.json");
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.column()).isEqualTo(56);
    assertThat(e.jsonPath()).isEqualTo("$.nodes['model.shop.orders'].columns");
    assertThat(e.schemaVersion()).isEqualTo(12);
    assertThat(e.getMessage())
        .isEqualTo("manifest.json:4:56: expected an object but found a number at $.nodes['model.shop.orders'].columns (schema v12)");
  }

  @Test
  void readManifest_truncatedFile_failsWithLocationAtEnd() throws IOException {
    String full = Files.readString(Fixtures.file("manifest-v12-dbt-1.11.16.json"));
    DbtArtifactParseException e = manifestError(full.substring(0, full.length() / 2));

    assertThat(e.reason()).startsWith("malformed JSON: Unexpected end-of-input");
    assertThat(e.line()).isGreaterThan(1);
    assertThat(e.jsonPath()).startsWith("$.");
    assertThat(e.schemaVersion()).isEqualTo(12);
  }

  @Test
  void readManifest_unclosedObject_namesWhereItStartedAsLineAndColumn() {
    DbtArtifactParseException e = manifestError(HEADER + "  \"nodes\": {\"model.a.b\": {\"unique_id\": 5");

    assertThat(e.reason())
        .startsWith("malformed JSON: Unexpected end-of-input")
        .containsPattern("start marker at line \\d+, column \\d+")
        .doesNotContain("Source:", "REDACTED", "StreamReadFeature");
  }

  @Test
  void readManifest_mergeConflictMarkers_fails() {
    DbtArtifactParseException e =
        manifestError(HEADER + "<<<<<<< HEAD\n  \"nodes\": {}\n=======\n  \"nodes\": {}\n>>>>>>> main\n}");

    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(1);
    assertThat(e.reason()).contains("Unexpected character ('<'");
  }

  @Test
  void readManifest_emptyFile_fails(@TempDir Path dir) throws IOException {
    Path empty = Files.writeString(dir.resolve("manifest.json"), "");

    assertThatThrownBy(() -> reader.readManifest(empty))
        .isInstanceOf(DbtArtifactParseException.class)
        .hasMessageContaining("empty file")
        .hasMessageStartingWith(empty.toString() + ":")
        // Columns count from 1: an unknown one is left out rather than shown as 0.
        .hasMessageNotContaining(":0:");
    assertThat(new DbtArtifactParseException("r", "f.json", 3, 0, "$", null, null))
        .hasMessage("f.json:3: r at $");
    assertThat(new DbtArtifactParseException("r", "f.json", 0, 0, "$", null, null))
        .hasMessage("f.json: r at $");
    assertThat(new DbtArtifactParseException("r", "f.json", 3, 7, "$.nodes", 12, null))
        .hasMessage("f.json:3:7: r at $.nodes (schema v12)");
  }

  @Test
  void readManifest_otherArtifactKind_namesTheKind() {
    assertThatThrownBy(() -> reader.readManifest(Fixtures.file("run_results-v6-dbt-1.11.16.json")))
        .isInstanceOf(DbtArtifactParseException.class)
        .hasMessageContaining("expected a manifest artifact but this is a run_results artifact");
    assertThatThrownBy(() -> reader.readSemanticManifest(Fixtures.file("manifest-v12-dbt-1.11.16.json")))
        .isInstanceOf(DbtArtifactParseException.class)
        .hasMessageContaining("manifest artifact");
    assertThatThrownBy(() -> reader.readRunResults(Fixtures.file("semantic_manifest-dbt-1.11.16.json")))
        .isInstanceOf(DbtArtifactParseException.class)
        .hasMessageContaining("no metadata.dbt_schema_version");
  }

  @Test
  void readRunResults_withoutResults_failsInsteadOfReadingAnEmptyRun() {
    String json = "{\"metadata\": {\"dbt_schema_version\": \"https://schemas.getdbt.com/dbt/run-results/v6.json\"},"
        + " \"elapsed_time\": 1.5, \"args\": {}}";
    assertThatThrownBy(() -> reader.readRunResults(
            new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "run_results.json"))
        .isInstanceOfSatisfying(DbtArtifactParseException.class, e -> {
          assertThat(e.reason()).contains("without \"results\"");
          assertThat(e.jsonPath()).isEqualTo("$");
          assertThat(e.source()).endsWith("run_results.json");
        });
  }

  @Test
  void readManifest_noMetadata_fails() {
    DbtArtifactParseException e = manifestError("{\"nodes\": {}}");

    assertThat(e.reason()).contains("no metadata.dbt_schema_version");
    assertThat(e.schemaVersion()).isNull();
  }

  @Test
  void readManifest_unknownSchemaUrl_fails() {
    DbtArtifactParseException e =
        manifestError("{\"metadata\": {\"dbt_schema_version\": \"https://example.com/other.json\"}}");

    assertThat(e.reason()).contains("unrecognised dbt_schema_version");
    assertThat(e.jsonPath()).isEqualTo("$.metadata");
  }

  @Test
  void readManifest_trailingGarbage_fails() {
    DbtArtifactParseException e = manifestError(HEADER + "  \"nodes\": {}\n}\n}");

    assertThat(e.line()).isEqualTo(5);
  }

  @Test
  void readManifest_notAnObject_fails() {
    assertThat(manifestError("[1, 2]").reason()).contains("expected a JSON object but found an array");
  }

  @Test
  void readManifest_missingFile_throwsUncheckedIo(@TempDir Path dir) {
    assertThatThrownBy(() -> reader.readManifest(dir.resolve("absent.json")))
        .isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void dependsOnNodes_asALoneString_isATypeErrorSayingWhere(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("manifest.json"), "{\"metadata\": {\"dbt_schema_version\":"
        + " \"https://schemas.getdbt.com/dbt/manifest/v12.json\"},\n\"nodes\": {\"model.p.a\": {\"name\": \"a\","
        + " \"resource_type\": \"model\", \"package_name\": \"p\", \"depends_on\": {\"nodes\": \"oops\"}}}}");

    assertThatThrownBy(() -> reader.readManifest(file))
        .isInstanceOf(DbtArtifactParseException.class)
        .hasMessageContaining("expected an array of strings but found a string")
        .hasMessageContaining("2:")
        .hasMessageContaining("depends_on.nodes");
  }

  @Test
  void tags_asALoneString_areOneTag_asDbtAllows(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("manifest.json"), "{\"metadata\": {\"dbt_schema_version\":"
        + " \"https://schemas.getdbt.com/dbt/manifest/v12.json\"}, \"nodes\": {\"model.p.a\": {\"name\": \"a\","
        + " \"resource_type\": \"model\", \"package_name\": \"p\", \"tags\": \"daily\"}}}");

    assertThat(reader.readManifest(file).nodes().get("model.p.a").tags()).containsExactly("daily");
  }

  @Test
  void missingFile_saysSo_namingItOnce(@TempDir Path dir) {
    Path missing = dir.resolve("catalog.json");
    assertThatThrownBy(() -> reader.readCatalog(missing))
        .isInstanceOf(java.io.UncheckedIOException.class)
        .hasMessage("cannot read " + missing + ": no such file");
  }

  @Test
  void detect_manifestWithoutMetadata_saysSo_notThatItIsASemanticManifest(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("manifest.json"),
        "{\"nodes\": {}, \"semantic_models\": {}, \"metrics\": {}}");

    assertThatThrownBy(() -> reader.detect(file))
        .isInstanceOf(DbtArtifactParseException.class)
        .hasMessageContaining("not a dbt manifest: no metadata.dbt_schema_version");
    assertThatThrownBy(() -> reader.read(file)).hasMessageContaining("not a dbt manifest");
  }

  @Test
  void detect_fileWithoutMetadataOrSemanticKeys_fails(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("x.json"), "{\"a\": 1}");

    assertThatThrownBy(() -> reader.detect(file))
        .isInstanceOf(DbtArtifactParseException.class)
        .hasMessageContaining("not a dbt artifact");
  }
}
