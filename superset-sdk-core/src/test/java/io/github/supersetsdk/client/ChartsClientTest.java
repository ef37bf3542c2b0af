package io.github.supersetsdk.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.supersetsdk.client.exception.BadRequestException;
import io.github.supersetsdk.client.exception.SupersetDecodeException;
import io.github.supersetsdk.client.id.ChartId;
import io.github.supersetsdk.client.id.DashboardId;
import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.internal.json.Json;
import io.github.supersetsdk.client.model.Chart;
import io.github.supersetsdk.client.model.ChartDataResult;
import io.github.supersetsdk.client.model.ChartResultType;
import io.github.supersetsdk.client.model.RelatedObject;
import io.github.supersetsdk.client.model.ResourceInfo;
import io.github.supersetsdk.client.model.ScreenshotTask;
import io.github.supersetsdk.client.model.VizType;
import io.github.supersetsdk.client.model.WarmUpResult;
import io.github.supersetsdk.client.request.ChartSpec;
import io.github.supersetsdk.client.request.CreateChartRequest;
import io.github.supersetsdk.client.request.FilterOperator;
import io.github.supersetsdk.client.request.ImportBundleRequest;
import io.github.supersetsdk.client.request.ListQuery;
import io.github.supersetsdk.client.request.Metric;
import io.github.supersetsdk.client.request.UpdateChartRequest;
import io.github.supersetsdk.client.testing.FakeSuperset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class ChartsClientTest {

  @RegisterExtension
  static final FakeSuperset superset = FakeSuperset.create();

  private SupersetClient client;

  @BeforeEach
  void setUp() {
    client = superset.client();
  }

  @Test
  void list_filterAndPageSize_sendsRisonAndDecodesItems() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/chart/")).willReturn(okJson(
        "{\"count\":1,\"ids\":[3],\"result\":[{\"id\":3,\"slice_name\":\"Revenue\",\"viz_type\":\"table\","
            + "\"datasource_id\":7,\"changed_on_dttm\":1764070000000.0,"
            + "\"changed_on_utc\":\"2025-11-25T11:26:40.000000+0000\","
            + "\"owners\":[{\"id\":1,\"first_name\":\"Ada\",\"last_name\":\"L\"}],"
            + "\"dashboards\":[{\"id\":5,\"dashboard_title\":\"Sales\"}]}]}")));

    List<Chart> charts = client.charts()
        .list(ListQuery.builder().filter("slice_name", FilterOperator.CONTAINS, "Rev").pageSize(10).build())
        .stream().toList();

    assertThat(charts).hasSize(1);
    Chart chart = charts.get(0);
    assertThat(chart.id()).isEqualTo(ChartId.of(3));
    assertThat(chart.sliceName()).isEqualTo("Revenue");
    assertThat(chart.datasourceId()).isEqualTo(7L);
    assertThat(chart.changedOnDttm()).isEqualTo(Instant.ofEpochMilli(1764070000000L));
    assertThat(chart.owners()).singleElement().satisfies(o -> assertThat(o.firstName()).isEqualTo("Ada"));
    assertThat(chart.dashboards()).singleElement().satisfies(d -> assertThat(d.id()).isEqualTo(DashboardId.of(5)));
    superset.verify(getRequestedFor(urlPathEqualTo("/api/v1/chart/")).withQueryParam("q",
        equalTo("(filters:!((col:slice_name,opr:ct,value:Rev)),page:0,page_size:10,keys:!(none))")));
  }

  @Test
  void get_byIdAndUuid_readsResultEnvelope() {
    UUID uuid = UUID.fromString("8f0c1f4e-3b1a-4b55-9d59-2d3f8c0a7e21");
    String body = "{\"id\":3,\"result\":{\"id\":3,\"slice_name\":\"Revenue\",\"query_context\":\"{}\","
        + "\"cache_timeout\":\"300\",\"uuid\":\"" + uuid + "\"}}";
    superset.stubFor(get(urlPathEqualTo("/api/v1/chart/3")).willReturn(okJson(body)));
    superset.stubFor(get(urlPathEqualTo("/api/v1/chart/" + uuid)).willReturn(okJson(body)));

    assertThat(client.charts().get(ChartId.of(3)).queryContext()).isEqualTo("{}");
    assertThat(client.charts().get(uuid).cacheTimeout()).isEqualTo(300);
    assertThat(client.charts().get(ChartId.of(3)).uuid()).isEqualTo(uuid);
  }

  @Test
  void find_missingChart_returnsEmpty() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/chart/9")).willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/json").withBody("{\"message\":\"Not found\"}")));

    assertThat(client.charts().find(ChartId.of(9))).isEmpty();
    assertThat(client.charts().exists(ChartId.of(9))).isFalse();
  }

  @Test
  void update_setAndClear_sendsOnlyTouchedFieldsWithCsrf() {
    superset.stubFor(put(urlPathEqualTo("/api/v1/chart/3")).willReturn(okJson("{\"id\":3,\"result\":{}}")));

    client.charts().update(ChartId.of(3), UpdateChartRequest.builder()
        .sliceName("Renamed").clearDescription().dashboards(List.of(DashboardId.of(5))).build());

    superset.verify(putRequestedFor(urlPathEqualTo("/api/v1/chart/3"))
        .withHeader("X-CSRFToken", equalTo(FakeSuperset.CSRF_TOKEN))
        .withRequestBody(equalToJson("{\"slice_name\":\"Renamed\",\"description\":null,\"dashboards\":[5]}")));
  }

  @Test
  void update_spec_sendsTheVisualizationDatasetAndBothDocumentsAsCreateWritesThem() {
    superset.stubFor(put(urlPathEqualTo("/api/v1/chart/3")).willReturn(okJson("{\"id\":3,\"result\":{}}")));
    ChartSpec spec = ChartSpec.builder(DatasetId.of(12), VizType.PIE)
        .metric(Metric.count().as("orders")).groupby("plan").build();

    client.charts().update(ChartId.of(3), UpdateChartRequest.builder().spec(spec).build());

    CreateChartRequest created = CreateChartRequest.of("any", spec).build();
    assertThat(created.params()).contains("\"datasource\":\"12__table\"", "\"viz_type\":\"pie\"");
    superset.verify(putRequestedFor(urlPathEqualTo("/api/v1/chart/3"))
        .withRequestBody(equalToJson(Json.write(Map.of("viz_type", "pie", "datasource_id", 12,
            "datasource_type", "table", "params", created.params(), "query_context", created.queryContext())))));
  }

  @Test
  void update_emptyRequest_isRejectedLocally() {
    assertThatThrownBy(() -> client.charts().update(ChartId.of(3), UpdateChartRequest.builder().build()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void delete_severalIds_sendsRisonList() {
    superset.stubFor(delete(urlPathEqualTo("/api/v1/chart/")).willReturn(okJson("{\"message\":\"Deleted 2\"}")));

    client.charts().delete(List.of(ChartId.of(3), ChartId.of(4)));

    superset.verify(deleteRequestedFor(urlPathEqualTo("/api/v1/chart/")).withQueryParam("q", equalTo("!(3,4)")));
    assertThatThrownBy(() -> client.charts().delete(List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void data_savedChart_passesTypeAndForceOnlyWhenGiven() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/chart/3/data/")).willReturn(okJson(
        "{\"result\":[{\"colnames\":[\"n\"],\"coltypes\":[0],\"data\":[{\"n\":42}],\"rowcount\":1}]}")));

    assertThat(client.charts().data(ChartId.of(3)).first().data().get(0)).containsEntry("n", 42L);
    client.charts().data(ChartId.of(3), ChartResultType.QUERY, true);

    superset.verify(getRequestedFor(urlPathEqualTo("/api/v1/chart/3/data/")).withoutQueryParam("type").withoutQueryParam("force"));
    superset.verify(getRequestedFor(urlPathEqualTo("/api/v1/chart/3/data/"))
        .withQueryParam("type", equalTo("query")).withQueryParam("force", equalTo("true")));
  }

  @Test
  void data_postProcessed_readsPandasColumnsAsTheSameRows() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/chart/3/data/")).willReturn(okJson(
        "{\"result\":[{\"colnames\":[\"Sales channel\",\"Net revenue\"],\"coltypes\":[1,0],\"rowcount\":2,"
            + "\"data\":{\"Sales channel\":{\"0\":\"web\",\"1\":\"pop_up\"},\"Net revenue\":{\"0\":3384.5,\"1\":null}}}]}")));

    ChartDataResult result = client.charts().data(ChartId.of(3), ChartResultType.POST_PROCESSED, false).first();

    assertThat(result.data()).hasSize(2);
    assertThat(result.data().get(0)).containsExactly(Map.entry("Sales channel", "web"), Map.entry("Net revenue", 3384.5));
    assertThat(result.data().get(1)).containsEntry("Sales channel", "pop_up").containsEntry("Net revenue", null);
  }

  @Test
  void data_columnOrientedButMalformed_isADecodeErrorSayingWhere() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/chart/3/data/")).willReturn(okJson(
        "{\"result\":[{\"colnames\":[\"n\"],\"data\":{\"n\":[1,2]}}]}")));

    assertThatThrownBy(() -> client.charts().data(ChartId.of(3), ChartResultType.POST_PROCESSED, false))
        .isInstanceOf(SupersetDecodeException.class)
        .hasMessageContaining("GET /api/v1/chart/3/data/")
        .hasMessageContaining("$.result[0].data");
  }

  @Test
  void cachedData_key_readsFromCachePath() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/chart/data/abc123")).willReturn(okJson(
        "{\"result\":[{\"colnames\":[],\"coltypes\":[],\"data\":[],\"rowcount\":0}]}")));

    assertThat(client.charts().cachedData("abc123").result()).hasSize(1);
  }

  @Test
  void export_ids_returnsZipBytesAndWritesFile(@TempDir Path dir) throws Exception {
    byte[] zip = {'P', 'K', 3, 4, 9, 9};
    superset.stubFor(get(urlPathEqualTo("/api/v1/chart/export/"))
        .willReturn(aResponse().withHeader("Content-Type", "application/zip").withBody(zip)));

    assertThat(client.charts().export(List.of(ChartId.of(3)))).isEqualTo(zip);
    Path file = dir.resolve("charts.zip");
    client.charts().export(List.of(ChartId.of(3)), file);

    assertThat(Files.readAllBytes(file)).isEqualTo(zip);
    assertThat(dir.toFile().list()).containsExactly("charts.zip");
    superset.verify(getRequestedFor(urlPathEqualTo("/api/v1/chart/export/")).withQueryParam("q", equalTo("!(3)")));
  }

  @Test
  void importBundle_sendsMultipartWithOverwriteAndPasswords() {
    superset.stubFor(post(urlPathEqualTo("/api/v1/chart/import/")).willReturn(okJson("{\"message\":\"OK\"}")));

    client.charts().importBundle(ImportBundleRequest.builder(new byte[] {'P', 'K', 1})
        .overwrite(true).password("databases/warehouse.yaml", "db-Secret-6d2f").build());

    superset.verify(postRequestedFor(urlPathEqualTo("/api/v1/chart/import/"))
        .withHeader("Content-Type", containing("multipart/form-data; boundary="))
        .withHeader("X-CSRFToken", equalTo(FakeSuperset.CSRF_TOKEN))
        .withRequestBodyPart(aMultipart().withName("formData")
            .withHeader("Content-Disposition", containing("filename=\"bundle.zip\""))
            .withBody(equalTo("PK\u0001")).build())
        .withRequestBodyPart(aMultipart().withName("overwrite").withBody(equalTo("true")).build())
        .withRequestBodyPart(aMultipart().withName("passwords")
            .withBody(equalToJson("{\"databases/warehouse.yaml\":\"db-Secret-6d2f\"}")).build()));
  }

  @Test
  void importBundle_csrfRedirectToLogin_renewsTokenAndRepeatsOnce() {
    superset.stubFor(post(urlPathEqualTo("/api/v1/chart/import/")).inScenario("csrf")
        .whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(302).withHeader("Location", "/login/"))
        .willSetStateTo("renewed"));
    superset.stubFor(post(urlPathEqualTo("/api/v1/chart/import/")).inScenario("csrf")
        .whenScenarioStateIs("renewed")
        .willReturn(okJson("{\"message\":\"OK\"}")));

    client.charts().importBundle(ImportBundleRequest.builder(new byte[] {'P', 'K'}).build());

    superset.verify(2, postRequestedFor(urlPathEqualTo("/api/v1/chart/import/")));
    superset.verify(2, getRequestedFor(urlPathEqualTo(FakeSuperset.CSRF)));
  }

  @Test
  void importBundle_existingCharts_mapsUnprocessableToBadRequest() {
    superset.stubFor(post(urlPathEqualTo("/api/v1/chart/import/")).willReturn(aResponse().withStatus(422)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"errors\":[{\"message\":\"Error importing chart\",\"error_type\":\"GENERIC_COMMAND_ERROR\"}]}")));

    assertThatThrownBy(() -> client.charts().importBundle(ImportBundleRequest.builder(new byte[] {'P', 'K'}).build()))
        .isInstanceOf(BadRequestException.class)
        .hasMessageNotContaining("PK");
  }

  @Test
  void favorites_addRemoveAndStatus_useFavoriteEndpoints() {
    superset.stubFor(post(urlPathEqualTo("/api/v1/chart/3/favorites/")).willReturn(okJson("{\"result\":\"OK\"}")));
    superset.stubFor(delete(urlPathEqualTo("/api/v1/chart/3/favorites/")).willReturn(okJson("{\"result\":\"OK\"}")));
    superset.stubFor(get(urlPathEqualTo("/api/v1/chart/favorite_status/")).willReturn(okJson(
        "{\"result\":[{\"id\":3,\"value\":true},{\"id\":4,\"value\":false}]}")));

    client.charts().addFavorite(ChartId.of(3));
    client.charts().removeFavorite(ChartId.of(3));

    assertThat(client.charts().favoriteStatus(List.of(ChartId.of(3), ChartId.of(4))))
        .containsEntry(ChartId.of(3), true).containsEntry(ChartId.of(4), false);
    superset.verify(getRequestedFor(urlPathEqualTo("/api/v1/chart/favorite_status/")).withQueryParam("q", equalTo("!(3,4)")));
    superset.verify(deleteRequestedFor(urlPathEqualTo("/api/v1/chart/3/favorites/")));
  }

  @Test
  void info_asksForWhatItHolds_andDecodesIt() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/chart/_info")).willReturn(okJson(
        "{\"permissions\":[\"can_read\",\"can_write\"],\"filters\":{\"slice_name\":[{\"name\":\"Starts with\",\"operator\":\"sw\"}]},"
            + "\"add_columns\":[{\"name\":\"slice_name\",\"label\":\"Chart Name\",\"type\":\"String\",\"required\":true,\"unique\":false}],"
            + "\"edit_columns\":[]}")));

    ResourceInfo info = client.charts().info();

    assertThat(info.permissions()).containsExactly("can_read", "can_write");
    assertThat(info.can("can_write")).isTrue();
    assertThat(info.filters().get("slice_name")).containsExactly(
        new ResourceInfo.FilterOption("Starts with", FilterOperator.STARTS_WITH));
    assertThat(info.addColumns()).singleElement().satisfies(c -> assertThat(c.required()).isTrue());
    superset.verify(getRequestedFor(urlPathEqualTo("/api/v1/chart/_info"))
        .withQueryParam("q", equalTo("(keys:!(permissions,filters,add_columns,edit_columns))")));
  }

  @Test
  void related_filterAndPages_stopsAtCount() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/chart/related/owners")).willReturn(okJson(
        "{\"count\":2,\"result\":[{\"value\":1,\"text\":\"Ada L\",\"extra\":{\"email\":\"ada@example.com\"}},"
            + "{\"value\":2,\"text\":\"Alan T\",\"extra\":{}}]}")));

    List<RelatedObject> owners = client.charts().related("owners", "a").stream().toList();

    assertThat(owners).extracting(RelatedObject::value).containsExactly(1L, 2L);
    assertThat(owners.get(0).extra()).containsEntry("email", "ada@example.com");
    superset.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/chart/related/owners"))
        .withQueryParam("q", equalTo("(filter:a,page:0,page_size:100)")));
    assertThatThrownBy(() -> client.charts().related("a/b", "")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void warmUpCache_withDashboard_sendsBothIdsAndDecodesResult() {
    superset.stubFor(put(urlPathEqualTo("/api/v1/chart/warm_up_cache")).willReturn(okJson(
        "{\"result\":[{\"chart_id\":3,\"viz_status\":\"success\",\"viz_error\":null}]}")));

    WarmUpResult result = client.charts().warmUpCache(ChartId.of(3), DashboardId.of(5));

    assertThat(result.chartId()).isEqualTo(ChartId.of(3));
    assertThat(result.vizStatus()).isEqualTo("success");
    superset.verify(putRequestedFor(urlPathEqualTo("/api/v1/chart/warm_up_cache"))
        .withRequestBody(equalToJson("{\"chart_id\":3,\"dashboard_id\":5}")));
  }

  @Test
  void screenshots_cacheThenFetch_useDigestPaths() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/chart/3/cache_screenshot/")).willReturn(aResponse().withStatus(202)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"cache_key\":\"d1g\",\"image_url\":\"/api/v1/chart/3/screenshot/d1g/\",\"task_status\":\"Pending\",\"task_updated_at\":\"2026-12-07T07:10:11.123456\"}")));
    superset.stubFor(get(urlPathEqualTo("/api/v1/chart/3/screenshot/d1g/"))
        .willReturn(aResponse().withHeader("Content-Type", "image/png").withBody(new byte[] {(byte) 0x89, 'P', 'N', 'G'})));
    superset.stubFor(get(urlPathEqualTo("/api/v1/chart/3/thumbnail/d1g/"))
        .willReturn(aResponse().withHeader("Content-Type", "image/png").withBody(new byte[] {1, 2})));

    ScreenshotTask task = client.charts().cacheScreenshot(ChartId.of(3), true);

    assertThat(task.cacheKey()).isEqualTo("d1g");
    assertThat(task.taskStatus()).isEqualTo("Pending");
    assertThat(task.taskUpdatedAt()).isEqualTo(Instant.parse("2026-12-07T07:10:11.123456Z"));
    assertThat(client.charts().screenshot(ChartId.of(3), task.cacheKey())).startsWith((byte) 0x89, (byte) 'P');
    assertThat(client.charts().thumbnail(ChartId.of(3), "d1g")).containsExactly(1, 2);
    superset.verify(getRequestedFor(urlPathEqualTo("/api/v1/chart/3/cache_screenshot/")).withQueryParam("q", equalTo("(force:!t)")));
  }

  @Test
  void importBundleRequest_toString_neverShowsSecrets() {
    ImportBundleRequest request = ImportBundleRequest.builder(new byte[] {1})
        .password("databases/w.yaml", "db-Secret-6d2f")
        .sshTunnelPrivateKey("databases/w.yaml", "key-Secret-0a1b")
        .encryptedExtraSecret("databases/w.yaml", "$.credentials_info.private_key", "extra-Secret-77")
        .build();

    assertThat(request.toString()).contains("databases/w.yaml")
        .doesNotContain("db-Secret-6d2f", "key-Secret-0a1b", "extra-Secret-77");
  }
}
