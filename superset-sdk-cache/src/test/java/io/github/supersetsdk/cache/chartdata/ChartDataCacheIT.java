package io.github.supersetsdk.cache.chartdata;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.supersetsdk.cache.RedisConfig;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.id.ChartId;
import io.github.supersetsdk.client.id.DashboardId;
import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.model.ChartDataResponse;
import io.github.supersetsdk.client.model.EmbeddedDashboard;
import io.github.supersetsdk.client.model.VizType;
import io.github.supersetsdk.client.request.ChartSpec;
import io.github.supersetsdk.client.request.CreateChartRequest;
import io.github.supersetsdk.client.request.CreateDashboardRequest;
import io.github.supersetsdk.client.request.CreateDatasetRequest;
import io.github.supersetsdk.client.request.DashboardLayout;
import io.github.supersetsdk.client.request.Metric;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The chart-data cache against the real Superset and Redis: tenants never share rows. */
class ChartDataCacheIT {

  private static final int[] TENANTS = {1, 2, 3};

  private static SupersetClient admin;
  private static DatabaseId database;
  private static DatasetId orders;
  private static ChartId byChannel;
  private static DashboardId dashboard;
  private static EmbeddedDashboard embedded;

  @BeforeAll
  static void createDashboard() {
    admin = LiveServices.admin();
    String suffix = LiveServices.suffix();
    database = LiveServices.createDatabase(admin, "cache_it_" + suffix);
    orders = admin.datasets().create(CreateDatasetRequest.table(database, "marts", "fct_orders"));
    byChannel = admin.charts().create(CreateChartRequest.of("cache it by channel " + suffix,
        ChartSpec.builder(orders, VizType.TABLE)
            .metric(Metric.sum("net_revenue").as("revenue")).metric(Metric.count().as("orders"))
            .groupby("tenant_id", "sales_channel").rowLimit(1000).build()).build());
    dashboard = admin.dashboards().create(CreateDashboardRequest.builder("cache it " + suffix)
        .published(true)
        .layout(DashboardLayout.builder().row(r -> r.chart(byChannel, 12, 50)).build())
        .build());
    embedded = admin.dashboards().enableEmbedding(dashboard, List.of());
  }

  @AfterAll
  static void cleanUp() {
    if (admin != null) {
      if (database != null) {
        LiveServices.dropDatabase(admin, database, dashboard == null ? List.of() : List.of(dashboard));
      }
      admin.close();
    }
  }

  @Test
  void get_threeTenantsOverTwoInstances_eachSeesOnlyItsOwnRowsAndTheWarehouseAgrees() {
    String prefix = "cache-it:" + LiveServices.suffix() + ":";
    RedisConfig redis = RedisConfig.of(LiveServices.env("REDIS_URL"));
    List<SupersetClient> guests = new ArrayList<>();
    try (ChartDataCache a = ChartDataCache.builder(admin).redis(redis).keyPrefix(prefix).build();
        ChartDataCache b = ChartDataCache.builder(admin).redis(redis).keyPrefix(prefix).build()) {
      Set<String> keys = new HashSet<>();
      for (int tenant : TENANTS) {
        Viewer viewer = LiveServices.guest(admin, LiveServices.tenantToken(embedded, orders, tenant));
        guests.add(viewer.client());
        ChartDataResponse first = a.get(viewer, byChannel, dashboard);
        ChartDataResponse second = b.get(viewer, byChannel, dashboard);
        keys.add(a.key(viewer, a.savedRequest(byChannel, dashboard)));

        assertThat(second).isEqualTo(first);
        assertThat(first.first().data()).isNotEmpty()
            .allSatisfy(row -> assertThat(((Number) row.get("tenant_id")).intValue()).isEqualTo(tenant));
        assertThat(revenueByChannel(first)).isEqualTo(oracle(tenant));
      }
      assertThat(keys).hasSize(TENANTS.length);
      // The second instance answered every tenant from Redis: one load per tenant in all.
      assertThat(a.supersetRequestCount() + b.supersetRequestCount()).isEqualTo(TENANTS.length);
      assertThat(b.stats().l2().hitCount()).isEqualTo(TENANTS.length);
      assertThat(a.tags(a.savedRequest(byChannel, dashboard)))
          .contains(ChartDataTags.chart(byChannel), ChartDataTags.dataset(orders));

      // The admin sees every tenant, under a key of its own.
      Viewer adminViewer = Viewer.user(admin);
      ChartDataResponse all = a.get(adminViewer, byChannel, dashboard);
      assertThat(keys).doesNotContain(a.key(adminViewer, a.savedRequest(byChannel, dashboard)));
      Set<Integer> tenantsSeen = new HashSet<>();
      all.first().data().forEach(row -> tenantsSeen.add(((Number) row.get("tenant_id")).intValue()));
      assertThat(tenantsSeen).containsAll(List.of(1, 2, 3));
    } finally {
      guests.forEach(SupersetClient::close);
    }
  }

  private static Map<String, BigDecimal> revenueByChannel(ChartDataResponse r) {
    Map<String, BigDecimal> out = new HashMap<>();
    for (Map<String, ?> row : r.first().data()) {
      out.put(String.valueOf(row.get("sales_channel")), new BigDecimal(String.valueOf(row.get("revenue")))
          .setScale(2, java.math.RoundingMode.HALF_UP));
    }
    return out;
  }

  private static Map<String, BigDecimal> oracle(int tenant) {
    Map<String, BigDecimal> out = new HashMap<>();
    for (Map<String, Object> row : LiveServices.sql("select sales_channel, sum(net_revenue) as revenue"
        + " from marts.fct_orders where tenant_id = " + tenant + " group by sales_channel")) {
      out.put(String.valueOf(row.get("sales_channel")), new BigDecimal(String.valueOf(row.get("revenue")))
          .setScale(2, java.math.RoundingMode.HALF_UP));
    }
    return out;
  }
}
