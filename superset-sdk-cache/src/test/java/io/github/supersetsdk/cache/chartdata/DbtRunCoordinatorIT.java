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
import io.github.supersetsdk.client.request.UpdateDatasetRequest;
import io.github.supersetsdk.dbt.DbtArtifactReader;
import io.github.supersetsdk.dbt.manifest.DbtManifest;
import io.github.supersetsdk.dbt.run.RunResults;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end against dbt, the warehouse, Superset and Redis: a scratch dbt model (a table of its
 * own in {@code marts}, dropped afterwards) is rebuilt with other numbers, the coordinator runs on
 * its {@code run_results.json}, and the next read through either cache instance, and Superset's
 * own plain read, return the numbers SQL on the warehouse returns.
 */
class DbtRunCoordinatorIT {

  private static final int MAX_IN_FLIGHT = 2;
  private static final int[] TENANTS = {1, 2};

  @TempDir Path project;

  private final String suffix = LiveServices.suffix();
  private final String table = "cache_e2e_" + suffix;
  private final String uniqueId = "model.cache_e2e.cache_e2e_" + suffix;
  private final LiveServices.InFlight inFlight = new LiveServices.InFlight();
  private final List<SupersetClient> clients = new ArrayList<>();
  private SupersetClient admin;
  private DatabaseId database;
  private DashboardId dashboard;

  @AfterEach
  void cleanUp() {
    if (admin != null && database != null) {
      LiveServices.dropDatabase(admin, database, dashboard == null ? List.of() : List.of(dashboard));
    }
    clients.forEach(SupersetClient::close);
    LiveServices.sqlAsWriter("drop table if exists marts." + table);
  }

  @Test
  void onRun_modelRebuiltWithNewNumbers_nextReadsAreFreshAndWarmUpStaysWithinItsBound() throws Exception {
    writeProject();
    dbtRun(10);
    admin = LiveServices.admin(inFlight);
    clients.add(admin);
    database = LiveServices.createDatabase(admin, "cache_e2e_" + suffix);
    DatasetId dataset = admin.datasets().create(CreateDatasetRequest.table(database, "marts", table));
    admin.datasets().update(dataset, UpdateDatasetRequest.builder()
        .extra("{\"unique_id\":\"" + uniqueId + "\"}").build());
    // Six charts, so that the warm-up has more work than its bound.
    List<ChartId> charts = new ArrayList<>();
    List<Metric> metrics = List.of(Metric.sum("amount").as("amount"), Metric.max("amount").as("amount"),
        Metric.min("amount").as("amount"), Metric.avg("amount").as("amount"), Metric.sql("SUM(amount) * 1").as("amount"),
        Metric.sql("MAX(amount) + 0").as("amount"));
    for (int i = 0; i < metrics.size(); i++) {
      charts.add(admin.charts().create(CreateChartRequest.of("cache e2e " + i + " " + suffix,
          ChartSpec.builder(dataset, VizType.TABLE).metric(metrics.get(i)).groupby("tenant_id").build()).build()));
    }
    dashboard = admin.dashboards().create(CreateDashboardRequest.builder("cache e2e " + suffix).published(true)
        .layout(DashboardLayout.builder()
            .row(r -> r.chart(charts.get(0), 4, 40).chart(charts.get(1), 4, 40).chart(charts.get(2), 4, 40))
            .row(r -> r.chart(charts.get(3), 4, 40).chart(charts.get(4), 4, 40).chart(charts.get(5), 4, 40))
            .build())
        .build());
    EmbeddedDashboard embedded = admin.dashboards().enableEmbedding(dashboard, List.of());
    List<Viewer> viewers = new ArrayList<>();
    for (int tenant : TENANTS) {
      Viewer v = LiveServices.guest(admin, LiveServices.tenantToken(embedded, dataset, tenant), inFlight);
      clients.add(v.client());
      viewers.add(v);
    }
    viewers.add(Viewer.user(admin));

    String prefix = "cache-e2e:" + suffix + ":";
    RedisConfig redis = RedisConfig.of(LiveServices.env("REDIS_URL"));
    try (ChartDataCache a = ChartDataCache.builder(admin).redis(redis).keyPrefix(prefix).build();
        ChartDataCache b = ChartDataCache.builder(admin).redis(redis).keyPrefix(prefix).build()) {
      ChartId first = charts.get(0);
      for (Viewer v : viewers) {
        // Both instances now hold the old numbers in L1.
        assertThat(amounts(a.get(v, first, dashboard))).isEqualTo(oracle(v));
        assertThat(amounts(b.get(v, first, dashboard))).isEqualTo(oracle(v));
      }
      assertThat(a.tags(a.savedRequest(first, dashboard))).contains(uniqueId, ChartDataTags.dataset(dataset));
      Map<Integer, Double> before = amounts(a.get(viewers.get(viewers.size() - 1), first, dashboard));
      // Superset's own cache holds the old numbers for a plain read too.
      assertThat(amounts(admin.charts().data(admin.charts().get(first).queryContextRequest()))).isEqualTo(before);

      dbtRun(7);
      DbtArtifactReader reader = DbtArtifactReader.create();
      DbtManifest manifest = reader.readManifest(project.resolve("target/manifest.json"));
      RunResults run = reader.readRunResults(project.resolve("target/run_results.json"));
      List<CoordinatorProgress> progress = new CopyOnWriteArrayList<>();
      inFlight.peak.set(0);
      CoordinatorReport report = DbtRunCoordinator.builder(admin).cache(a).manifest(manifest)
          .maxInFlight(MAX_IN_FLIGHT).warmFor(viewers).progressListener(progress::add).build()
          .onRun(run);

      assertThat(report.rebuiltModels()).containsExactly(uniqueId);
      assertThat(report.datasets()).containsExactly(dataset);
      assertThat(report.tagsInvalidated()).contains(uniqueId, ChartDataTags.dataset(dataset));
      assertThat(report.tagsNotInvalidated()).isEmpty();
      assertThat(report.supersetRefresh()).hasSize(charts.size())
          .allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(RefreshStatus.VERIFIED));
      assertThat(report.warm().dashboards()).containsExactly(dashboard);
      assertThat(report.warm().requests()).isEqualTo(charts.size() * viewers.size());
      assertThat(report.warm().failures()).isEmpty();
      assertThat(report.isComplete()).isTrue();
      // The bound, as the clients saw it (not as the coordinator counts it).
      assertThat(inFlight.peak.get()).isBetween(1, MAX_IN_FLIGHT);
      assertThat(report.warm().peakInFlight()).isBetween(1, MAX_IN_FLIGHT);
      assertThat(progress).filteredOn(p -> p.phase().equals("warm")).hasSize(report.warm().requests());
      assertThat(progress).filteredOn(p -> p.phase().equals("refresh")).hasSize(charts.size());

      long loadsBefore = b.supersetRequestCount();
      for (Viewer v : viewers) {
        Map<Integer, Double> expected = oracle(v);
        assertThat(expected).isNotEqualTo(before.isEmpty() ? Map.of() : restrict(before, expected));
        // a was warmed; b still had the old numbers in L1 and must drop them.
        assertThat(amounts(a.get(v, first, dashboard))).isEqualTo(expected);
        assertThat(amounts(b.get(v, first, dashboard))).isEqualTo(expected);
      }
      // b found the warmed entries in Redis rather than loading again.
      assertThat(b.supersetRequestCount()).isEqualTo(loadsBefore);
      // Superset's own plain read is fresh too.
      assertThat(amounts(admin.charts().data(admin.charts().get(first).queryContextRequest())))
          .isEqualTo(oracle(viewers.get(viewers.size() - 1)));
    }
  }

  private static Map<Integer, Double> restrict(Map<Integer, Double> all, Map<Integer, Double> like) {
    Map<Integer, Double> out = new TreeMap<>();
    like.keySet().forEach(k -> out.put(k, all.get(k)));
    return out;
  }

  private Map<Integer, Double> oracle(Viewer v) {
    String where = v.identity().contains("\"kind\":\"guest\"")
        ? " where tenant_id = " + (v.identity().contains("tenant_id = 1") ? 1 : 2) : "";
    Map<Integer, Double> out = new TreeMap<>();
    for (Map<String, Object> row : LiveServices.sql(
        "select tenant_id, sum(amount) as amount from marts." + table + where + " group by tenant_id")) {
      out.put(((Number) row.get("tenant_id")).intValue(), ((Number) row.get("amount")).doubleValue());
    }
    return out;
  }

  private static Map<Integer, Double> amounts(ChartDataResponse r) {
    Map<Integer, Double> out = new TreeMap<>();
    for (Map<String, ?> row : r.first().data()) {
      out.put(((Number) row.get("tenant_id")).intValue(), ((Number) row.get("amount")).doubleValue());
    }
    return out;
  }

  private void writeProject() throws IOException {
    Files.createDirectories(project.resolve("models"));
    Files.writeString(project.resolve("dbt_project.yml"), String.join("\n",
        "name: cache_e2e", "version: '1.0'", "config-version: 2", "profile: cache_e2e",
        "model-paths: ['models']", "models:", "  cache_e2e:", "    +materialized: table", ""));
    Files.writeString(project.resolve("profiles.yml"), String.join("\n",
        "cache_e2e:", "  target: dev", "  outputs:", "    dev:", "      type: postgres",
        "      host: 127.0.0.1", "      port: " + System.getenv().getOrDefault("DBT_PG_PORT", "5432"),
        "      user: dbt", "      password: dbt", "      dbname: warehouse", "      schema: marts",
        "      threads: 1", ""));
    Files.writeString(project.resolve("models/" + table + ".sql"),
        "select t.tenant_id, t.tenant_id * {{ var('factor') }} as amount from (values (1), (2), (3)) as t(tenant_id)\n");
  }

  private void dbtRun(int factor) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(LiveServices.env("DBT_BIN"), "run", "--project-dir", project.toString(),
        "--profiles-dir", project.toString(), "--target-path", project.resolve("target").toString(),
        "--log-path", project.resolve("logs").toString(), "--vars", "{factor: " + factor + "}")
        .directory(project.toFile()).redirectErrorStream(true);
    pb.environment().remove("DBT_PROJECT_DIR");
    pb.environment().remove("DBT_PROFILES_DIR");
    pb.environment().put("DBT_SEND_ANONYMOUS_USAGE_STATS", "false");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IllegalStateException("dbt run failed:\n" + out);
    }
  }
}
