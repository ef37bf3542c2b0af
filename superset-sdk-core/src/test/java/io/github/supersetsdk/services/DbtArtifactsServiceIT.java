package io.github.supersetsdk.services;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Proves that `scripts/services.sh up` ran real dbt: its four artifacts exist and are JSON. */
class DbtArtifactsServiceIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"manifest.json", "semantic_manifest.json", "run_results.json", "catalog.json"})
  void artifact_existsAndParsesAsJson(String name) throws IOException {
    Path file = Path.of(ServiceEnvironment.require("DBT_TARGET_DIR")).resolve(name);

    assertThat(file).isRegularFile();
    JsonNode root = JSON.readTree(file.toFile());
    assertThat(root.isObject()).isTrue();
    if (!name.equals("semantic_manifest.json")) {
      assertThat(root.path("metadata").path("dbt_schema_version").asText()).contains("schemas.getdbt.com");
    } else {
      assertThat(root.path("semantic_models").size()).isGreaterThanOrEqualTo(2);
      assertThat(root.path("metrics").size()).isGreaterThanOrEqualTo(6);
    }
  }
}
