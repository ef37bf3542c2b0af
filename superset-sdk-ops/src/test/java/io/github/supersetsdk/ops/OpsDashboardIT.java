package io.github.supersetsdk.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.exception.SupersetApiException;
import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.model.Dataset;
import io.github.supersetsdk.client.request.ChartDataRequest;
import io.github.supersetsdk.client.request.FilterOperator;
import io.github.supersetsdk.client.exception.SupersetException;
import io.github.supersetsdk.client.id.ChartId;
import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.model.Chart;
import io.github.supersetsdk.client.model.ChartDataResponse;
import io.github.supersetsdk.client.model.Dashboard;
import io.github.supersetsdk.client.request.Filter;
import io.github.supersetsdk.client.request.ListQuery;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import io.github.supersetsdk.client.id.DashboardId;
import io.github.supersetsdk.client.model.DashboardDetail;
import io.github.supersetsdk.client.model.Database;
import io.github.supersetsdk.client.model.VizType;
import io.github.supersetsdk.client.request.ChartSpec;
import io.github.supersetsdk.client.request.CreateChartRequest;
import io.github.supersetsdk.client.request.CreateDashboardRequest;
import io.github.supersetsdk.client.request.DashboardLayout;
import io.github.supersetsdk.client.request.Metric;
import io.github.supersetsdk.client.request.UpdateDashboardRequest;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The self-monitoring dashboard on the local Superset's own metadata database. */
class OpsDashboardIT {

  /** What a test made, deleted after it whatever its outcome (newest first). */
  private final List<Runnable> cleanUp = new ArrayList<>();
  /** The client of a test that cleans up after itself; closed after the clean-up. */
  private SupersetClient client;

  @AfterEach
  void cleanUp() {
    if (client == null) {
      return;
    }
    for (int i = cleanUp.size() - 1; i >= 0; i--) {
      try {
        cleanUp.get(i).run();
      } catch (SupersetException e) {
        System.err.println("cleanup: " + e.getMessage());
      }
    }
    client.close();
  }

  @Test
  void apply_twice_createsOnceAndItsChartsReturnData() {
    String sfx = OpsIt.suffix();
    String slug = "ops-it-" + sfx;
    String dbName = "ops-it metadata " + sfx;
    try (SupersetClient client = OpsIt.client()) {
      OpsDashboard ops = OpsDashboard.builder(client)
          .database(dbName, OpsIt.require("SUPERSET_META_READER_SQLALCHEMY_URI"))
          .slug(slug)
          .title("ops-it operations " + sfx)
          .build();
      OpsDashboardResult first = null;
      try {
        first = ops.apply();
        // connection + 2 datasets + 5 charts + dashboard
        assertThat(first.created()).isEqualTo(9);
        OpsDashboardResult second = ops.apply();
        assertThat(second.created()).isZero();
        assertThat(second).isEqualTo(new OpsDashboardResult(first.dashboardId(), slug, first.databaseId(),
            first.datasets(), first.charts(), 0));
        assertThat(client.dashboards().get(first.dashboardId()).css()).contains(OpsDashboard.MARKER);

        // A dashboard made before the CSS marker existed is still its own (by its note), and gets the marker.
        client.dashboards().update(first.dashboardId(), UpdateDashboardRequest.builder().css("").build());
        assertThat(ops.apply()).isEqualTo(second);
        assertThat(client.dashboards().get(first.dashboardId()).css()).contains(OpsDashboard.MARKER);

        List<Dashboard> bySlug = new ArrayList<>();
        client.dashboards().list(ListQuery.where(Filter.eq("slug", slug))).forEach(bySlug::add);
        assertThat(bySlug).hasSize(1);
        assertThat(client.dashboards().charts(first.dashboardId())).extracting(c -> c.id())
            .containsExactlyInAnyOrderElementsOf(first.charts());

        for (ChartId id : first.charts()) {
          Chart chart = client.charts().get(id);
          ChartDataResponse data = client.charts().data(chart, first.dashboardId());
          assertThat(data.result()).as(chart.sliceName()).isNotEmpty();
          assertThat(data.first().error()).as(chart.sliceName()).isNull();
          // The metadata database has queries and dashboard reads: this test's own dashboard reads count.
          assertThat(data.first().rowcount()).as(chart.sliceName()).isPositive();
          if (chart.sliceName().endsWith("slowest queries")) {
            // Failed queries have no duration: they are not "slowest", above every timed one.
            assertThat(data.first().data()).allSatisfy(row -> assertThat(row.get("max_ms")).isNotNull());
          }
        }
      } finally {
        if (first != null) {
          cleanUp(client, first);
        }
      }
    }
  }

  @Test
  void apply_slugOfSomeoneElsesDashboard_refusesAndLeavesEverythingUntouched() {
    String sfx = OpsIt.suffix();
    String slug = "ops-it-foreign-" + sfx;
    String dbName = "ops-it metadata " + sfx;
    String opsTitle = "ops-it operations " + sfx;
    client = OpsIt.client();
    DashboardId theirs = someonesDashboard(client, slug, "ops-it someone's dashboard " + sfx);
    cleanUpOpsObjects(client, dbName, opsTitle);
    DashboardDetail before = client.dashboards().get(theirs);
    List<Long> chartsBefore = client.dashboards().charts(theirs).stream().map(c -> c.id().value()).toList();
    assertThat(chartsBefore).hasSize(1);

    Throwable refused = catchThrowable(() -> OpsDashboard.builder(client)
        .database(dbName, OpsIt.require("SUPERSET_META_READER_SQLALCHEMY_URI"))
        .slug(slug).title(opsTitle).build().apply());

    assertThat(refused).isInstanceOf(SlugInUseException.class)
        .hasMessageContaining("'" + slug + "'").hasMessageContaining("#" + theirs.value());
    assertThat(((SlugInUseException) refused).dashboardId()).isEqualTo(theirs);
    DashboardDetail after = client.dashboards().get(theirs);
    assertThat(after.dashboardTitle()).isEqualTo(before.dashboardTitle());
    assertThat(after.positionJson()).isEqualTo(before.positionJson());
    assertThat(after.css()).isEqualTo(before.css());
    assertThat(client.dashboards().charts(theirs).stream().map(c -> c.id().value()).toList())
        .isEqualTo(chartsBefore);
    // Refused before the first write: no connection (and so no dataset or chart) was made.
    assertThat(client.databases().findByName(dbName)).isEmpty();
  }

  @Test
  void apply_takeOver_replacesSomeoneElsesDashboardAndMarksIt() {
    String sfx = OpsIt.suffix();
    String slug = "ops-it-takeover-" + sfx;
    String dbName = "ops-it metadata " + sfx;
    String opsTitle = "ops-it operations " + sfx;
    client = OpsIt.client();
    DashboardId theirs = someonesDashboard(client, slug, "ops-it someone's dashboard " + sfx);
    cleanUpOpsObjects(client, dbName, opsTitle);

    OpsDashboardResult r = OpsDashboard.builder(client)
        .database(dbName, OpsIt.require("SUPERSET_META_READER_SQLALCHEMY_URI"))
        .slug(slug).title(opsTitle).takeOver(true).build().apply();

    assertThat(r.dashboardId()).isEqualTo(theirs);
    DashboardDetail after = client.dashboards().get(theirs);
    assertThat(after.dashboardTitle()).isEqualTo(opsTitle);
    assertThat(after.css()).contains(OpsDashboard.MARKER);
    assertThat(client.dashboards().charts(theirs)).extracting(c -> c.id())
        .containsExactlyInAnyOrderElementsOf(r.charts());
    // Now its own: a run without takeOver updates it.
    assertThat(OpsDashboard.builder(client).database(r.databaseId()).slug(slug).title(opsTitle).build().apply()
        .created()).isZero();
  }

  /** A person's dashboard with one chart on the warehouse, deleted after the test. */
  private DashboardId someonesDashboard(SupersetClient client, String slug, String title) {
    DatasetId orders = null;
    for (Dataset d : client.datasets().list(ListQuery.where(Filter.of("database", FilterOperator.RELATION_ONE_TO_MANY,
        OpsIt.warehouse(client).value()), Filter.eq("table_name", "fct_orders")))) {
      if ("marts".equals(d.schema())) {
        orders = d.id();
      }
    }
    assertThat(orders).as("marts.fct_orders synced").isNotNull();
    DashboardId id = client.dashboards().create(CreateDashboardRequest.builder(title).slug(slug).css(".x { color: red }")
        .build());
    cleanUp.add(() -> client.dashboards().delete(id));
    ChartId chart = client.charts().create(CreateChartRequest.of(title + ": orders",
        ChartSpec.builder(orders, VizType.BIG_NUMBER_TOTAL).metric(Metric.count().as("orders")).build())
        .dashboards(List.of(id)).build());
    cleanUp.add(() -> client.charts().delete(chart));
    client.dashboards().update(id, UpdateDashboardRequest.builder()
        .layout(DashboardLayout.builder().header(title).row(r -> r.chart(chart, 12, 50)).build()).build());
    return id;
  }

  /** Deletes after the test whatever an ops run with this connection name and title made. */
  private void cleanUpOpsObjects(SupersetClient client, String dbName, String opsTitle) {
    cleanUp.add(() -> {
      Optional<Database> db = client.databases().findByName(dbName);
      if (db.isEmpty()) {
        return;
      }
      List<Runnable> steps = new ArrayList<>();
      for (Chart c : client.charts().list(ListQuery.where(Filter.of("slice_name", FilterOperator.STARTS_WITH,
          opsTitle + ":")))) {
        steps.add(() -> client.charts().delete(c.id()));
      }
      for (Dataset d : client.datasets().list(ListQuery.where(Filter.of("database", FilterOperator.RELATION_ONE_TO_MANY,
          db.get().id().value())))) {
        steps.add(() -> client.datasets().delete(d.id()));
      }
      steps.add(() -> client.databases().delete(db.get().id()));
      for (Runnable s : steps) {
        try {
          s.run();
        } catch (SupersetException e) {
          System.err.println("cleanup: " + e.getMessage());
        }
      }
    });
  }

  @Test
  void chartDataFailures_inTheActionLog_countAsErrors() throws Exception {
    String marker = "opsit" + OpsIt.suffix();
    try (SupersetClient client = OpsIt.client()) {
      long orders = -1;
      DatabaseId warehouse = OpsIt.warehouse(client);
      for (Dataset d : client.datasets().list(ListQuery.where(Filter.of("database", FilterOperator.RELATION_ONE_TO_MANY,
          warehouse.value()), Filter.eq("table_name", "fct_orders")))) {
        if ("marts".equals(d.schema())) {
          orders = d.id().value();
        }
      }
      assertThat(orders).as("marts.fct_orders synced").isPositive();
      long dataset = orders;
      // A query the warehouse rejects at run time (division by zero), and one that succeeds.
      Throwable failure = catchThrowable(() -> client.charts().data(ChartDataRequest.fromSavedQueryContext(
          context(dataset, "SUM(1 / (order_id - order_id)) /* " + marker + "-fail */"))));
      assertThat(failure).isInstanceOf(SupersetApiException.class);
      assertThat(((SupersetApiException) failure).serverMessage()).contains("division by zero");
      assertThat(client.charts().data(ChartDataRequest.fromSavedQueryContext(
          context(dataset, "COUNT(*) /* " + marker + "-ok */"))).first().error()).isNull();
    }
    try (Connection c = DriverManager.getConnection(OpsIt.require("SUPERSET_METADATA_JDBC_URL"));
        PreparedStatement st = c.prepareStatement("SELECT CASE WHEN l.json LIKE ? THEN 'fail' ELSE 'ok' END, "
            + OpsDashboard.CHART_DATA_FAILED + " FROM logs l WHERE l.action = 'ChartDataRestApi.data' AND l.json LIKE ?")) {
      st.setString(1, "%" + marker + "-fail%");
      st.setString(2, "%" + marker + "%");
      Map<String, Integer> failed = new TreeMap<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          failed.put(rs.getString(1), rs.getInt(2));
        }
      }
      // Superset logs both requests as ChartDataRestApi.data; only the failed one lacks is_cached.
      assertThat(failed).isEqualTo(Map.of("fail", 1, "ok", 0));
      // And the dashboard's query dataset counts it (the expression inside the union runs).
      try (Statement q = c.createStatement(); ResultSet rs = q.executeQuery("SELECT coalesce(sum(failed), 0) FROM ("
          + OpsDashboard.QUERIES_SQL + ") q WHERE source = 'chart_data' AND started_at > now() AT TIME ZONE 'UTC' - interval '10 minutes'")) {
        rs.next();
        assertThat(rs.getLong(1)).isPositive();
      }
    }
  }

  private static String context(long dataset, String metricSql) {
    return "{\"datasource\": {\"id\": " + dataset + ", \"type\": \"table\"}, \"queries\": [{\"columns\": [],"
        + " \"metrics\": [{\"expressionType\": \"SQL\", \"sqlExpression\": \"" + metricSql + "\", \"label\": \"m\"}],"
        + " \"row_limit\": 10}], \"form_data\": {}, \"result_format\": \"json\", \"result_type\": \"full\", \"force\": true}";
  }

  private static void cleanUp(SupersetClient client, OpsDashboardResult r) {
    List<Runnable> steps = new ArrayList<>();
    steps.add(() -> client.dashboards().delete(r.dashboardId()));
    for (ChartId c : r.charts()) {
      steps.add(() -> client.charts().delete(c));
    }
    for (DatasetId d : r.datasets()) {
      steps.add(() -> client.datasets().delete(d));
    }
    steps.add(() -> client.databases().delete(r.databaseId()));
    for (Runnable s : steps) {
      try {
        s.run();
      } catch (SupersetException e) {
        System.err.println("cleanup: " + e.getMessage());
      }
    }
  }
}
