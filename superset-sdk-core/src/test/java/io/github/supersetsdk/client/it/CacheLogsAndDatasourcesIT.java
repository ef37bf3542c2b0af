package io.github.supersetsdk.client.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.id.SavedQueryId;
import io.github.supersetsdk.client.model.AuditLogEntry;
import io.github.supersetsdk.client.model.CacheDatasource;
import io.github.supersetsdk.client.model.ChartDatasource;
import io.github.supersetsdk.client.model.SqlExpressionType;
import io.github.supersetsdk.client.request.ChartDataQuery;
import io.github.supersetsdk.client.request.ChartDataRequest;
import io.github.supersetsdk.client.request.CreateDatasetRequest;
import io.github.supersetsdk.client.request.CreateSavedQueryRequest;
import io.github.supersetsdk.client.request.Filter;
import io.github.supersetsdk.client.request.ListQuery;
import io.github.supersetsdk.client.request.SortDirection;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Cache invalidation, the audit log, the current user and dataset helpers on a fresh dataset. */
@ExtendWith(NoSecretsInLogs.class)
class CacheLogsAndDatasourcesIT {

  private static SupersetClient client;
  private static DatabaseId warehouse;
  private static DatasetId dataset;
  private static String datasetName;

  @BeforeAll
  static void setUp() {
    client = ResourceItEnv.client();
    warehouse = ResourceItEnv.warehouse(client);
    // A virtual dataset with a unique name never clashes with datasets of other runs or tests.
    datasetName = "sdk_it_cache_" + ResourceItEnv.unique();
    dataset = client.datasets().create(CreateDatasetRequest.builder(warehouse, datasetName)
        .schema("marts")
        .sql("select tenant_id from marts.dim_tenants")
        .build());
  }

  @AfterAll
  static void tearDown() {
    try {
      client.datasets().delete(dataset);
    } finally {
      client.close();
    }
  }

  @Test
  void invalidate_datasetByIdAndByName_succeeds() {
    ChartDataRequest request = ChartDataRequest.builder(ChartDatasource.dataset(dataset))
        .query(ChartDataQuery.builder().column("tenant_id").metric("count").rowLimit(100).build())
        .build();
    client.charts().data(request);
    assertThat(client.charts().data(request).first().isCached()).as("second fetch is served from the cache").isTrue();

    // Superset 6.1.0 records the keys (STORE_CACHE_KEYS_IN_METADATA_DB is on in the services) but
    // deletes them from its metadata cache, not the chart-data cache, so nothing observable is
    // evicted here: this checks that both forms of the call are accepted (see ServerCacheClient).
    client.serverCache().invalidate(List.of(dataset));
    String databaseName = client.databases().get(warehouse).databaseName();
    client.serverCache().invalidateDatasources(List.of(CacheDatasource.table(databaseName, "marts", datasetName)));

    assertThat(client.charts().data(request).first().data()).isNotEmpty();

    // What does bypass the cache: a forced request is computed again.
    ChartDataRequest forced = ChartDataRequest.builder(ChartDatasource.dataset(dataset))
        .query(ChartDataQuery.builder().column("tenant_id").metric("count").rowLimit(100).build())
        .force(true)
        .build();
    assertThat(client.charts().data(forced).first().isCached()).as("forced fetch (Superset sends null or false)").isNotEqualTo(Boolean.TRUE);
  }

  @Test
  void auditLog_recordsTheCreationOfASavedQuery() {
    Instant before = Instant.now().minusSeconds(2);
    SavedQueryId id = client.savedQueries().create(CreateSavedQueryRequest.builder(
        warehouse, "sdk-it-sq-log-" + ResourceItEnv.unique(), "select 1").build());
    try {
      ListQuery query = ListQuery.builder()
          .filter(Filter.eq("action", "SavedQueryRestApi.post"))
          .orderBy("dttm", SortDirection.DESC)
          .pageSize(20)
          .build();
      List<AuditLogEntry> entries = client.logs().list(query).stream().limit(20).toList();
      assertThat(entries).isNotEmpty();
      AuditLogEntry newest = entries.get(0);
      assertThat(newest.action()).isEqualTo("SavedQueryRestApi.post");
      assertThat(newest.user().username()).isEqualTo(ResourceItEnv.require("SUPERSET_USERNAME"));
      assertThat(newest.dttm()).isAfter(before);
      assertThat(newest.json()).contains("/api/v1/saved_query/");
      assertThat(client.logs().get(newest.id()).action()).isEqualTo("SavedQueryRestApi.post");
      assertThat(client.logs().recentActivity(List.of(), false, 10)).isNotNull();
    } finally {
      client.savedQueries().delete(id);
    }
  }

  @Test
  void datasources_columnValuesAndValidation() {
    assertThat(client.datasources().columnValues(dataset, "tenant_id")).isNotEmpty()
        .allSatisfy(v -> assertThat(v).isInstanceOf(Long.class));
    String validate = "/api/v1/datasource/{datasource_type}/{datasource_id}/validate_expression/";
    if (Served.has(client, "POST", validate)) {
      assertThat(client.datasources().validateExpression(dataset, "tenant_id > 1", SqlExpressionType.WHERE))
          .isEmpty();
      assertThat(client.datasources().validateExpression(dataset, "tenant_id >", SqlExpressionType.WHERE))
          .isNotEmpty();
    } else {
      // validate_expression appeared in Superset 6.1.
      Served.assertUnsupported(
          () -> client.datasources().validateExpression(dataset, "tenant_id > 1", SqlExpressionType.WHERE),
          "POST", validate);
    }
    assertThat(client.datasources().advancedDataTypes()).contains("port");
  }

  @Test
  void me_profileRolesAndMenu() {
    var me = client.currentUser().get();
    assertThat(me.username()).isEqualTo(ResourceItEnv.require("SUPERSET_USERNAME"));
    assertThat(client.currentUser().roles().hasRole("Admin")).isTrue();
    assertThat(client.currentUser().menu()).isNotEmpty();
    assertThat(client.currentUser().availableDomains()).isEmpty();
  }
}
