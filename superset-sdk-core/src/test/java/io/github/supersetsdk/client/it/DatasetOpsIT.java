package io.github.supersetsdk.client.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.exception.NotFoundException;
import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.model.Dataset;
import io.github.supersetsdk.client.model.DatasetColumn;
import io.github.supersetsdk.client.model.DatasetDrillColumn;
import io.github.supersetsdk.client.model.DatasetDrillInfo;
import io.github.supersetsdk.client.model.DatasetMetric;
import io.github.supersetsdk.client.model.DistinctValue;
import io.github.supersetsdk.client.model.RelatedObject;
import io.github.supersetsdk.client.request.CreateDatasetRequest;
import io.github.supersetsdk.client.request.ImportBundleRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(NoSecretsInLogs.class)
class DatasetOpsIT {

  private static SupersetClient client;
  private static WarehouseConnection warehouse;
  private static String mart;
  private static DatasetId id;
  private static final List<DatasetId> extra = new ArrayList<>();

  @BeforeAll
  static void setUp() throws Exception {
    client = ItEnv.adminClient().build();
    warehouse = WarehouseConnection.create(client);
    mart = Warehouse.tenantMarts().get(0);
    id = warehouse.dataset(mart);
  }

  @AfterAll
  static void tearDown() {
    for (DatasetId d : client == null ? List.<DatasetId>of() : extra) {
      try {
        client.datasets().delete(d);
      } catch (NotFoundException alreadyGone) {
        // Deleted by the test itself.
      }
    }
    if (warehouse != null) {
      warehouse.close();
    }
    if (client != null) {
      client.close();
    }
  }

  @Test
  void getOrCreate_returnsTheExistingDataset() {
    assertThat(client.datasets().getOrCreate(warehouse.id, "marts", mart)).isEqualTo(id);
  }

  @Test
  void duplicate_copiesAVirtualDataset() {
    String sql = "select tenant_id, count(*) as n from marts." + mart + " group by tenant_id";
    DatasetId virtual = client.datasets().create(
        CreateDatasetRequest.builder(warehouse.id, ItEnv.uniqueName("virtual")).schema("marts").sql(sql).build());
    extra.add(virtual);

    String copyName = ItEnv.uniqueName("copy");
    DatasetId copy = client.datasets().duplicate(virtual, copyName);
    extra.add(copy);

    Dataset copied = client.datasets().get(copy);
    assertThat(copy).isNotEqualTo(virtual);
    assertThat(copied.tableName()).isEqualTo(copyName);
    assertThat(copied.sql()).isEqualTo(sql);
    assertThat(copied.kind()).isEqualTo("virtual");
  }

  @Test
  void export_thenImportWithOverwrite_keepsTheDataset() throws IOException {
    Dataset before = client.datasets().get(id);
    byte[] bundle = client.datasets().export(List.of(id));
    assertThat(DatabaseMetadataIT.entries(bundle, "/datasets/")).hasSize(1);

    client.datasets().importBundle(ImportBundleRequest.builder(bundle).overwrite(true).build());

    Dataset after = client.datasets().get(before.uuid());
    assertThat(after.id()).isEqualTo(id);
    assertThat(after.tableName()).isEqualTo(mart);
    assertThat(after.columns()).extracting(DatasetColumn::columnName)
        .containsExactlyInAnyOrderElementsOf(before.columns().stream().map(DatasetColumn::columnName).toList());
  }

  @Test
  void warmUpCache_ofADatasetWithoutCharts_reportsNothing() {
    String databaseName = client.databases().get(warehouse.id).databaseName();

    assertThat(client.datasets().warmUpCache(databaseName, mart)).isEmpty();
  }

  @Test
  void browsing_listsDistinctRelatedDependentsAndDrillInfo() {
    assertThat(client.datasets().distinct("schema", "mart").stream())
        .extracting(DistinctValue::value).contains("marts");
    assertThat(client.datasets().related("database", null).stream())
        .extracting(RelatedObject::value).contains(warehouse.id.value());
    assertThat(client.datasets().info().permissions()).contains("can_read");
    assertThat(client.datasets().getDependents(id).isEmpty()).isTrue();
    if (!Served.has(client, "GET", "/api/v1/dataset/{pk}/drill_info/")) {
      // drill_info appeared in Superset 6.0.
      Served.assertUnsupported(() -> client.datasets().getDrillInfo(id), "GET", "/api/v1/dataset/{pk}/drill_info/");
      return;
    }
    DatasetDrillInfo drill = client.datasets().getDrillInfo(id);
    assertThat(drill.id()).isEqualTo(id);
    assertThat(drill.tableName()).isEqualTo(mart);
    assertThat(drill.columns()).extracting(DatasetDrillColumn::columnName).contains("tenant_id");
  }

  @Test
  void deleteColumnAndMetric_removeThemFromTheDataset() {
    DatasetId own = client.datasets().create(CreateDatasetRequest.builder(warehouse.id, ItEnv.uniqueName("cols"))
        .schema("marts").sql("select tenant_id, 1 as spare from marts." + mart).build());
    extra.add(own);
    client.datasets().refresh(own);
    Dataset dataset = client.datasets().get(own);
    DatasetColumn spare = dataset.column("spare");
    assertThat(spare).as("spare column").isNotNull();
    assertThat(dataset.metrics()).isNotEmpty();
    DatasetMetric metric = dataset.metrics().get(0);

    client.datasets().deleteColumn(own, spare.id());
    client.datasets().deleteMetric(own, metric.id());

    Dataset after = client.datasets().get(own);
    assertThat(after.column("spare")).isNull();
    assertThat(after.metrics()).extracting(DatasetMetric::metricName).doesNotContain(metric.metricName());
    assertThatThrownBy(() -> client.datasets().deleteColumn(own, spare.id())).isInstanceOf(NotFoundException.class);
  }
}
