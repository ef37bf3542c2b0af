package io.github.supersetsdk.client.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.exception.BadRequestException;
import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.micrometer.SupersetClientMetrics;
import io.github.supersetsdk.client.model.DistinctValue;
import io.github.supersetsdk.client.model.Permalink;
import io.github.supersetsdk.client.model.QueryState;
import io.github.supersetsdk.client.model.SqlLabPermalinkState;
import io.github.supersetsdk.client.model.SqlLabResult;
import io.github.supersetsdk.client.model.SqlQuery;
import io.github.supersetsdk.client.request.Filter;
import io.github.supersetsdk.client.request.FilterOperator;
import io.github.supersetsdk.client.request.ListQuery;
import io.github.supersetsdk.client.request.SortDirection;
import io.github.supersetsdk.client.request.SqlLabExecuteRequest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** SQL Lab and the query history against the real Superset and warehouse. */
@ExtendWith(NoSecretsInLogs.class)
class SqlLabIT {

  private static final String SQL =
      "select tenant_id, count(*) as orders from marts.fct_orders group by tenant_id order by tenant_id";

  private static SupersetClient client;
  private static DatabaseId warehouse;

  @BeforeAll
  static void setUp() {
    client = ResourceItEnv.client();
    warehouse = ResourceItEnv.warehouse(client);
  }

  @AfterAll
  static void tearDown() {
    client.close();
  }

  @Test
  void execute_ordersPerTenant_matchesTheWarehouse() throws Exception {
    Map<Long, Long> expected = new LinkedHashMap<>();
    try (Connection jdbc = DriverManager.getConnection(ResourceItEnv.require("WAREHOUSE_JDBC_URL"));
        Statement st = jdbc.createStatement();
        ResultSet rs = st.executeQuery(SQL)) {
      while (rs.next()) {
        expected.put(rs.getLong(1), rs.getLong(2));
      }
    }
    assertThat(expected).isNotEmpty();
    Instant before = Instant.now().minusSeconds(5);
    String clientId = "it" + ResourceItEnv.unique();

    SqlLabResult result = client.sqlLab().execute(
        SqlLabExecuteRequest.builder(warehouse, SQL).clientId(clientId).limit(1000).build());

    assertThat(result.isSuccess()).isTrue();
    assertThat(result.columns()).extracting(c -> c.name()).containsExactly("tenant_id", "orders");
    Map<Long, Long> actual = new LinkedHashMap<>();
    for (Map<String, Object> row : result.rows()) {
      actual.put(((Number) row.get("tenant_id")).longValue(), ((Number) row.get("orders")).longValue());
    }
    assertThat(actual).isEqualTo(expected);
    assertThat(result.query().clientId()).isEqualTo(clientId);
    assertThat(result.query().database().id()).isEqualTo(warehouse);
    assertThat(result.query().rows()).isEqualTo(expected.size());

    // The run is in the query history, by id, by filter and by time.
    SqlQuery history = client.queries().get(result.queryId());
    assertThat(history.clientId()).isEqualTo(clientId);
    assertThat(history.status()).isEqualTo(QueryState.SUCCESS);
    assertThat(history.database().id()).isEqualTo(warehouse);
    List<SqlQuery> listed = client.queries().list(ListQuery.builder()
        .filter(Filter.of("database", FilterOperator.RELATION_ONE_TO_MANY, warehouse.value()))
        .orderBy("start_time", SortDirection.DESC)
        .pageSize(10)
        .build()).stream().limit(10).toList();
    assertThat(listed).extracting(SqlQuery::id).contains(result.queryId());
    // SQL Lab's own answer describes the same run in the same fields as the history.
    assertThat(client.queries().updatedSince(before)).filteredOn(q -> clientId.equals(q.clientId()))
        .singleElement().satisfies(q -> {
          assertThat(q.id()).isEqualTo(history.id());
          assertThat(q.status()).isEqualTo(history.status());
          assertThat(q.database().id()).isEqualTo(warehouse);
          assertThat(q.rows()).isEqualTo(history.rows());
          assertThat(q.executedSql()).isEqualTo(history.executedSql());
          assertThat(q.user().id()).isNotNull();
          assertThat(q.userLabel()).isNotBlank();
        });
    assertThat(client.queries().distinct("status", null).stream().toList())
        .contains(new DistinctValue("success", "success"));

    // The CSV export runs it again in full.
    // Superset's default CSV_EXPORT encoding is utf-8-sig: the file starts with a byte order mark.
    String csv = new String(client.sqlLab().exportCsv(clientId), StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "");
    assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("tenant_id,orders");
    assertThat(csv.lines().count()).isEqualTo(expected.size() + 1);
    if (!Served.has(client, "POST", "/api/v1/sqllab/export_streaming/")) {
      // export_streaming appeared in Superset 6.1.
      Served.assertUnsupported(() -> client.sqlLab().exportCsvStreaming(clientId, expected.size(), "orders.csv"),
          "POST", "/api/v1/sqllab/export_streaming/");
      return;
    }
    String streamed = new String(client.sqlLab().exportCsvStreaming(clientId, expected.size(), "orders.csv"),
        StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "");
    assertThat(streamed.lines().toList()).isEqualTo(csv.lines().toList());
  }

  @Test
  void execute_queryWithItsOwnLimit_returnsThatManyRows_withOrWithoutARowLimit() throws Exception {
    long total;
    try (Connection jdbc = DriverManager.getConnection(ResourceItEnv.require("WAREHOUSE_JDBC_URL"));
        Statement st = jdbc.createStatement();
        ResultSet rs = st.executeQuery("select count(*) from marts.fct_orders")) {
      rs.next();
      total = rs.getLong(1);
    }
    assertThat(total).as("the table has more rows than the limit").isGreaterThan(3);
    String sql = "select order_id from marts.fct_orders order by order_id limit 3 -- first three\n;";

    SqlLabResult plain = client.sqlLab().execute(SqlLabExecuteRequest.of(warehouse, sql));
    SqlLabResult withRowLimit = client.sqlLab().execute(
        SqlLabExecuteRequest.builder(warehouse, sql).limit(1000).build());
    SqlLabResult rowLimitBelow = client.sqlLab().execute(
        SqlLabExecuteRequest.builder(warehouse, sql).limit(2).build());

    assertThat(plain.rows()).hasSize(3);
    assertThat(withRowLimit.rows()).hasSize(3);
    assertThat(rowLimitBelow.rows()).hasSize(2);
  }

  @Test
  void metrics_sqlTheDatabaseRefuses_isAClientErrorThoughSupersetAnswers500() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    try (SupersetClient metered = ResourceItEnv.client(SupersetClientMetrics.create(registry))) {
      assertThatThrownBy(() -> metered.sqlLab().execute(
          SqlLabExecuteRequest.of(warehouse, "select * from marts.no_such_table_" + ResourceItEnv.unique())))
          .isInstanceOf(BadRequestException.class);
    }
    var failed = registry.get(SupersetClientMetrics.REQUESTS).tag("operation", "POST /api/v1/sqllab/execute/").timer();
    // The status stays Superset's; the API error-rate alert counts SERVER_ERROR only, not a user's typo.
    assertThat(failed.getId().getTag("outcome")).isEqualTo("CLIENT_ERROR");
    assertThat(failed.getId().getTag("status")).isIn("400", "422", "500");
  }

  @Test
  void execute_sqlTheDatabaseRefuses_isABadRequest_sayingWhy() {
    String table = "no_such_table_" + ResourceItEnv.unique();
    assertThatThrownBy(() -> client.sqlLab().execute(SqlLabExecuteRequest.of(warehouse, "select * from marts." + table)))
        .isInstanceOfSatisfying(BadRequestException.class, e -> {
          assertThat(e.serverMessage()).contains(table);
          assertThat(e.getMessage()).contains("POST /api/v1/sqllab/execute/");
          assertThat(e.isRetryable()).isFalse();
        });
    assertThatThrownBy(() -> client.sqlLab().execute(
        SqlLabExecuteRequest.of(warehouse, "select no_such_column from marts.fct_orders")))
        .isInstanceOfSatisfying(BadRequestException.class, e -> {
          assertThat(e.errorType().value()).isIn("COLUMN_DOES_NOT_EXIST_ERROR", "GENERIC_DB_ENGINE_ERROR");
          assertThat(e.serverMessage()).contains("no_such_column");
        });
    // The example connection does not allow DML: Superset refuses before the database sees it.
    assertThatThrownBy(() -> client.sqlLab().execute(
        SqlLabExecuteRequest.of(warehouse, "delete from marts.fct_orders where false")))
        .isInstanceOfSatisfying(BadRequestException.class,
            e -> assertThat(e.errorType().value()).isEqualTo("DML_NOT_ALLOWED_ERROR"));
  }

  @Test
  void formatSql_and_state_and_permalink() {
    assertThat(client.sqlLab().formatSql("select a,b from t where x=1"))
        .contains("SELECT").contains("\n");
    assertThat(client.sqlLab().state().databases()).extracting(d -> d.id()).contains(warehouse);

    String sql = "select count(*) from marts.dim_tenants";
    String route = "/api/v1/sqllab/permalink";
    if (!Served.has(client, "POST", route)) {
      // SQL Lab permalinks appeared in Superset 5.0.
      Served.assertUnsupported(() -> client.sqlLab().createPermalink(SqlLabPermalinkState.of(warehouse, "it tab", sql)),
          "POST", route);
      Served.assertUnsupported(() -> client.sqlLab().getPermalink("xyz"), "GET", route + "/{key}");
      return;
    }
    Permalink link = client.sqlLab().createPermalink(SqlLabPermalinkState.of(warehouse, "it tab", sql));
    assertThat(link.url()).contains(link.key());
    SqlLabPermalinkState state = client.sqlLab().getPermalink(link.key());
    assertThat(state.databaseId()).isEqualTo(warehouse);
    assertThat(state.sql()).isEqualTo(sql);
    assertThat(state.name()).isEqualTo("it tab");
  }
}
