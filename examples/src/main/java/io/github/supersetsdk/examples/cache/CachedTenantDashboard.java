package io.github.supersetsdk.examples.cache;

import io.github.supersetsdk.cache.RedisConfig;
import io.github.supersetsdk.cache.TieredCacheStats;
import io.github.supersetsdk.cache.chartdata.ChartDataCache;
import io.github.supersetsdk.cache.chartdata.Viewer;
import io.github.supersetsdk.client.Credentials;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.id.DashboardId;
import io.github.supersetsdk.client.model.ChartDataResponse;
import io.github.supersetsdk.client.model.DashboardChart;
import io.github.supersetsdk.client.model.EmbeddedDashboard;
import io.github.supersetsdk.client.model.GuestUser;
import io.github.supersetsdk.client.request.GuestResource;
import io.github.supersetsdk.client.request.GuestTokenRequest;
import io.github.supersetsdk.client.request.RlsClause;
import java.util.List;

/**
 * Serves one tenant's view of a dashboard through the chart-data cache, as an embedded-analytics
 * backend does: the tenant's guest client loads each chart once, later views come from the
 * in-process tier or from Redis (shared with every other replica using the same key prefix), and
 * another tenant's rows are never served because the tenant's RLS clause is part of every key.
 *
 * <p>Arguments: the dashboard id and the tenant id. Needs {@code SUPERSET_URL}, {@code
 * SUPERSET_USERNAME}, {@code SUPERSET_PASSWORD} and {@code REDIS_URL}.
 */
public final class CachedTenantDashboard {

  private CachedTenantDashboard() {}

  /**
   * Entry point.
   *
   * @param args the dashboard id and the tenant id
   */
  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: CachedTenantDashboard <dashboard id> <tenant id>");
      System.exit(2);
    }
    DashboardId dashboard = DashboardId.of(Long.parseLong(args[0]));
    long tenantId = Long.parseLong(args[1]);

    try (SupersetClient admin = SupersetClient.builder()
            .baseUrl(env("SUPERSET_URL"))
            .credentials(Credentials.password(env("SUPERSET_USERNAME"), env("SUPERSET_PASSWORD")))
            .build();
        // One cache per application; admin reads chart definitions and datasets, never tenant rows.
        ChartDataCache cache = ChartDataCache.builder(admin)
            .redis(RedisConfig.of(env("REDIS_URL")))
            .build()) {
      EmbeddedDashboard embedded = admin.dashboards().enableEmbedding(dashboard, List.of());
      // The RLS clause comes from the authenticated user's tenant, never from request input.
      GuestTokenRequest token = GuestTokenRequest.builder()
          .resource(GuestResource.dashboard(embedded))
          .user(GuestUser.of("tenant-" + tenantId + "-viewer"))
          .rls(RlsClause.equalTo("tenant_id", tenantId))
          .build();
      try (SupersetClient guest = SupersetClient.builder()
          .baseUrl(env("SUPERSET_URL"))
          .credentials(Credentials.guestToken(admin.security().createGuestToken(token)))
          .build()) {
        Viewer tenant = Viewer.guest(guest, token);
        for (int view = 1; view <= 2; view++) {
          for (DashboardChart chart : admin.dashboards().charts(dashboard)) {
            ChartDataResponse data = cache.get(tenant, chart.id(), dashboard);
            System.out.println("view " + view + ", chart " + chart.id().value() + ": "
                + data.first().rowcount() + " rows");
          }
        }
        TieredCacheStats stats = cache.stats();
        System.out.println("loads from Superset: " + cache.supersetRequestCount()
            + ", in-process hits: " + stats.l1().hitCount() + ", Redis hits: " + stats.l2().hitCount());
      }
    }
  }

  private static String env(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(name + " is not set");
    }
    return value;
  }
}
