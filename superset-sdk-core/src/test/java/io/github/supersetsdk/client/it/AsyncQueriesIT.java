package io.github.supersetsdk.client.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.supersetsdk.client.AsyncQuery;
import io.github.supersetsdk.client.ClientEventListener;
import io.github.supersetsdk.client.Credentials;
import io.github.supersetsdk.client.QueryEvent;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.exception.QueryStoppedException;
import io.github.supersetsdk.client.exception.QueryTimeoutException;
import io.github.supersetsdk.client.id.ChartId;
import io.github.supersetsdk.client.id.DashboardId;
import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.model.ChartDataResult;
import io.github.supersetsdk.client.model.ChartDatasource;
import io.github.supersetsdk.client.model.EmbeddedDashboard;
import io.github.supersetsdk.client.model.GuestToken;
import io.github.supersetsdk.client.model.GuestUser;
import io.github.supersetsdk.client.model.QueryResult;
import io.github.supersetsdk.client.model.QueryState;
import io.github.supersetsdk.client.model.SqlLabResult;
import io.github.supersetsdk.client.model.VizType;
import io.github.supersetsdk.client.request.ChartDataQuery;
import io.github.supersetsdk.client.request.ChartDataRequest;
import io.github.supersetsdk.client.request.CreateChartRequest;
import io.github.supersetsdk.client.request.CreateDashboardRequest;
import io.github.supersetsdk.client.request.CreateDatabaseRequest;
import io.github.supersetsdk.client.request.CreateDatasetRequest;
import io.github.supersetsdk.client.request.GuestResource;
import io.github.supersetsdk.client.request.GuestTokenRequest;
import io.github.supersetsdk.client.request.SqlLabExecuteRequest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Asynchronous SQL Lab queries and chart data under global async queries, against the second local
 * Superset ({@code SUPERSET_ASYNC_URL}, GLOBAL_ASYNC_QUERIES on) and the Celery worker, with the
 * warehouse itself as the oracle ({@code pg_stat_activity}, the same aggregates over JDBC). The
 * synchronous side of the comparisons runs on the main Superset ({@code SUPERSET_URL}); both share
 * one metadata database, so they see the same charts.
 */
@ExtendWith(NoSecretsInLogs.class)
class AsyncQueriesIT {

  private static final List<QueryEvent> EVENTS = new CopyOnWriteArrayList<>();
  private static SupersetClient async;
  private static SupersetClient sync;
  private static DatabaseId database;
  private static DatasetId dataset;
  private static DashboardId dashboard;
  private static ChartId chart;
  private static EmbeddedDashboard embedded;
  private static final ChartDataQuery QUERY =
      ChartDataQuery.builder().column("tenant_id").sqlMetric("COUNT(*)", "orders").rowLimit(10_000).build();

  @BeforeAll
  static void setUp() {
    async = asyncClient().build();
    sync = ItEnv.adminClient().build();
    // Our own connection, with async runs allowed; the shared ones stay synchronous.
    database = async.databases().create(
        CreateDatabaseRequest.builder(ItEnv.uniqueName("async-warehouse"), ItEnv.warehouseSqlalchemyUri())
            .exposeInSqllab(true)
            .allowRunAsync(true)
            .build());
    // Set up and torn down through the async server (same metadata): the main one is the busier.
    dataset = async.datasets().create(CreateDatasetRequest.table(database, "marts", "fct_orders"));
    dashboard = async.dashboards().create(
        CreateDashboardRequest.builder(ItEnv.uniqueName("async-dashboard")).published(true).build());
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("viz_type", "table");
    params.put("datasource", dataset.value() + "__table");
    params.put("groupby", List.of("tenant_id"));
    params.put("metrics", List.of(Map.of("expressionType", "SQL", "sqlExpression", "COUNT(*)", "label", "orders")));
    params.put("row_limit", 10_000);
    chart = async.charts().create(CreateChartRequest.forDataset(ItEnv.uniqueName("async-chart"), VizType.TABLE, dataset)
        .params(params)
        .queryContext(request(false))
        .dashboards(List.of(dashboard))
        .build());
    embedded = async.dashboards().enableEmbedding(dashboard, List.of());
  }

  @AfterAll
  static void tearDown() {
    try {
      if (chart != null) {
        async.charts().delete(chart);
      }
      if (dashboard != null) {
        async.dashboards().delete(dashboard);
      }
      if (dataset != null) {
        async.datasets().delete(dataset);
      }
      if (database != null) {
        async.databases().delete(database);
      }
    } finally {
      sync.close();
      async.close();
    }
  }

  static SupersetClient.Builder asyncClient() {
    return SupersetClient.builder()
        .baseUrl(ItEnv.require("SUPERSET_ASYNC_URL"))
        .credentials(Credentials.password(ItEnv.username(), ItEnv.password()))
        .queryPollInterval(Duration.ofMillis(100), Duration.ofSeconds(1))
        .asyncChartDataTimeout(Duration.ofSeconds(60))
        .addEventListener(new ClientEventListener() {
          @Override
          public void queryCompleted(QueryEvent event) {
            EVENTS.add(event);
          }
        });
  }

  private static ChartDataRequest request(boolean force) {
    return ChartDataRequest.builder(ChartDatasource.dataset(dataset)).query(QUERY).force(force).build();
  }

  @Test
  void executeAsync_pgSleep_runsOnWorkerAndReturnsRows() {
    List<QueryState> seen = new ArrayList<>();
    try (AsyncQuery query = async.sqlLab().executeAsync(SqlLabExecuteRequest.of(database,
        "select n, 'row ' || n as label from generate_series(1, 3) as n, (select pg_sleep(2)) as s order by n"))) {
      assertThat(query.isAsync()).isTrue();
      seen.add(query.state());
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (!query.poll().isFinal() && System.nanoTime() < deadline) {
        seen.add(query.state());
        sleep(100);
      }
      QueryResult result = query.await(Duration.ofSeconds(30));

      assertThat(seen.get(0)).isEqualTo(QueryState.PENDING);
      assertThat(seen).doesNotContain(QueryState.FAILED, QueryState.STOPPED);
      // The worker ran it: Superset recorded a run of at least the two seconds of pg_sleep.
      assertThat(Duration.between(result.query().startTime(), result.query().endTime()))
          .isGreaterThanOrEqualTo(Duration.ofSeconds(2));
      assertThat(result.queryId()).isEqualTo(query.queryId());
      assertThat(result.columnNames()).containsExactly("n", "label");
      assertThat(result.rows()).containsExactly(List.of(1L, "row 1"), List.of(2L, "row 2"), List.of(3L, "row 3"));
      assertThat(result.truncated()).isFalse();
    }
  }

  @Test
  void executeAsync_limitBelowRowCount_isMarkedTruncated() {
    try (AsyncQuery query = async.sqlLab().executeAsync(SqlLabExecuteRequest.builder(database,
        "select n from generate_series(1, 5) as n order by n").limit(2).build())) {
      QueryResult result = query.await(Duration.ofSeconds(30));
      assertThat(result.rows()).containsExactly(List.of(1L), List.of(2L));
      assertThat(result.truncated()).isTrue();
    }
  }

  @Test
  void cancel_runningPgSleep_stopsItInTheWarehouse() throws Exception {
    String marker = "sdk_it_cancel_" + ResourceItEnv.unique();
    AsyncQuery query = async.sqlLab().executeAsync(
        SqlLabExecuteRequest.of(database, "select pg_sleep(120) as " + marker));
    try {
      assertThat(awaitActive(marker, true, Duration.ofSeconds(30))).as("the query runs in the warehouse").isTrue();

      query.cancel();

      assertThat(awaitActive(marker, false, Duration.ofSeconds(15))).as("the warehouse stopped it").isTrue();
      assertThatThrownBy(() -> query.await(Duration.ofSeconds(15)))
          .isInstanceOfSatisfying(QueryStoppedException.class,
              e -> assertThat(e.queryId()).isEqualTo(Long.toString(query.queryId().value())));
      assertThat(query.state()).isEqualTo(QueryState.STOPPED);
    } finally {
      query.close();
    }
  }

  @Test
  void await_timeout_throwsTypedErrorAndCancelsInTheWarehouse() throws Exception {
    String marker = "sdk_it_timeout_" + ResourceItEnv.unique();
    AsyncQuery query = async.sqlLab().executeAsync(
        SqlLabExecuteRequest.of(database, "select pg_sleep(120) as " + marker));
    try {
      assertThat(awaitActive(marker, true, Duration.ofSeconds(30))).isTrue();
      long start = System.nanoTime();
      assertThatThrownBy(() -> query.await(Duration.ofSeconds(2)))
          .isInstanceOfSatisfying(QueryTimeoutException.class, e -> {
            assertThat(e.cancelled()).isTrue();
            assertThat(e.neverStarted()).isFalse();
            assertThat(e.queryId()).isEqualTo(Long.toString(query.queryId().value()));
            assertThat(e.getMessage()).contains("asked Superset to stop it");
          });
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
      assertThat(awaitActive(marker, false, Duration.ofSeconds(15))).as("the warehouse stopped it").isTrue();
    } finally {
      query.close();
    }
  }

  @Test
  void chartData_asyncMode_sameNumbersAsSyncModeAndTheWarehouse() throws Exception {
    EVENTS.clear();
    Map<String, Long> viaSync = ordersPerTenant(sync.charts().data(request(true)).first());
    Map<String, Long> viaAsync = ordersPerTenant(async.charts().data(request(true)).first());
    Map<String, Long> savedChart = ordersPerTenant(async.charts().data(chart).first());

    Map<String, Long> expected = new TreeMap<>();
    Warehouse.rowsPerTenant("fct_orders").forEach((k, v) -> expected.put(String.valueOf(k), v));
    assertThat(viaSync).isNotEmpty().isEqualTo(expected);
    assertThat(viaAsync).isEqualTo(viaSync);
    assertThat(savedChart).isEqualTo(viaSync);
    // The async server really went through a job (202, event, cached result) for the forced request.
    assertThat(EVENTS).anySatisfy(e -> {
      assertThat(e.kind()).isEqualTo(QueryEvent.CHART_DATA);
      assertThat(e.async()).isTrue();
      assertThat(e.outcome()).isEqualTo("SUCCESS");
      assertThat(e.queryId()).isNotBlank();
    });
  }

  @Test
  void chartData_guestTokenInAsyncMode_returnsTheDashboardChartsRows() throws Exception {
    GuestToken token = async.security().createGuestToken(GuestTokenRequest.builder()
        .resource(GuestResource.dashboard(embedded)).user(GuestUser.of("async-guest")).build());
    List<QueryEvent> guestEvents = new CopyOnWriteArrayList<>();
    ChartDataRequest onDashboard = request(true).toBuilder()
        .formData(Map.of("slice_id", chart.value(), "dashboardId", dashboard.value()))
        .build();
    try (SupersetClient guest = SupersetClient.builder().baseUrl(ItEnv.require("SUPERSET_ASYNC_URL"))
        .credentials(Credentials.guestToken(token))
        .queryPollInterval(Duration.ofMillis(100), Duration.ofSeconds(1))
        .addEventListener(new ClientEventListener() {
          @Override
          public void queryCompleted(QueryEvent event) {
            guestEvents.add(event);
          }
        })
        .build()) {
      Map<String, Long> asGuest = ordersPerTenant(guest.charts().data(onDashboard).first());
      Map<String, Long> expected = new TreeMap<>();
      Warehouse.rowsPerTenant("fct_orders").forEach((k, v) -> expected.put(String.valueOf(k), v));
      assertThat(asGuest).isEqualTo(expected);
    }
    assertThat(guestEvents).singleElement().satisfies(e -> assertThat(e.async()).isTrue());
  }

  @Test
  void latency_trivialQuery_syncVersusAsync() {
    // Both on the async server, so that the only difference is the worker and the results backend.
    DatabaseId shared = ResourceItEnv.warehouse(async);
    SqlLabExecuteRequest trivial = SqlLabExecuteRequest.of(shared, "select 1 as one");
    async.sqlLab().execute(trivial);
    long syncNanos = Long.MAX_VALUE;
    long asyncNanos = Long.MAX_VALUE;
    for (int i = 0; i < 10; i++) {
      long t0 = System.nanoTime();
      SqlLabResult r = async.sqlLab().execute(trivial);
      syncNanos = Math.min(syncNanos, System.nanoTime() - t0);
      assertThat(r.rows()).hasSize(1);
      long t1 = System.nanoTime();
      try (AsyncQuery q = async.sqlLab().executeAsync(SqlLabExecuteRequest.of(database, "select 1 as one"))) {
        assertThat(q.await(Duration.ofSeconds(30)).rows()).containsExactly(List.of(1L));
      }
      asyncNanos = Math.min(asyncNanos, System.nanoTime() - t1);
    }
    System.out.printf("trivial query, best of 10: sync %d ms, async (worker + results backend) %d ms%n",
        syncNanos / 1_000_000, asyncNanos / 1_000_000);
    assertThat(asyncNanos).isPositive();
  }

  private static Map<String, Long> ordersPerTenant(ChartDataResult result) {
    Map<String, Long> out = new TreeMap<>();
    for (Map<String, Object> row : result.data()) {
      out.put(String.valueOf(row.get("tenant_id")), ((Number) row.get("orders")).longValue());
    }
    return out;
  }

  /** Waits until the warehouse shows (or no longer shows) an active statement with the marker. */
  static boolean awaitActive(String marker, boolean active, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    try (Connection jdbc = DriverManager.getConnection(ItEnv.warehouseJdbcUrl());
        PreparedStatement st = jdbc.prepareStatement(
            "select count(*) from pg_stat_activity where state = 'active' and query like ? and pid <> pg_backend_pid()")) {
      st.setString(1, "%" + marker + "%");
      while (true) {
        try (ResultSet rs = st.executeQuery()) {
          rs.next();
          if ((rs.getLong(1) > 0) == active) {
            return true;
          }
        }
        if (System.nanoTime() > deadline) {
          return false;
        }
        sleep(200);
      }
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
