package io.github.supersetsdk.client.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.supersetsdk.client.RawRequest;
import io.github.supersetsdk.client.ServerInfo;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.exception.BadRequestException;
import io.github.supersetsdk.client.exception.FieldUnsupportedException;
import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.model.ChartDataResult;
import io.github.supersetsdk.client.model.ChartDatasource;
import io.github.supersetsdk.client.model.Dataset;
import io.github.supersetsdk.client.model.DatasetColumn;
import io.github.supersetsdk.client.model.DatasetMetric;
import io.github.supersetsdk.client.request.ChartDataQuery;
import io.github.supersetsdk.client.request.ChartDataRequest;
import io.github.supersetsdk.client.request.DatasetColumnUpdate;
import io.github.supersetsdk.client.request.DatasetFolder;
import io.github.supersetsdk.client.request.DatasetMetricUpdate;
import io.github.supersetsdk.client.request.Filter;
import io.github.supersetsdk.client.request.FilterOperator;
import io.github.supersetsdk.client.request.ListQuery;
import io.github.supersetsdk.client.request.UpdateDatasetRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(NoSecretsInLogs.class)
class DatasetsIT {

  private static SupersetClient client;
  private static WarehouseConnection warehouse;
  private static String mart;
  private static DatasetId id;

  @BeforeAll
  static void setUp() throws Exception {
    client = ItEnv.adminClient().build();
    warehouse = WarehouseConnection.create(client);
    for (String table : Warehouse.tenantMarts()) {
      if (Warehouse.rowsPerTenant(table).size() >= 2) {
        mart = table;
        break;
      }
    }
    assertThat(mart).as("a mart with rows of at least two tenants").isNotNull();
    id = warehouse.dataset(mart);
  }

  @AfterAll
  static void tearDown() {
    if (warehouse != null) {
      warehouse.close();
    }
    client.close();
  }

  @Test
  void dataset_onAMart_isCreatedRefreshedAndUpdated() {

    client.datasets().refresh(id);
    Dataset dataset = client.datasets().get(id);
    assertThat(dataset.tableName()).isEqualTo(mart);
    assertThat(dataset.schema()).isEqualTo("marts");
    assertThat(dataset.database().id()).isEqualTo(warehouse.id);
    DatasetColumn tenant = dataset.column("tenant_id");
    assertThat(tenant).as("tenant_id column").isNotNull();

    List<DatasetColumnUpdate> columns = new ArrayList<>();
    for (DatasetColumn c : dataset.columns()) {
      columns.add(c.columnName().equals("tenant_id")
          ? c.toUpdate().toBuilder().verboseName("Tenant").description("Owning tenant").build()
          : c.toUpdate());
    }
    List<DatasetMetricUpdate> metrics = new ArrayList<>();
    dataset.metrics().forEach(m -> metrics.add(m.toUpdate()));
    metrics.add(DatasetMetricUpdate.builder("tenants", "COUNT(DISTINCT tenant_id)").verboseName("Tenants").d3format(",d").build());
    client.datasets().update(id, UpdateDatasetRequest.builder()
        .columns(columns).metrics(metrics).description("Updated by superset-sdk ITs").build());

    Dataset updated = client.datasets().get(id);
    assertThat(updated.description()).isEqualTo("Updated by superset-sdk ITs");
    assertThat(updated.column("tenant_id").verboseName()).isEqualTo("Tenant");
    assertThat(updated.column("tenant_id").description()).isEqualTo("Owning tenant");
    DatasetMetric tenants = updated.metric("tenants");
    assertThat(tenants).isNotNull();
    assertThat(tenants.expression()).isEqualTo("COUNT(DISTINCT tenant_id)");
    assertThat(updated.metrics()).hasSize(dataset.metrics().size() + 1);

    client.datasets().update(id, UpdateDatasetRequest.builder().clearDescription().build());
    assertThat(client.datasets().get(id).description()).isNull();

    List<DatasetId> listed = client.datasets()
        .list(ListQuery.builder()
            .filter(Filter.of("database", FilterOperator.RELATION_ONE_TO_MANY, warehouse.id))
            .filter(Filter.eq("table_name", mart))
            .build())
        .stream().map(Dataset::id).collect(Collectors.toList());
    assertThat(listed).containsExactly(id);
  }

  @Test
  void update_currencyCodeColumn_storedAndCleared_foldersNeedTheFeatureFlag() throws Exception {
    // A dataset of its own: the other test replaces the shared one's columns.
    String table = Warehouse.tenantMarts().stream().filter(t -> !t.equals(mart)).findFirst().orElse(null);
    assertThat(table).as("a second mart").isNotNull();
    DatasetId own = warehouse.dataset(table);
    DatasetColumn tenant = client.datasets().get(own).column("tenant_id");
    assertThat(tenant).isNotNull();
    assertThat(tenant.uuid()).isNotNull();

    // currency_code_column appeared in Superset 6.1 and folders in 6.0: a release whose schema lacks
    // one refuses it, so the client refuses to send a value it would lose, and nothing is stored.
    if (client.server().supportsField("PUT", "/api/v1/dataset/{pk}", "currency_code_column")
        == ServerInfo.Support.UNSUPPORTED) {
      assertThatThrownBy(() -> client.datasets().update(own,
              UpdateDatasetRequest.builder().currencyCodeColumn("tenant_id").build()))
          .isInstanceOfSatisfying(FieldUnsupportedException.class,
              e -> assertThat(e.fields()).containsExactly("currency_code_column"));
      assertThat(storedDataset(own).get("currency_code_column")).isNull();
    } else {
      client.datasets().update(own, UpdateDatasetRequest.builder().currencyCodeColumn("tenant_id").build());
      assertThat(storedDataset(own).get("currency_code_column")).isEqualTo("tenant_id");
      client.datasets().update(own, UpdateDatasetRequest.builder().clearCurrencyCodeColumn().build());
      assertThat(storedDataset(own).get("currency_code_column")).isNull();
    }

    UpdateDatasetRequest folders = UpdateDatasetRequest.builder()
        .description("not stored")
        .folders(List.of(DatasetFolder.folder(UUID.randomUUID(), "Keys", List.of(DatasetFolder.column(tenant.uuid())))))
        .build();
    if (client.server().supportsField("PUT", "/api/v1/dataset/{pk}", "folders") == ServerInfo.Support.UNSUPPORTED) {
      assertThatThrownBy(() -> client.datasets().update(own, folders))
          .isInstanceOfSatisfying(FieldUnsupportedException.class,
              e -> assertThat(e.fields()).containsExactly("folders"));
    } else {
      // Superset 6.0 and 6.1 accept folders only with their DATASET_FOLDERS feature flag, which is off
      // by default (and here): the whole update is rejected with 422 and nothing is stored.
      assertThatThrownBy(() -> client.datasets().update(own, folders))
          .isInstanceOfSatisfying(BadRequestException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(422);
            assertThat(e.serverMessage()).contains("Dataset folders are not enabled");
          });
    }
    assertThat(storedDataset(own).get("description")).isNull();
  }

  private static Map<?, ?> storedDataset(DatasetId dataset) {
    return (Map<?, ?>) client.raw().send(RawRequest.get("/api/v1/dataset/" + dataset.value())).as(Map.class).get("result");
  }

  @Test
  void chartData_rowsPerTenant_equalSqlOnTheWarehouse() throws Exception {
    ChartDataQuery.Builder query = ChartDataQuery.builder().column("tenant_id").metric("count").rowLimit(10_000);
    String numeric = Warehouse.numericColumn(mart);
    if (numeric != null) {
      query.sqlMetric("SUM(\"" + numeric + "\")", "total");
    }

    ChartDataResult result = client.charts().data(ChartDataRequest.builder(ChartDatasource.dataset(id))
        .query(query.build()).force(true).build()).first();

    Map<String, Long> counts = new LinkedHashMap<>();
    Map<String, BigDecimal> sums = new LinkedHashMap<>();
    for (Map<String, Object> row : result.data()) {
      String tenant = String.valueOf(row.get("tenant_id"));
      counts.put(tenant, ((Number) row.get("count")).longValue());
      if (numeric != null) {
        sums.put(tenant, new BigDecimal(String.valueOf(row.get("total"))));
      }
    }
    assertThat(counts).isEqualTo(Warehouse.rowsPerTenant(mart));
    if (numeric != null) {
      Map<String, BigDecimal> expected = Warehouse.sumPerTenant(mart, numeric);
      assertThat(sums.keySet()).isEqualTo(expected.keySet());
      expected.forEach((tenant, sum) ->
          assertThat(sums.get(tenant)).as("sum for tenant " + tenant).isEqualByComparingTo(sum));
    }
  }
}
