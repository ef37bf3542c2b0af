package io.github.supersetsdk.cache.chartdata.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.supersetsdk.dbt.DbtArtifactReader;
import io.github.supersetsdk.dbt.manifest.DbtManifest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DatasetModelsTest {

  static DbtManifest manifest() {
    String json = "{\"metadata\": {\"dbt_schema_version\": \"https://schemas.getdbt.com/dbt/manifest/v12.json\","
        + " \"dbt_version\": \"1.11.16\"}, \"nodes\": {"
        + "\"model.p.orders\": {\"resource_type\": \"model\", \"name\": \"orders\", \"package_name\": \"p\","
        + " \"schema\": \"marts\", \"alias\": \"fct_orders\", \"config\": {\"materialized\": \"table\"}},"
        + "\"test.p.t\": {\"resource_type\": \"test\", \"name\": \"t\", \"package_name\": \"p\","
        + " \"schema\": \"marts\", \"alias\": \"t\", \"config\": {}}},"
        + " \"sources\": {}, \"macros\": {}, \"docs\": {}, \"exposures\": {}, \"metrics\": {}}";
    return DbtArtifactReader.create().readManifest(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "manifest.json");
  }

  @Test
  void uniqueIdInExtra_syncBlock_returnsIt() {
    assertThat(DatasetModels.uniqueIdInExtra("{\"unique_id\": \"model.p.orders\", \"superset_sdk_sync\": {}}"))
        .isEqualTo("model.p.orders");
  }

  @Test
  void uniqueIdInExtra_absentBlankOrBroken_returnsNull() {
    assertThat(DatasetModels.uniqueIdInExtra(null)).isNull();
    assertThat(DatasetModels.uniqueIdInExtra("")).isNull();
    assertThat(DatasetModels.uniqueIdInExtra("{\"unique_id\": 3}")).isNull();
    assertThat(DatasetModels.uniqueIdInExtra("{not json")).isNull();
    assertThat(DatasetModels.uniqueIdInExtra("[1]")).isNull();
  }

  @Test
  void relations_modelsByAliasLowerCase_testsLeftOut() {
    assertThat(DatasetModels.relations(manifest())).containsExactly(java.util.Map.entry("marts.fct_orders",
        "model.p.orders"));
  }
}
