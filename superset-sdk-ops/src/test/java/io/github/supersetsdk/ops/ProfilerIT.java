package io.github.supersetsdk.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.supersetsdk.cache.CacheCodec;
import io.github.supersetsdk.cache.RedisConfig;
import io.github.supersetsdk.cache.Tagged;
import io.github.supersetsdk.cache.TieredCache;
import io.github.supersetsdk.cache.micrometer.TieredCacheMetrics;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.exception.SupersetException;
import io.github.supersetsdk.client.id.ChartId;
import io.github.supersetsdk.client.id.DashboardId;
import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.micrometer.SupersetClientMetrics;
import io.github.supersetsdk.client.model.Dataset;
import io.github.supersetsdk.client.model.TimeGrain;
import io.github.supersetsdk.client.model.VizType;
import io.github.supersetsdk.client.request.ChartSpec;
import io.github.supersetsdk.client.request.CreateChartRequest;
import io.github.supersetsdk.client.request.CreateDashboardRequest;
import io.github.supersetsdk.client.request.DashboardLayout;
import io.github.supersetsdk.client.request.Filter;
import io.github.supersetsdk.client.request.FilterOperator;
import io.github.supersetsdk.client.request.ListQuery;
import io.github.supersetsdk.client.request.Metric;
import io.github.supersetsdk.client.request.UpdateDashboardRequest;
import io.github.supersetsdk.ops.micrometer.OpsMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The profiler on a dashboard this test builds over the example marts, with the warehouse as the
 * oracle of row counts; and the Prometheus scrape of the SDK's meters after those real calls, which
 * must name every metric and label the example alert rules use.
 */
class ProfilerIT {

  private static SupersetClient client;
  private static final List<Runnable> cleanup = new ArrayList<>();
  private static DashboardId dashboard;
  private static ChartId byChannel;
  private static ChartId total;
  private static ChartId perMonth;
  private static String channel;
  private static String sfx;

  @BeforeAll
  static void dashboard() throws SQLException {
    sfx = OpsIt.suffix();
    client = OpsIt.client();
    DatabaseId warehouse = OpsIt.warehouse(client);
    DatasetId orders = null;
    for (Dataset d : client.datasets().list(ListQuery.where(
        Filter.of("database", FilterOperator.RELATION_ONE_TO_MANY, warehouse.value()), Filter.eq("table_name", "fct_orders")))) {
      if ("marts".equals(d.schema())) {
        orders = d.id();
      }
    }
    assertThat(orders).as("marts.fct_orders synced (bin/superset-sdk dbt sync)").isNotNull();
    channel = scalar("SELECT sales_channel FROM marts.fct_orders WHERE sales_channel IS NOT NULL"
        + " GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1");

    dashboard = client.dashboards().create(CreateDashboardRequest.builder("ops-it profile " + sfx).build());
    cleanup.add(0, () -> client.dashboards().delete(dashboard));
    byChannel = chart("orders by channel", ChartSpec.builder(orders, VizType.TABLE).groupby("sales_channel")
        .metric(Metric.count().as("orders")).build());
    total = chart("order count", ChartSpec.builder(orders, VizType.BIG_NUMBER_TOTAL).metric(Metric.count().as("orders")).build());
    perMonth = chart("orders per month", ChartSpec.builder(orders, VizType.TIMESERIES_BAR).xAxis("ordered_at")
        .timeGrain(TimeGrain.MONTH).metric(Metric.count().as("orders")).build());
    DashboardLayout layout = DashboardLayout.builder()
        .row(r -> r.chart(byChannel, 4, 50).chart(total, 4, 50).chart(perMonth, 4, 50)).build();
    // A native filter whose default value applies to the by-channel table only.
    String metadata = "{\"native_filter_configuration\": [{\"id\": \"NATIVE_FILTER-ops" + sfx + "\","
        + " \"name\": \"Channel\", \"filterType\": \"filter_select\", \"type\": \"NATIVE_FILTER\","
        + " \"targets\": [{\"datasetId\": " + orders.value() + ", \"column\": {\"name\": \"sales_channel\"}}],"
        + " \"chartsInScope\": [" + byChannel.value() + "], \"scope\": {\"rootPath\": [\"ROOT_ID\"], \"excluded\": []},"
        + " \"controlValues\": {}, \"cascadeParentIds\": [],"
        + " \"defaultDataMask\": {\"extraFormData\": {\"filters\": [{\"col\": \"sales_channel\", \"op\": \"IN\","
        + " \"val\": [\"" + channel + "\"]}]}, \"filterState\": {\"value\": [\"" + channel + "\"]}}}]}";
    client.dashboards().update(dashboard, UpdateDashboardRequest.builder().positionJson(layout.positionJson())
        .jsonMetadata(metadata).build());
  }

  private static ChartId chart(String name, ChartSpec spec) {
    ChartId id = client.charts().create(CreateChartRequest.of("ops-it " + name + " " + sfx, spec)
        .dashboards(List.of(dashboard)).build());
    cleanup.add(0, () -> client.charts().delete(id));
    return id;
  }

  @AfterAll
  static void cleanUp() {
    for (Runnable r : cleanup) {
      try {
        r.run();
      } catch (SupersetException e) {
        System.err.println("cleanup: " + e.getMessage());
      }
    }
    client.close();
  }

  private static String scalar(String sql) throws SQLException {
    try (Connection c = OpsIt.warehouseReader(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  @Test
  void profile_coldThenWarm_rowsMatchTheWarehouseAndWarmIsCached() throws SQLException {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    DashboardProfile p = DashboardProfiler.builder(client).listener(OpsMetrics.create(registry)).build()
        .profile(Long.toString(dashboard.value()));

    assertThat(p.title()).isEqualTo("ops-it profile " + sfx);
    assertThat(p.nativeFilterDefaults()).isEqualTo(1);
    assertThat(p.concurrency()).isEqualTo(6);
    long months = Long.parseLong(scalar("SELECT count(DISTINCT date_trunc('month', ordered_at)) FROM marts.fct_orders"
        + " WHERE ordered_at IS NOT NULL"));
    Map<ChartId, Long> expectedRows = Map.of(byChannel, 1L, total, 1L, perMonth, months);
    for (DashboardLoad load : List.of(p.cold(), p.warm())) {
      assertThat(load.charts()).hasSize(3);
      assertThat(load.errors()).isZero();
      for (ChartLoad c : load.charts()) {
        assertThat(c.rows()).as(c.name()).isEqualTo(expectedRows.get(c.chartId()));
        assertThat(c.latency()).isPositive();
      }
      // Slowest first, and the page is done when its slowest chart is.
      assertThat(load.charts().get(0).latency()).isGreaterThanOrEqualTo(load.charts().get(2).latency());
      assertThat(load.loadTime()).isGreaterThanOrEqualTo(load.charts().get(0).latency());
      assertThat(load.loadTime()).isLessThanOrEqualTo(load.totalChartLatency().plusSeconds(2));
    }
    assertThat(p.cold().forced()).isTrue();
    assertThat(p.cold().charts()).allSatisfy(c -> assertThat(c.cached()).as(c.name()).isFalse());
    assertThat(p.warm().charts()).allSatisfy(c -> assertThat(c.cached()).as(c.name()).isTrue());

    // Every chart load reached the listener: six timings, three of them cached.
    assertThat(registry.find(OpsMetrics.CHART_DATA).tag("dashboard", Long.toString(dashboard.value())).timers()
        .stream().mapToLong(t -> t.count()).sum()).isEqualTo(6);
    assertThat(registry.find(OpsMetrics.CHART_DATA).tag("cached", "true").timers()
        .stream().mapToLong(t -> t.count()).sum()).isEqualTo(3);
  }

  @Test
  void load_oneAtATime_takesAtLeastTheSumOfItsCharts() {
    DashboardLoad load = DashboardProfiler.builder(client).concurrency(1).build().load(dashboard, false);
    assertThat(load.errors()).isZero();
    assertThat(load.loadTime()).isGreaterThanOrEqualTo(load.totalChartLatency());
    assertThat(load.totalChartLatency()).isEqualTo(load.charts().stream().map(ChartLoad::latency)
        .reduce(Duration.ZERO, Duration::plus));
  }

  @Test
  void scrape_afterRealCalls_namesEveryMetricAndLabelTheRulesUse() throws Exception {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    OpsMetrics metrics = OpsMetrics.create(registry);
    try (SupersetClient measured = client.newBuilder().addEventListener(SupersetClientMetrics.create(registry)).build();
        TieredCache<String, String> cache = TieredCache.<String, String>builder()
            .redis(RedisConfig.of(OpsIt.require("REDIS_URL")))
            .keyPrefix("ops-it-" + sfx + ":")
            .codec(CacheCodec.utf8())
            .loader(key -> Tagged.of("value of " + key, "ops-it-" + sfx))
            .build()) {
      measured.databases().list(ListQuery.all()).forEach(d -> { });
      metrics.chartData(measured, total, dashboard);
      DashboardProfiler.builder(measured).listener(metrics).build().load(dashboard, false);
      TieredCacheMetrics.of(cache, "charts").bindTo(registry);
      cache.get("a");
      cache.get("a");
      cache.get("b");
      metrics.record(new DoctorReport(List.of(CheckResult.ok("superset.reachable", "up"),
          CheckResult.fail("database[x]", "down", "fix it"))));

      String scrape = registry.scrape();
      assertThat(scrape).contains("superset_doctor_check{check=\"database[x]\",status=\"fail\"} 1.0");
      assertThat(scrape).contains("superset_sdk_cache_gets_total{cache=\"charts\",result=\"hit\",tier=\"l1\"} 1.0");
      for (PrometheusRules.Rule rule : PrometheusRules.rules()) {
        Set<String> metricNames = PrometheusRules.metricNames(rule.expr());
        assertThat(metricNames).as(rule.alert()).isNotEmpty();
        Set<String> labelsSeen = new TreeSet<>();
        for (String name : metricNames) {
          List<String> lines = scrape.lines().filter(l -> l.startsWith(name + "{") || l.startsWith(name + " ")).toList();
          assertThat(lines).as(rule.alert() + ": " + name + " in the scrape").isNotEmpty();
          lines.forEach(l -> labelsSeen.addAll(labels(l)));
        }
        assertThat(labelsSeen).as(rule.alert() + " labels").containsAll(PrometheusRules.labelNames(rule.expr()));
      }
    }
  }

  private static Set<String> labels(String line) {
    Set<String> out = new TreeSet<>();
    int open = line.indexOf('{');
    if (open < 0) {
      return out;
    }
    for (String pair : line.substring(open + 1, line.lastIndexOf('}')).split(",(?=[a-zA-Z_]+=\")")) {
      out.add(pair.substring(0, pair.indexOf('=')));
    }
    return out;
  }
}
