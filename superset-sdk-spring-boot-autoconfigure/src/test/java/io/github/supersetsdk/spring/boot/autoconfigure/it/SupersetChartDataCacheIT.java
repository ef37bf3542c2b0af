package io.github.supersetsdk.spring.boot.autoconfigure.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.supersetsdk.cache.chartdata.ChartDataCache;
import io.github.supersetsdk.cache.chartdata.ChartDataTags;
import io.github.supersetsdk.cache.chartdata.DbtRunCoordinator;
import io.github.supersetsdk.cache.chartdata.Viewer;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.exception.NotFoundException;
import io.github.supersetsdk.client.id.ChartId;
import io.github.supersetsdk.client.id.DashboardId;
import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.model.ChartDataResponse;
import io.github.supersetsdk.client.model.VizType;
import io.github.supersetsdk.client.request.ChartSpec;
import io.github.supersetsdk.client.request.CreateChartRequest;
import io.github.supersetsdk.client.request.CreateDashboardRequest;
import io.github.supersetsdk.client.request.CreateDatabaseRequest;
import io.github.supersetsdk.client.request.CreateDatasetRequest;
import io.github.supersetsdk.client.request.DashboardLayout;
import io.github.supersetsdk.client.request.Metric;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The auto-configured ChartDataCache against the real Superset and Redis: an empty Boot application
 * with {@code spring.data.redis.url} and the {@code superset.*} login serves a chart's rows once from
 * Superset and then from its tiers, the rows agree with the warehouse, and invalidating the dataset's
 * tag makes the next read load again.
 */
class SupersetChartDataCacheIT {

  static String env(String name) {
    String v = System.getenv(name);
    if (v == null || v.isBlank()) {
      throw new IllegalStateException(name + " is not set: run `eval \"$(scripts/services.sh env)\"`.");
    }
    return v;
  }

  @Test
  void chartDataCacheBean_realServices_loadsOnceThenServesFromTheCache() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    SpringApplication app = new SpringApplication(StarterApp.class);
    app.setWebApplicationType(WebApplicationType.NONE);
    ConfigurableApplicationContext context = app.run(
        "--superset.base-url=" + ItEnv.supersetUrl(), "--superset.username=" + ItEnv.username(),
        "--superset.password=" + ItEnv.password(), "--spring.data.redis.url=" + ItEnv.redisUrl(),
        "--superset.cache.chart-data.key-prefix=sdk-boot-it-" + suffix + ":", "--superset.cache.redis-ttl=60s",
        "--superset.read-timeout=60s");
    try (context) {
      ChartDataCache cache = context.getBean(ChartDataCache.class);
      assertThat(context.getBean(DbtRunCoordinator.class)).isNotNull();
      SupersetClient client = context.getBean(SupersetClient.class);
      // A database connection of the test's own, so that its dataset collides with nobody's.
      DatabaseId database = client.databases().create(
          CreateDatabaseRequest.builder("boot_it_" + suffix, env("WAREHOUSE_SQLALCHEMY_URI")).build());
      try {
        DatasetId orders = client.datasets().create(CreateDatasetRequest.table(database, "marts", "fct_orders"));
        try {
          ChartId chart = client.charts().create(CreateChartRequest.of("boot it orders " + suffix,
              ChartSpec.builder(orders, VizType.BIG_NUMBER_TOTAL).metric(Metric.count().as("orders")).build()).build());
          try {
            DashboardId dashboard = client.dashboards().create(CreateDashboardRequest.builder("boot it " + suffix)
                .layout(DashboardLayout.builder().row(r -> r.chart(chart, 12, 50)).build()).build());
            try {
              readThroughTheBean(cache, client, orders, chart, dashboard);
            } finally {
              deleteQuietly(() -> client.dashboards().delete(dashboard));
            }
          } finally {
            deleteQuietly(() -> client.charts().delete(chart));
          }
        } finally {
          deleteQuietly(() -> client.datasets().delete(orders));
        }
      } finally {
        deleteQuietly(() -> client.databases().delete(database));
      }
    }
  }

  private static void readThroughTheBean(ChartDataCache cache, SupersetClient client, DatasetId orders, ChartId chart,
      DashboardId dashboard) throws Exception {
    Viewer admin = Viewer.user(client);
    ChartDataResponse first = cache.get(admin, chart, dashboard);
    ChartDataResponse second = cache.get(admin, chart, dashboard);

    assertThat(second).isEqualTo(first);
    assertThat(cache.supersetRequestCount()).isEqualTo(1);
    assertThat(cache.stats().l1().hitCount()).isEqualTo(1);
    assertThat(((Number) first.first().data().get(0).get("orders")).longValue())
        .isEqualTo(warehouseCount("select count(*) from marts.fct_orders"));
    // Invalidating the dataset's tag (what the coordinator does after a dbt run) makes the next read
    // load again; the key prefix is the test's own, so only its entry is affected.
    cache.invalidateTags(List.of(ChartDataTags.dataset(orders)));
    cache.get(admin, chart, dashboard);
    assertThat(cache.supersetRequestCount()).isEqualTo(2);
  }

  private static void deleteQuietly(Runnable delete) {
    try {
      delete.run();
    } catch (NotFoundException e) {
      // already gone
    }
  }

  private static long warehouseCount(String sql) throws Exception {
    try (Connection c = DriverManager.getConnection(env("WAREHOUSE_JDBC_URL"));
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
