package io.github.supersetsdk.sync.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What the sync writes, against the request schemas of the OpenAPI documents each supported
 * Superset release serves (saved by the core module): every field the REST update path writes
 * exists on all of them, and only the dataset create's {@code uuid} is missing before 6.0, which is
 * why the engine asks the server before sending it.
 */
class SupersetReleasesTest {

  private static final List<String> RELEASES = List.of("6.1.0", "6.0.0", "5.0.0", "4.1.4");
  private static final Path SPECS =
      Path.of("../superset-sdk-core/src/main/resources/io/github/supersetsdk/client");

  // The top-level fields of the PUT the Differ builds, and of the column and metric items in it.
  private static final Set<String> PUT_FIELDS = Set.of("description", "main_dttm_col",
      "external_url", "cache_timeout", "is_managed_externally", "extra", "columns", "metrics",
      "table_name", "schema");
  private static final Set<String> COLUMN_FIELDS = Set.of("id", "column_name", "type",
      "verbose_name", "description", "expression", "is_dttm", "groupby", "filterable", "is_active",
      "python_date_format", "advanced_data_type", "extra");
  private static final Set<String> METRIC_FIELDS = Set.of("id", "metric_name", "expression",
      "metric_type", "verbose_name", "description", "d3format", "warning_text", "extra");

  private static Set<String> properties(JsonNode spec, String schema) {
    Set<String> out = new HashSet<>();
    spec.path("components").path("schemas").path(schema).path("properties").fieldNames()
        .forEachRemaining(out::add);
    assertThat(out).as(schema).isNotEmpty();
    return out;
  }

  private static JsonNode spec(String release) throws IOException {
    return new ObjectMapper().readTree(SPECS.resolve("superset-openapi-" + release + ".json").toFile());
  }

  @Test
  void everyFieldTheUpdateWrites_existsOnEverySupportedRelease() throws IOException {
    for (String release : RELEASES) {
      JsonNode spec = spec(release);
      assertThat(properties(spec, "DatasetRestApi.put")).as(release).containsAll(PUT_FIELDS);
      assertThat(properties(spec, "DatasetColumnsPut")).as(release).containsAll(COLUMN_FIELDS);
      assertThat(properties(spec, "DatasetMetricsPut")).as(release).containsAll(METRIC_FIELDS);
    }
  }

  @Test
  void datasetCreateTakesAUuid_from6_0_only() throws IOException {
    for (String release : RELEASES) {
      Set<String> create = properties(spec(release), "DatasetRestApi.post");
      assertThat(create).as(release).contains("database", "schema", "table_name");
      assertThat(create.contains("uuid")).as(release).isEqualTo(release.startsWith("6."));
    }
  }
}
