package io.github.supersetsdk.cache.chartdata;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.supersetsdk.cache.RedisConfig;
import io.github.supersetsdk.cache.TieredCacheStats;
import io.github.supersetsdk.cache.micrometer.TieredCacheMetrics;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.id.ChartId;
import io.github.supersetsdk.client.id.DashboardId;
import io.github.supersetsdk.client.testing.FakeSuperset;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link TieredCacheMetrics} binds a {@link ChartDataCache}: the same meter names and tags as a
 * {@code TieredCache}'s, read from the chart-data cache's stats and L1 size. Redis is down here (a
 * closed port), so reads go L1, then a failed L2 lookup, then a load from the fake Superset.
 */
class ChartDataCacheMetricsTest {

  @RegisterExtension static final FakeSuperset superset = FakeSuperset.withoutRetries();

  private static String queryContext() {
    return "{\\\"datasource\\\": {\\\"id\\\": 5, \\\"type\\\": \\\"table\\\"},"
        + " \\\"queries\\\": [{\\\"columns\\\": [], \\\"metrics\\\": [\\\"count\\\"]}], \\\"form_data\\\": {}}";
  }

  private static double count(SimpleMeterRegistry r, String name, String... tags) {
    return r.get(name).tags(tags).functionCounter().count();
  }

  @Test
  void bindsAChartDataCache_underTheTieredCacheNames_withItsL1Size() {
    for (int chart : new int[] {11, 12}) {
      superset.stubFor(get(urlPathEqualTo("/api/v1/chart/" + chart)).willReturn(okJson(
          "{\"result\": {\"id\": " + chart + ", \"query_context\": \"" + queryContext() + "\"}}")));
    }
    superset.stubFor(get(urlPathEqualTo("/api/v1/dataset/5")).willReturn(okJson(
        "{\"id\": 5, \"result\": {\"id\": 5, \"table_name\": \"fct_orders\", \"schema\": \"marts\","
            + " \"extra\": \"{\\\"unique_id\\\": \\\"model.p.orders\\\"}\"}}")));
    superset.stubFor(post(urlPathEqualTo("/api/v1/chart/data")).willReturn(okJson(
        "{\"result\": [{\"colnames\": [\"n\"], \"coltypes\": [0], \"data\": [{\"n\": 2}],"
            + " \"rowcount\": 1, \"status\": \"success\"}]}")));
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    try (SupersetClient client = superset.client();
        ChartDataCache cache = ChartDataCache.builder(client).redis(RedisConfig.of("redis://127.0.0.1:1"))
            .keyPrefix("metrics-test:").build()) {
      TieredCacheMetrics.of(cache, "chart-data", Tags.of("replica", "a")).bindTo(registry);
      Viewer viewer = Viewer.user(client, "admin");

      cache.get(viewer, ChartId.of(11), DashboardId.of(7));  // L1 miss, L2 miss (down), load
      cache.get(viewer, ChartId.of(11), DashboardId.of(7));  // L1 hit
      cache.get(viewer, ChartId.of(12), DashboardId.of(7));  // another chart: another load

      TieredCacheStats stats = cache.stats();
      assertThat(count(registry, TieredCacheMetrics.GETS, "cache", "chart-data", "replica", "a", "tier", "l1",
          "result", "hit")).isEqualTo(1).isEqualTo(stats.l1().hitCount());
      assertThat(count(registry, TieredCacheMetrics.GETS, "tier", "l1", "result", "miss"))
          .isEqualTo(2).isEqualTo(stats.l1().missCount());
      assertThat(count(registry, TieredCacheMetrics.GETS, "tier", "l2", "result", "hit")).isZero();
      assertThat(count(registry, TieredCacheMetrics.LOADS, "result", "success"))
          .isEqualTo(2).isEqualTo(cache.supersetRequestCount());
      assertThat(count(registry, TieredCacheMetrics.LOADS, "result", "failure")).isZero();
      assertThat(count(registry, TieredCacheMetrics.L2_ERRORS)).isPositive().isEqualTo(stats.l2().errorCount());
      assertThat(registry.get(TieredCacheMetrics.LOAD_DURATION).functionTimer().count()).isEqualTo(2);
      assertThat(cache.estimatedSize()).isEqualTo(2);
      assertThat(registry.get(TieredCacheMetrics.SIZE).tags("cache", "chart-data", "tier", "l1").gauge().value())
          .isEqualTo(2.0);
    }
  }
}
