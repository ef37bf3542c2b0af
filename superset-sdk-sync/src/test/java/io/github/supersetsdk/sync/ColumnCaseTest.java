package io.github.supersetsdk.sync;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.supersetsdk.client.testing.FakeSuperset;
import io.github.supersetsdk.dbt.DbtArtifactReader;
import io.github.supersetsdk.dbt.catalog.CatalogColumn;
import io.github.supersetsdk.dbt.catalog.CatalogTable;
import io.github.supersetsdk.dbt.catalog.DbtCatalog;
import io.github.supersetsdk.dbt.ArtifactKind;
import io.github.supersetsdk.dbt.ArtifactMetadata;
import io.github.supersetsdk.dbt.manifest.DbtManifest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A table with columns whose names differ only in case. PostgreSQL keeps the case of quoted names,
 * so {@code "Amount"} and {@code amount} are two columns, each described by its own dbt entry;
 * elsewhere, and for any other column, a dbt name matches the warehouse's whatever its case.
 */
class ColumnCaseTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  static final FakeSuperset superset = FakeSuperset.create();

  private static final String BOTH_DOCUMENTED = "\"Amount\": {\"name\": \"Amount\", \"quote\": true,"
      + " \"description\": \"Gross, before refunds.\", \"meta\": {\"superset\": {\"verbose_name\": \"Gross amount\"}}},"
      + " \"amount\": {\"name\": \"amount\", \"description\": \"Net, after refunds.\","
      + " \"meta\": {\"superset\": {\"verbose_name\": \"Net amount\"}}}";

  @Test
  void plan_postgres_columnsDifferingOnlyInCase_eachGetsItsOwnDbtEntry() throws Exception {
    stubDataset("postgresql", "Amount", "amount");

    SyncPlan plan = plan(BOTH_DOCUMENTED, List.of("Amount", "amount"));

    assertThat(plan.datasets().get(0).changes()).contains(
        new FieldChange("columns.Amount.verbose_name", null, "Gross amount"),
        new FieldChange("columns.Amount.description", null, "Gross, before refunds."),
        new FieldChange("columns.amount.verbose_name", null, "Net amount"),
        new FieldChange("columns.amount.description", null, "Net, after refunds."));
    JsonNode sent = applyAndCaptureUpdate(plan);
    assertThat(column(sent, "Amount").path("verbose_name").asText()).isEqualTo("Gross amount");
    assertThat(column(sent, "Amount").path("description").asText()).isEqualTo("Gross, before refunds.");
    assertThat(column(sent, "amount").path("verbose_name").asText()).isEqualTo("Net amount");
    assertThat(column(sent, "amount").path("description").asText()).isEqualTo("Net, after refunds.");
  }

  @Test
  void plan_postgres_withoutCatalog_twoDbtEntriesDifferingOnlyInCase_areTwoColumns() throws Exception {
    stubDataset("postgresql", "Amount", "amount");

    SyncPlan plan = plan(BOTH_DOCUMENTED, null);

    assertThat(plan.datasets().get(0).changes()).contains(
        new FieldChange("columns.Amount.verbose_name", null, "Gross amount"),
        new FieldChange("columns.amount.verbose_name", null, "Net amount"));
  }

  @Test
  void plan_firstSyncCreatingAPostgresConnection_columnsDifferingOnlyInCase_areTwoColumns() {
    // No connection yet: its URI tells the warehouse, as the existing connection's backend does later.
    superset.stubFor(get(urlPathEqualTo("/api/v1/database/")).willReturn(okJson(
        "{\"count\":0,\"ids\":[],\"result\":[]}")));
    try (DbtSync sync = DbtSync.builder(superset.clientBuilder().build())
        .database("wh", "postgresql+psycopg2://reader:XXXXXXXXXX@127.0.0.1:5432/warehouse").metrics(false)
        .bulkImport(false).build()) {
      DatasetPlan p = sync.plan(artifacts(BOTH_DOCUMENTED, List.of("Amount", "amount"))).datasets().get(0);

      assertThat(p.action()).isEqualTo(SyncAction.CREATE);
      assertThat(p.changes()).contains(
          new FieldChange("columns.Amount.verbose_name", null, "Gross amount"),
          new FieldChange("columns.amount.verbose_name", null, "Net amount"));
    }
  }

  @Test
  void apply_postgres_onlyOneOfTheColumnsDocumented_theOtherIsLeftAlone() throws Exception {
    // Without catalog.json the dataset alone shows the table has both: dbt's amount is not "Amount".
    stubDataset("postgresql", "Amount", "amount");

    SyncPlan plan = plan("\"amount\": {\"name\": \"amount\", \"description\": \"Net, after refunds.\"}", null);

    assertThat(plan.datasets().get(0).changes())
        .containsOnlyOnce(new FieldChange("columns.amount.description", null, "Net, after refunds."));
    JsonNode sent = applyAndCaptureUpdate(plan);
    assertThat(column(sent, "amount").path("description").asText()).isEqualTo("Net, after refunds.");
    assertThat(column(sent, "Amount").path("description").asText()).isEmpty();
  }

  @Test
  void plan_postgres_dbtNameInAnotherCase_stillMatchesTheOnlyColumnOfThatName() {
    stubDataset("postgresql", "order_total");

    SyncPlan plan = plan("\"Order_Total\": {\"name\": \"Order_Total\", \"description\": \"The total.\"}",
        List.of("order_total"));

    assertThat(plan.datasets().get(0).changes())
        .contains(new FieldChange("columns.order_total.description", null, "The total."));
  }

  @Test
  void plan_snowflake_lowerCaseDbtName_matchesTheUpperCaseColumn() {
    stubDataset("snowflake", "ORDER_TOTAL");

    SyncPlan plan = plan("\"order_total\": {\"name\": \"order_total\", \"description\": \"The total.\"}",
        List.of("ORDER_TOTAL"));

    assertThat(plan.datasets().get(0).changes())
        .contains(new FieldChange("columns.order_total.description", null, "The total."));
  }

  private static SyncPlan plan(String columns, @Nullable List<String> catalogColumns) {
    try (DbtSync sync = DbtSync.builder(superset.clientBuilder().build()).database("wh").metrics(false)
        .bulkImport(false).build()) {
      SyncPlan plan = sync.plan(artifacts(columns, catalogColumns));
      assertThat(plan.datasets()).hasSize(1);
      return plan;
    }
  }

  private static JsonNode applyAndCaptureUpdate(SyncPlan plan) throws Exception {
    superset.stubFor(put(urlPathEqualTo("/api/v1/dataset/5")).willReturn(okJson("{\"id\":5,\"result\":{}}")));
    try (DbtSync sync = DbtSync.builder(superset.clientBuilder().build()).database("wh").metrics(false)
        .bulkImport(false).build()) {
      SyncReport report = sync.apply(plan);
      assertThat(report.results()).allSatisfy(r -> assertThat(r.error()).isNull());
    }
    List<com.github.tomakehurst.wiremock.verification.LoggedRequest> puts =
        superset.findAll(putRequestedFor(urlPathEqualTo("/api/v1/dataset/5")));
    assertThat(puts).isNotEmpty();
    return JSON.readTree(puts.get(puts.size() - 1).getBodyAsString());
  }

  private static JsonNode column(JsonNode update, String name) {
    for (JsonNode c : update.path("columns")) {
      if (c.path("column_name").asText().equals(name)) {
        return c;
      }
    }
    throw new AssertionError("no column " + name + " in " + update);
  }

  // A connection of the backend holding one dataset, made by an earlier sync, on marts.orders.
  private static void stubDataset(String backend, String... columns) {
    superset.stubFor(get(urlPathEqualTo("/api/v1/database/")).willReturn(okJson(
        "{\"count\":1,\"ids\":[1],\"result\":[{\"id\":1,\"database_name\":\"wh\",\"backend\":\"" + backend
            + "\"}]}")));
    superset.stubFor(get(urlPathEqualTo("/api/v1/database/1/connection")).willReturn(okJson(
        "{\"id\":1,\"result\":{\"id\":1,\"database_name\":\"wh\",\"backend\":\"" + backend + "\","
            + "\"sqlalchemy_uri\":\"postgresql://reader:XXXXXXXXXX@127.0.0.1:5432/warehouse\"}}")));
    String extra = "{\\\"unique_id\\\": \\\"model.p.orders\\\"}";
    String table = backend.equals("snowflake") ? "ORDERS" : "orders";
    superset.stubFor(get(urlPathEqualTo("/api/v1/dataset/")).willReturn(okJson(
        "{\"count\":1,\"ids\":[5],\"result\":[{\"id\":5,\"table_name\":\"" + table + "\",\"schema\":\"marts\","
            + "\"sql\":null,\"extra\":\"" + extra + "\",\"database\":{\"id\":1,\"database_name\":\"wh\"}}]}")));
    StringBuilder cols = new StringBuilder();
    int id = 11;
    for (String c : columns) {
      cols.append(cols.length() == 0 ? "" : ",").append("{\"id\":").append(id++).append(",\"column_name\":\"")
          .append(c).append("\",\"type\":\"NUMERIC\",\"is_dttm\":false,\"groupby\":true,\"filterable\":true}");
    }
    superset.stubFor(get(urlPathEqualTo("/api/v1/dataset/5")).willReturn(okJson(
        "{\"id\":5,\"result\":{\"id\":5,\"table_name\":\"" + table + "\",\"schema\":\"marts\",\"sql\":null,"
            + "\"description\":null,\"main_dttm_col\":null,\"extra\":\"" + extra + "\","
            + "\"database\":{\"id\":1,\"database_name\":\"wh\",\"backend\":\"" + backend + "\"},"
            + "\"columns\":[" + cols + "],\"metrics\":[]}}")));
  }

  // One table model on marts.orders, documenting the given columns; with a catalog entry listing
  // the given columns, or none.
  private static DbtArtifacts artifacts(String columns, @Nullable List<String> catalogColumns) {
    String json = "{\"metadata\": {\"dbt_schema_version\": \"https://schemas.getdbt.com/dbt/manifest/v12.json\","
        + " \"dbt_version\": \"1.11.16\", \"adapter_type\": \"postgres\"}, \"nodes\": {\"model.p.orders\":"
        + " {\"resource_type\": \"model\", \"name\": \"orders\", \"unique_id\": \"model.p.orders\","
        + " \"package_name\": \"p\", \"schema\": \"marts\", \"database\": \"warehouse\", \"alias\": \"orders\","
        + " \"relation_name\": \"\\\"warehouse\\\".\\\"marts\\\".\\\"orders\\\"\", \"fqn\": [\"p\", \"orders\"],"
        + " \"path\": \"orders.sql\", \"original_file_path\": \"models/orders.sql\", \"tags\": [],"
        + " \"columns\": {" + columns + "},"
        + " \"depends_on\": {\"nodes\": []}, \"config\": {\"materialized\": \"table\", \"enabled\": true}}},"
        + " \"sources\": {}, \"macros\": {}, \"docs\": {}, \"exposures\": {}, \"metrics\": {}}";
    DbtManifest manifest = DbtArtifactReader.create().readManifest(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "manifest.json");
    if (catalogColumns == null) {
      return new DbtArtifacts(manifest, null, null, null);
    }
    Map<String, CatalogColumn> cols = new LinkedHashMap<>();
    int index = 1;
    for (String c : catalogColumns) {
      cols.put(c, new CatalogColumn(c, "numeric", index++, null));
    }
    DbtCatalog catalog = new DbtCatalog(new ArtifactMetadata(ArtifactKind.CATALOG, 1,
        "https://schemas.getdbt.com/dbt/catalog/v1.json", null, null, null, "postgres", null),
        Map.of("model.p.orders", new CatalogTable("model.p.orders", "BASE TABLE", "warehouse", "marts", "orders",
            null, null, cols)), Map.of(), List.of());
    return new DbtArtifacts(manifest, null, catalog, null);
  }
}
