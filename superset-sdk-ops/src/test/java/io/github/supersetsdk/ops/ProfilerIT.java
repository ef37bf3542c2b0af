package io.github.supersetsdk.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.supersetsdk.cache.RedisConfig;
import io.github.supersetsdk.cache.chartdata.ChartDataCache;
import io.github.supersetsdk.cache.chartdata.Viewer;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.exception.SupersetException;
import io.github.supersetsdk.client.id.ChartId;
import io.github.supersetsdk.client.id.DashboardId;
import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.id.DatasetId;
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
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The profiler on a dashboard this test builds over the example marts, with the warehouse as the
 * oracle of row counts, directly and through the SDK's chart-data cache. (The alert rules are checked
 * against the example service's scrape: examples/embedded-analytics MetricsAlertRulesIT.)
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
  void profile_throughTheSdkCache_secondLoadIsServedByItAndFasterThanCold() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    try (ChartDataCache cache = ChartDataCache.builder(client).redis(RedisConfig.of(OpsIt.require("REDIS_URL")))
        .keyPrefix("ops-it-profile-" + sfx + ":").redisTtl(Duration.ofMinutes(5)).build()) {
      DashboardProfile p = DashboardProfiler.builder(client).sdkCache(cache, Viewer.user(client))
          .listener(OpsMetrics.create(registry)).build().profile(dashboard);

      assertThat(p.loads()).containsExactly(p.cold(), p.warm(), p.sdkCacheFirst(), p.sdkCacheWarm());
      assertThat(p.cold().throughSdkCache()).isFalse();
      assertThat(p.warm().throughSdkCache()).isFalse();
      assertThat(p.cold().servedBySdkCache()).isZero();
      // A fresh key prefix: the first load through the SDK cache finds nothing and loads from Superset.
      DashboardLoad first = p.sdkCacheFirst();
      assertThat(first.throughSdkCache()).isTrue();
      assertThat(first.charts()).allSatisfy(c -> assertThat(c.source()).as(c.name()).isEqualTo(ChartSource.SUPERSET));
      assertThat(cache.supersetRequestCount()).isEqualTo(3);
      // The second is answered by the SDK cache's L1, sends nothing to Superset and beats the cold load.
      DashboardLoad again = p.sdkCacheWarm();
      assertThat(again.charts()).allSatisfy(c -> {
        assertThat(c.source()).as(c.name()).isEqualTo(ChartSource.SDK_CACHE_L1);
        assertThat(c.error()).isNull();
      });
      assertThat(again.servedBySdkCache()).isEqualTo(3);
      assertThat(cache.supersetRequestCount()).isEqualTo(3);
      assertThat(again.loadTime()).isLessThan(p.cold().loadTime());
      // Same rows whoever answered.
      for (ChartLoad c : again.charts()) {
        assertThat(c.rows()).as(c.name()).isEqualTo(p.cold().charts().stream()
            .filter(x -> x.chartId().equals(c.chartId())).findFirst().orElseThrow().rows());
      }
      // Only loads that reached Superset are chart-data timings: cold 3 + warm 3 + first 3.
      assertThat(registry.find(OpsMetrics.CHART_DATA).timers().stream().mapToLong(t -> t.count()).sum()).isEqualTo(9);
    }
    // Another instance with the same prefix (an empty L1) is answered from Redis.
    try (ChartDataCache other = ChartDataCache.builder(client).redis(RedisConfig.of(OpsIt.require("REDIS_URL")))
        .keyPrefix("ops-it-profile-" + sfx + ":").redisTtl(Duration.ofMinutes(5)).build()) {
      DashboardLoad load = DashboardProfiler.builder(client).sdkCache(other, Viewer.user(client)).build()
          .loadThroughSdkCache(dashboard);
      assertThat(load.charts()).allSatisfy(c -> assertThat(c.source()).as(c.name()).isEqualTo(ChartSource.SDK_CACHE_L2));
      assertThat(other.supersetRequestCount()).isZero();
    }
  }

  @Test
  void load_oneAtATime_takesAtLeastTheSumOfItsCharts() {
    DashboardLoad load = DashboardProfiler.builder(client).concurrency(1).build().load(dashboard, false);
    assertThat(load.errors()).isZero();
    assertThat(load.loadTime()).isGreaterThanOrEqualTo(load.totalChartLatency());
    assertThat(load.totalChartLatency()).isEqualTo(load.charts().stream().map(ChartLoad::latency)
        .reduce(Duration.ZERO, Duration::plus));
  }
}
