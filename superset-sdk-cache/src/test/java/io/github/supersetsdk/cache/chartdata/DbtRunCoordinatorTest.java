package io.github.supersetsdk.cache.chartdata;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.supersetsdk.client.RequestInfo;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.id.ChartId;
import io.github.supersetsdk.client.id.DashboardId;
import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.testing.FakeSuperset;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The coordinator against a fake Superset, without a cache: which datasets it picks, how it tells a
 * verified refresh from a stale one, and that its warm-up respects its bound.
 */
class DbtRunCoordinatorTest {

  @RegisterExtension static final FakeSuperset superset = FakeSuperset.withoutRetries();

  private static String rows(int value) {
    return "{\"result\": [{\"colnames\": [\"n\"], \"coltypes\": [0], \"data\": [{\"n\": " + value + "}],"
        + " \"rowcount\": 1, \"status\": \"success\"}]}";
  }

  private static String queryContext(int datasource) {
    return "{\\\"datasource\\\": {\\\"id\\\": " + datasource + ", \\\"type\\\": \\\"table\\\"},"
        + " \\\"queries\\\": [{\\\"columns\\\": [], \\\"metrics\\\": [\\\"count\\\"]}], \\\"form_data\\\": {}}";
  }

  /** Dataset 5 on model.p.orders (by extra), dataset 6 on model.p.other; charts 11, 12 on 5; dashboard 7. */
  private void stubSuperset(int chartDelayMillis) {
    superset.stubFor(get(urlPathEqualTo("/api/v1/dataset/")).willReturn(okJson("{\"count\": 2, \"result\": ["
        + "{\"id\": 5, \"table_name\": \"fct_orders\", \"schema\": \"marts\","
        + " \"extra\": \"{\\\"unique_id\\\": \\\"model.p.orders\\\"}\"},"
        + "{\"id\": 6, \"table_name\": \"other\", \"schema\": \"marts\","
        + " \"extra\": \"{\\\"unique_id\\\": \\\"model.p.other\\\"}\"}]}")));
    superset.stubFor(get(urlPathMatching("/api/v1/dataset/5/related_objects/?")).willReturn(okJson(
        "{\"charts\": {\"count\": 2, \"result\": [{\"id\": 11, \"slice_name\": \"a\", \"viz_type\": \"table\"},"
            + " {\"id\": 12, \"slice_name\": \"b\", \"viz_type\": \"table\"}]},"
            + " \"dashboards\": {\"count\": 1, \"result\": [{\"id\": 7, \"title\": \"d\"}]}}")));
    for (int chart : new int[] {11, 12}) {
      // Chart 11 reads datasource 5, chart 12 datasource 55: the stubs below tell them apart by body.
      int ds = chart == 11 ? 5 : 55;
      superset.stubFor(get(urlPathEqualTo("/api/v1/chart/" + chart)).willReturn(okJson(
          "{\"result\": {\"id\": " + chart + ", \"query_context\": \"" + queryContext(ds) + "\"}}")));
    }
    superset.stubFor(get(urlPathEqualTo("/api/v1/dashboard/7")).willReturn(okJson(
        "{\"result\": {\"id\": 7, \"dashboard_title\": \"d\", \"published\": true}}")));
    superset.stubFor(get(urlPathEqualTo("/api/v1/dashboard/7/charts")).willReturn(okJson("{\"result\": ["
        + "{\"id\": 11, \"form_data\": {}}, {\"id\": 12, \"form_data\": {}}]}")));
    // Fresh rows for any read; chart 12's plain read returns other rows than its forced reload (stale).
    superset.stubFor(post(urlPathEqualTo("/api/v1/chart/data")).willReturn(okJson(rows(2))
        .withFixedDelay(chartDelayMillis)));
    superset.stubFor(post(urlPathEqualTo("/api/v1/chart/data"))
        .withRequestBody(matchingJsonPath("$.datasource.id", containing("55")))
        .withRequestBody(matchingJsonPath("$.force", containing("false")))
        .willReturn(okJson(rows(1)).withFixedDelay(chartDelayMillis)));
  }

  @Test
  void onModels_refreshesTheModelsChartsAndTellsVerifiedFromStale() {
    stubSuperset(0);
    List<CoordinatorProgress> progress = new CopyOnWriteArrayList<>();
    CoordinatorReport report = DbtRunCoordinator.builder(superset.client())
        .warmFor(List.of(Viewer.user(superset.client(), "admin")))
        .progressListener(progress::add)
        .build()
        .onModels(List.of("model.p.orders"));

    assertThat(report.rebuiltModels()).containsExactly("model.p.orders");
    assertThat(report.datasets()).containsExactly(DatasetId.of(5));
    // No cache: nothing to invalidate in Redis.
    assertThat(report.tagsInvalidated()).isEmpty();
    assertThat(report.supersetRefresh()).containsExactly(
        new ChartRefresh(ChartId.of(11), RefreshStatus.VERIFIED, null),
        new ChartRefresh(ChartId.of(12), RefreshStatus.STALE,
            "the plain read after the forced reload returned other rows"));
    assertThat(report.isComplete()).isFalse();
    assertThat(report.warm().dashboards()).containsExactly(DashboardId.of(7));
    assertThat(report.warm().requests()).isEqualTo(2);
    assertThat(report.warm().warmed()).isEqualTo(2);
    assertThat(progress).extracting(CoordinatorProgress::phase).containsOnly("refresh", "warm").hasSize(4);
    // Each refresh: one forced reload and one plain read.
    superset.verify(2, postRequestedFor(urlPathEqualTo("/api/v1/chart/data"))
        .withRequestBody(matchingJsonPath("$.force", containing("true"))));
  }

  @Test
  void onModels_unknownModel_touchesNothing() {
    stubSuperset(0);
    CoordinatorReport report = DbtRunCoordinator.builder(superset.client())
        .warmFor(List.of(Viewer.user(superset.client(), "admin"))).build()
        .onModels(List.of("model.p.nobody"));
    assertThat(report.datasets()).isEmpty();
    assertThat(report.supersetRefresh()).isEmpty();
    assertThat(report.warm().requests()).isZero();
    assertThat(report.isComplete()).isTrue();
    superset.verify(0, postRequestedFor(urlPathEqualTo("/api/v1/chart/data")));
  }

  @Test
  void warm_throughACacheWhoseRedisIsDown_loadsTheCharts_butIsNotComplete() {
    stubSuperset(0);
    for (int ds : new int[] {5, 55}) {
      // The cache tags an entry with its dataset's model.
      superset.stubFor(get(urlPathEqualTo("/api/v1/dataset/" + ds)).willReturn(okJson("{\"result\": {\"id\": " + ds
          + ", \"table_name\": \"t" + ds + "\", \"schema\": \"marts\"}}")));
    }
    try (SupersetClient client = superset.clientBuilder().build();
        ChartDataCache cache = ChartDataCache.builder(client)
            .redis(io.github.supersetsdk.cache.RedisConfig.of("redis://127.0.0.1:1")).build()) {
      WarmReport report = DbtRunCoordinator.builder(client).cache(cache).warmFor(List.of(Viewer.user(client, "a")))
          .build().warm(List.of(DashboardId.of(7)));

      assertThat(report.failures()).isEmpty();
      assertThat(report.warmed()).isEqualTo(report.requests()).isEqualTo(2);
      assertThat(report.failures()).isEmpty();
      // Warm in this process's memory only: the tier other instances share was not filled.
      assertThat(report.redisErrors()).isPositive();
      assertThat(report.isComplete()).isFalse();
      // And why, for the operator: the last Redis call that failed and Lettuce's reason.
      assertThat(cache.lastRedisFailure()).isNotNull()
          .startsWith("Redis ").contains(" failed: ").contains("127.0.0.1").containsIgnoringCase("refused");
    }
  }

  @Test
  void warm_manyChartsAndViewers_neverMoreInFlightThanTheBound() {
    stubSuperset(150);
    AtomicInteger now = new AtomicInteger();
    AtomicInteger peak = new AtomicInteger();
    io.github.supersetsdk.client.ClientEventListener counting = new io.github.supersetsdk.client.ClientEventListener() {
      @Override
      public void requestStarted(RequestInfo r) {
        if (r.path().startsWith("/api/v1/chart/data")) {
          peak.accumulateAndGet(now.incrementAndGet(), Math::max);
        }
      }

      @Override
      public void requestSucceeded(RequestInfo r, int status, int attempts, Duration elapsed) {
        if (r.path().startsWith("/api/v1/chart/data")) {
          now.decrementAndGet();
        }
      }
    };
    try (SupersetClient client = superset.clientBuilder().addEventListener(counting).build()) {
      List<Viewer> viewers = List.of(Viewer.user(client, "a"), Viewer.user(client, "b"), Viewer.user(client, "c"),
          Viewer.user(client, "d"));
      WarmReport report = DbtRunCoordinator.builder(client).maxInFlight(3).warmFor(viewers).build()
          .warm(List.of(DashboardId.of(7)));

      assertThat(report.requests()).isEqualTo(8);
      assertThat(report.warmed()).isEqualTo(8);
      assertThat(report.maxInFlight()).isEqualTo(3);
      assertThat(peak.get()).isEqualTo(3);
      assertThat(report.peakInFlight()).isEqualTo(3);
    }
  }

  @Test
  void onRun_withoutManifest_throwsNamingTheSetting() {
    DbtRunCoordinator c = DbtRunCoordinator.builder(superset.client()).build();
    String json = "{\"metadata\": {\"dbt_schema_version\": \"https://schemas.getdbt.com/dbt/run-results/v6.json\","
        + " \"dbt_version\": \"1.11.16\"}, \"results\": [], \"elapsed_time\": 0.1, \"args\": {}}";
    var run = io.github.supersetsdk.dbt.DbtArtifactReader.create().readRunResults(
        new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "run_results.json");
    assertThatThrownBy(() -> c.onRun(run))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("manifest(");
  }

  /**
   * A v12 manifest with model.p.orders and, when {@code withOther}, model.p.other built on it and a
   * data test of orders (downstream too, but no data).
   */
  private static io.github.supersetsdk.dbt.manifest.DbtManifest manifest(boolean withOther) {
    String orders = "\"model.p.orders\": {\"resource_type\": \"model\", \"name\": \"orders\", \"package_name\": \"p\","
        + " \"schema\": \"marts\", \"alias\": \"fct_orders\", \"config\": {\"materialized\": \"table\"}}";
    String other = "\"model.p.other\": {\"resource_type\": \"model\", \"name\": \"other\", \"package_name\": \"p\","
        + " \"schema\": \"marts\", \"alias\": \"other\", \"config\": {\"materialized\": \"table\"},"
        + " \"depends_on\": {\"nodes\": [\"model.p.orders\"]}}, \"test.p.not_null_orders_id\": {\"resource_type\":"
        + " \"test\", \"name\": \"not_null_orders_id\", \"package_name\": \"p\", \"schema\": \"marts\","
        + " \"depends_on\": {\"nodes\": [\"model.p.orders\"]}}";
    String json = "{\"metadata\": {\"dbt_schema_version\": \"https://schemas.getdbt.com/dbt/manifest/v12.json\","
        + " \"dbt_version\": \"1.11.16\"}, \"nodes\": {" + orders + (withOther ? ", " + other : "") + "},"
        + " \"sources\": {}, \"macros\": {}, \"docs\": {}, \"exposures\": {}, \"metrics\": {},"
        + " \"parent_map\": {\"model.p.orders\": []" + (withOther ? ", \"model.p.other\": [\"model.p.orders\"],"
        + " \"test.p.not_null_orders_id\": [\"model.p.orders\"]" : "") + "},"
        + " \"child_map\": {\"model.p.orders\": [" + (withOther ? "\"model.p.other\", \"test.p.not_null_orders_id\"" : "") + "]"
        + (withOther ? ", \"model.p.other\": [], \"test.p.not_null_orders_id\": []" : "") + "}}";
    return io.github.supersetsdk.dbt.DbtArtifactReader.create().readManifest(
        new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "manifest.json");
  }

  private static io.github.supersetsdk.dbt.run.RunResults ordersRebuilt() {
    String json = "{\"metadata\": {\"dbt_schema_version\": \"https://schemas.getdbt.com/dbt/run-results/v6.json\","
        + " \"dbt_version\": \"1.11.16\"}, \"results\": [{\"unique_id\": \"model.p.orders\", \"status\": \"success\","
        + " \"timing\": [], \"thread_id\": \"Thread-1\", \"execution_time\": 0.1, \"adapter_response\": {},"
        + " \"message\": \"SELECT 1\", \"failures\": null}], \"elapsed_time\": 0.1, \"args\": {}}";
    return io.github.supersetsdk.dbt.DbtArtifactReader.create().readRunResults(
        new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "run_results.json");
  }

  @Test
  void onRunWithTheBuildersManifest_countsOnlyModelsDownstream() {
    stubSuperset(0);
    superset.stubFor(get(urlPathMatching("/api/v1/dataset/6/related_objects/?")).willReturn(okJson(
        "{\"charts\": {\"count\": 0, \"result\": []}, \"dashboards\": {\"count\": 0, \"result\": []}}")));
    DbtRunCoordinator coordinator = DbtRunCoordinator.builder(superset.client()).manifest(manifest(true))
        .warmFor(List.of(Viewer.user(superset.client(), "admin"))).build();

    CoordinatorReport report = coordinator.onRun(ordersRebuilt());

    // The data test downstream of orders holds no data and gets no generation key.
    assertThat(report.downstreamModels()).containsExactly("model.p.other");
  }

  @Test
  void onRunWithTheRunsManifest_usesItsLineageNotTheBuilders() {
    stubSuperset(0);
    superset.stubFor(get(urlPathMatching("/api/v1/dataset/6/related_objects/?")).willReturn(okJson(
        "{\"charts\": {\"count\": 0, \"result\": []}, \"dashboards\": {\"count\": 0, \"result\": []}}")));
    // Built before model.p.other existed; the run that added it brings its own manifest.
    DbtRunCoordinator coordinator = DbtRunCoordinator.builder(superset.client()).manifest(manifest(false))
        .warmFor(List.of(Viewer.user(superset.client(), "admin"))).build();

    CoordinatorReport before = coordinator.onRun(ordersRebuilt());
    CoordinatorReport after = coordinator.onRun(ordersRebuilt(), manifest(true));

    assertThat(before.downstreamModels()).isEmpty();
    assertThat(before.datasets()).containsExactly(DatasetId.of(5));
    assertThat(after.rebuiltModels()).containsExactly("model.p.orders");
    // The test downstream of orders holds no data: it is no downstream model.
    assertThat(after.downstreamModels()).containsExactly("model.p.other");
    assertThat(after.datasets()).containsExactly(DatasetId.of(5), DatasetId.of(6));
  }

  @Test
  void onRunWithTheRunsManifest_needsNoManifestOnTheBuilder() {
    stubSuperset(0);
    CoordinatorReport report =
        DbtRunCoordinator.builder(superset.client()).warmFor(List.of(Viewer.user(superset.client(), "admin"))).build()
            .onRun(ordersRebuilt(), manifest(false));
    assertThat(report.rebuiltModels()).containsExactly("model.p.orders");
    assertThat(report.datasets()).containsExactly(DatasetId.of(5));
  }

  @Test
  void builder_maxInFlightZero_throws() {
    assertThatThrownBy(() -> DbtRunCoordinator.builder(superset.client()).maxInFlight(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
  }
}
