package io.github.supersetsdk.sync;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.supersetsdk.client.testing.FakeSuperset;
import io.github.supersetsdk.dbt.DbtArtifactReader;
import io.github.supersetsdk.dbt.manifest.DbtManifest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A model whose alias changes only in case. On PostgreSQL, where dbt quotes names, that is another
 * table ({@code "Orders"} and {@code orders} are two tables, and dbt builds the new one), so the
 * dataset must move to it; on a warehouse that folds names it is the same table.
 */
class RelationCaseTest {

  @RegisterExtension
  static final FakeSuperset superset = FakeSuperset.create();

  @Test
  void plan_postgres_aliasChangedOnlyInCase_movesTheDatasetToTheNewTable() {
    stubDatasetOn("postgresql", "Orders");

    DatasetPlan p = plan();

    assertThat(p.action()).isEqualTo(SyncAction.UPDATE);
    assertThat(p.changes()).contains(new FieldChange("table", "marts.Orders", "marts.orders"));
  }

  @Test
  void plan_postgres_sameTableInTheSameCase_isUnchangedAndNotMoved() {
    stubDatasetOn("postgresql", "orders");

    DatasetPlan p = plan();

    assertThat(p.changes()).extracting(FieldChange::field).doesNotContain("table");
  }

  @Test
  void plan_postgres_relationDbtDoesNotQuote_isMatchedIgnoringCase() {
    // With dbt's quoting turned off, PostgreSQL folds the name: the table is orders whatever its case.
    stubDatasetOn("postgresql", "Orders");

    DatasetPlan p = plan("warehouse.marts.orders");

    assertThat(p.datasetId()).isNotNull();
    assertThat(p.changes()).extracting(FieldChange::field).doesNotContain("table");
  }

  @Test
  void plan_snowflake_nameInAnotherCase_isTheSameTable() {
    stubDatasetOn("snowflake", "ORDERS");

    DatasetPlan p = plan();

    assertThat(p.datasetId()).isNotNull();
    assertThat(p.changes()).extracting(FieldChange::field).doesNotContain("table");
  }

  private static DatasetPlan plan() {
    return plan("\"warehouse\".\"marts\".\"orders\"");
  }

  private static DatasetPlan plan(String relationName) {
    try (DbtSync sync = DbtSync.builder(superset.clientBuilder().build()).database("wh").metrics(false)
        .build()) {
      SyncPlan plan = sync.plan(artifacts(relationName));
      assertThat(plan.datasets()).hasSize(1);
      return plan.datasets().get(0);
    }
  }

  // A connection of the backend holding one dataset, made by an earlier sync, on marts.<table>.
  private static void stubDatasetOn(String backend, String table) {
    superset.stubFor(get(urlPathEqualTo("/api/v1/database/")).willReturn(okJson(
        "{\"count\":1,\"ids\":[1],\"result\":[{\"id\":1,\"database_name\":\"wh\",\"backend\":\"" + backend
            + "\"}]}")));
    superset.stubFor(get(urlPathEqualTo("/api/v1/database/1/connection")).willReturn(okJson(
        "{\"id\":1,\"result\":{\"id\":1,\"database_name\":\"wh\",\"backend\":\"" + backend + "\","
            + "\"sqlalchemy_uri\":\"postgresql://reader:XXXXXXXXXX@127.0.0.1:5432/warehouse\"}}")));
    String extra = "{\\\"unique_id\\\": \\\"model.p.orders\\\"}";
    superset.stubFor(get(urlPathEqualTo("/api/v1/dataset/")).willReturn(okJson(
        "{\"count\":1,\"ids\":[5],\"result\":[{\"id\":5,\"table_name\":\"" + table + "\",\"schema\":\"marts\","
            + "\"sql\":null,\"extra\":\"" + extra + "\",\"database\":{\"id\":1,\"database_name\":\"wh\"}}]}")));
    superset.stubFor(get(urlPathEqualTo("/api/v1/dataset/5")).willReturn(okJson(
        "{\"id\":5,\"result\":{\"id\":5,\"table_name\":\"" + table + "\",\"schema\":\"marts\",\"sql\":null,"
            + "\"description\":null,\"main_dttm_col\":null,\"extra\":\"" + extra + "\","
            + "\"database\":{\"id\":1,\"database_name\":\"wh\",\"backend\":\"" + backend + "\"},"
            + "\"columns\":[{\"id\":11,\"column_name\":\"id\",\"type\":\"INTEGER\",\"is_dttm\":false,"
            + "\"groupby\":true,\"filterable\":true}],\"metrics\":[]}}")));
  }

  // One table model, aliased orders, in schema marts, whose relation dbt names so.
  private static DbtArtifacts artifacts(String relationName) {
    String json = "{\"metadata\": {\"dbt_schema_version\": \"https://schemas.getdbt.com/dbt/manifest/v12.json\","
        + " \"dbt_version\": \"1.11.16\", \"adapter_type\": \"postgres\"}, \"nodes\": {\"model.p.orders\":"
        + " {\"resource_type\": \"model\", \"name\": \"orders\", \"unique_id\": \"model.p.orders\","
        + " \"package_name\": \"p\", \"schema\": \"marts\", \"database\": \"warehouse\", \"alias\": \"orders\","
        + " \"relation_name\": \"" + relationName.replace("\"", "\\\"") + "\", \"fqn\": [\"p\", \"orders\"],"
        + " \"path\": \"orders.sql\", \"original_file_path\": \"models/orders.sql\", \"tags\": [],"
        + " \"columns\": {\"id\": {\"name\": \"id\", \"description\": \"The key.\"}},"
        + " \"depends_on\": {\"nodes\": []}, \"config\": {\"materialized\": \"table\", \"enabled\": true}}},"
        + " \"sources\": {}, \"macros\": {}, \"docs\": {}, \"exposures\": {}, \"metrics\": {}}";
    DbtManifest manifest = DbtArtifactReader.create().readManifest(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "manifest.json");
    return new DbtArtifacts(manifest, null, null, null);
  }
}
