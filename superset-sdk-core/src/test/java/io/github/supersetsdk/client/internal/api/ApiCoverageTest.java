package io.github.supersetsdk.client.internal.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.supersetsdk.client.internal.transport.OperationSpec;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
}
