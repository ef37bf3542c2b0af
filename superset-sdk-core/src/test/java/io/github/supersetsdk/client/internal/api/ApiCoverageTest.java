package io.github.supersetsdk.client.internal.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.supersetsdk.client.internal.transport.OperationSpec;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/api-coverage.md} in step with the operation table and the saved spec. Run with
 * {@code -Dsuperset.sdk.updateCoverage=true} to regenerate the file after adding operations.
 */
class ApiCoverageTest {

  private static final Path DOC = Path.of("..", "docs", "api-coverage.md");

  @Test
  void operationTable_everyTypedOperationExistsInTheSpec() {
    assertThat(ApiCoverage.compute().typedButNotInSpec())
        .as("operations whose @RequestLine does not match the spec's method, path or parameter names")
        .isEmpty();
  }

  @Test
  void untypedReasons_nameOnlyUntypedSpecOperations() {
    assertThat(ApiCoverage.compute().staleReasons())
        .as("entries of untyped-operations.txt that are typed now or not in the spec")
        .isEmpty();
  }

  @Test
  void operationTable_declaresEachOperationOnce() {
    List<String> ids = Operations.all().stream().map(OperationSpec::id).toList();

    assertThat(ids).doesNotHaveDuplicates();
  }

  @Test
  void coverageDoc_isUpToDate() throws IOException {
    String expected = ApiCoverage.compute().markdown();
    if (Boolean.getBoolean("superset.sdk.updateCoverage")) {
      Files.writeString(DOC, expected, StandardCharsets.UTF_8);
    }
    assertThat(Files.exists(DOC)).as(DOC + " exists (regenerate with -Dsuperset.sdk.updateCoverage=true)").isTrue();
    assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
        .as("docs/api-coverage.md is stale: run ./mvnw -pl superset-sdk-core test -Dtest=ApiCoverageTest"
            + " -Dsuperset.sdk.updateCoverage=true and commit the result")
        .isEqualTo(expected);
  }

  @Test
  void compute_smallSpec_countsPerTagAndGivesReasons() throws IOException {
    String spec = "{\"info\": {\"x-superset-version\": \"9.9\"}, \"paths\": {"
        + "\"/api/v1/thing/\": {\"get\": {\"tags\": [\"Things\"]}, \"post\": {\"tags\": [\"Things\"]}},"
        + "\"/api/v1/other/\": {\"get\": {\"tags\": [\"Others\"]}, \"parameters\": []}}}";
    List<OperationSpec> typed = List.of(new OperationSpec("GET /api/v1/thing/", "GET", false, false, false, false));
    String reasons = "# comment\nGET /api/v1/other/\tUI only\n";

    ApiCoverage coverage = ApiCoverage.compute(
        new ByteArrayInputStream(spec.getBytes(StandardCharsets.UTF_8)), typed,
        new ByteArrayInputStream(reasons.getBytes(StandardCharsets.UTF_8)));

    assertThat(coverage.summaryLine()).isEqualTo("coverage: 1/3 operations");
    assertThat(coverage.markdown())
        .contains("| Things | 1 | 2 |", "| Others | 0 | 1 |", "| `GET /api/v1/other/` | UI only |",
            "| `POST /api/v1/thing/` | " + ApiCoverage.DEFAULT_REASON + " |");
  }

  @Test
  void withOlderVersions_countsTypedOperationsEachSpecHas_matchingRenamedPathParameters() throws IOException {
    String spec = "{\"info\": {\"x-superset-version\": \"9.9\"}, \"paths\": {"
        + "\"/api/v1/thing/\": {\"get\": {\"tags\": [\"Things\"]}, \"post\": {\"tags\": [\"Things\"]}},"
        + "\"/api/v1/thing/{id_or_slug}\": {\"get\": {\"tags\": [\"Things\"]}},"
        + "\"/api/v1/other/\": {\"get\": {\"tags\": [\"Others\"]}}}}";
    // 9.8 names the parameter differently (same operation) and lacks POST; 9.7 has neither thing operation.
    String older = "{\"paths\": {\"/api/v1/thing/\": {\"get\": {}},"
        + "\"/api/v1/thing/{pk}\": {\"get\": {}}, \"/api/v1/gone/\": {\"get\": {}}}}";
    String oldest = "{\"paths\": {\"/api/v1/thing/\": {\"get\": {}}}}";
    List<OperationSpec> typed = List.of(
        new OperationSpec("GET /api/v1/thing/", "GET", false, false, false, false),
        new OperationSpec("POST /api/v1/thing/", "POST", false, false, false, false),
        new OperationSpec("GET /api/v1/thing/{id_or_slug}", "GET", false, false, false, false));
    Map<String, InputStream> specs = new LinkedHashMap<>();
    specs.put("9.8", stream(older));
    specs.put("9.7", stream(oldest));

    ApiCoverage coverage = ApiCoverage.compute(stream(spec), typed, stream("")).withOlderVersions(specs);

    assertThat(coverage.olderVersions()).containsExactly("9.8", "9.7");
    assertThat(coverage.typedMissingIn("9.8")).containsExactly("POST /api/v1/thing/");
    assertThat(coverage.typedMissingIn("9.7")).containsExactly("GET /api/v1/thing/{id_or_slug}", "POST /api/v1/thing/");
    assertThat(coverage.totalIn("9.8")).isEqualTo(3);
    assertThat(coverage.summaryLine()).as("the target release's figures do not change").isEqualTo("coverage: 3/4 operations");
    assertThat(coverage.markdown())
        .contains("| Tag | 9.9 | 9.8 | 9.7 |", "| Things | 3 | 2 | 1 |", "| Others | 0 | 0 | 0 |",
            "| **typed operations served** | **3** | **2** | **1** |", "| operations in the spec | 4 | 3 | 1 |",
            "| `POST /api/v1/thing/` | 9.8, 9.7 |", "| `GET /api/v1/thing/{id_or_slug}` | 9.7 |");
    assertThatThrownBy(() -> coverage.typedMissingIn("1.0")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no spec of Superset 1.0");
  }

  private static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
