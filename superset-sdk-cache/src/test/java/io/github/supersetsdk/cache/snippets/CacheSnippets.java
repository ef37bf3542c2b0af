package io.github.supersetsdk.cache.snippets;

import io.github.supersetsdk.cache.CacheCodec;
import io.github.supersetsdk.cache.RedisConfig;
import io.github.supersetsdk.cache.Tagged;
import io.github.supersetsdk.cache.TieredCache;
import io.github.supersetsdk.cache.chartdata.ChartDataCache;
import io.github.supersetsdk.cache.chartdata.CoordinatorReport;
import io.github.supersetsdk.cache.chartdata.DbtRunCoordinator;
import io.github.supersetsdk.cache.chartdata.Viewer;
import io.github.supersetsdk.cache.micrometer.TieredCacheMetrics;
import io.github.supersetsdk.client.Credentials;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.id.ChartId;
import io.github.supersetsdk.client.id.DashboardId;
import io.github.supersetsdk.client.model.EmbeddedDashboard;
import io.github.supersetsdk.client.model.ChartDataResponse;
import io.github.supersetsdk.client.model.GuestUser;
import io.github.supersetsdk.client.request.GuestResource;
import io.github.supersetsdk.client.request.GuestTokenRequest;
import io.github.supersetsdk.client.request.RlsClause;
import io.github.supersetsdk.dbt.DbtArtifactReader;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.util.List;

/**
 * The javadoc samples of the cache module, compiled with its tests and shown through {@code
 * {@snippet class=... region=...}}. Not run: each needs a Superset and a Redis.
 */
final class CacheSnippets {

  private CacheSnippets() {}

  record Report(String id, double revenue) {}

  interface Reports {
    Report fetch(String id);
  }

  static void tieredCache(Reports reports) {
    // @start region="TieredCache"
    TieredCache<String, Report> cache = TieredCache.<String, Report>builder()
        .redis(RedisConfig.of("redis://127.0.0.1:6379"))
        .keyPrefix("reports:")
        .codec(CacheCodec.json(Report.class))
        .loader(id -> Tagged.of(reports.fetch(id), "model.shop.orders"))
        .build();
    Report r = cache.get("42");
    cache.invalidateTag("model.shop.orders"); // after a dbt run rebuilt the model
    // @end
  }

  static void chartDataCache(SupersetClient admin, SupersetClient guestClient, GuestTokenRequest token, ChartId chart,
      DashboardId dashboard) {
    // @start region="ChartDataCache"
    try (ChartDataCache cache = ChartDataCache.builder(admin)
        .redis(RedisConfig.of("redis://127.0.0.1:6379"))
        .build()) {
      ChartDataResponse rows = cache.get(Viewer.guest(guestClient, token), chart, dashboard);
      cache.invalidateTags(List.of("model.roastwise.fct_orders")); // after dbt rebuilt it
    }
    // @end
  }

  static void dbtRunCoordinator(SupersetClient admin, ChartDataCache chartDataCache, Path target) {
    DbtArtifactReader reader = DbtArtifactReader.create();
    // @start region="DbtRunCoordinator"
    DbtRunCoordinator coordinator = DbtRunCoordinator.builder(admin)
        .cache(chartDataCache)
        .manifest(reader.readManifest(target.resolve("manifest.json")))
        .maxInFlight(4)
        .build();
    CoordinatorReport report = coordinator.onRun(reader.readRunResults(target.resolve("run_results.json")));
    // @end
  }

  static Viewer viewer(SupersetClient admin, String url, EmbeddedDashboard embedded) {
    // @start region="Viewer"
    GuestTokenRequest token = GuestTokenRequest.builder()
        .resource(GuestResource.dashboard(embedded))
        .rls(RlsClause.equalTo("tenant_id", "acme"))
        .user(GuestUser.of("acme-embed"))
        .build();
    SupersetClient guest = SupersetClient.builder().baseUrl(url)
        .credentials(Credentials.guestToken(admin.security().createGuestToken(token))).build();
    Viewer acme = Viewer.guest(guest, token);
    // @end
    return acme;
  }

  static void metrics(TieredCache<String, Report> tieredCache, ChartDataCache chartDataCache, MeterRegistry registry) {
    // @start region="TieredCacheMetrics"
    TieredCacheMetrics.of(tieredCache, "reports").bindTo(registry);
    TieredCacheMetrics.of(chartDataCache, "chart-data").bindTo(registry);
    // @end
  }
}
