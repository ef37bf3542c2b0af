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

import io.github.supersetsdk.client.exception.NotFoundException;
import io.github.supersetsdk.client.exception.PermissionDeniedException;
import io.github.supersetsdk.client.id.ChartId;
import io.github.supersetsdk.client.id.DashboardId;
import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.model.DashboardChart;
import io.github.supersetsdk.client.model.DashboardColors;
import io.github.supersetsdk.client.model.DashboardDataset;
import io.github.supersetsdk.client.model.DashboardDetail;
import io.github.supersetsdk.client.model.DashboardPermalinkState;
import io.github.supersetsdk.client.model.DashboardTabs;
import io.github.supersetsdk.client.model.EmbeddedDashboard;
import io.github.supersetsdk.client.model.Permalink;
import io.github.supersetsdk.client.request.CopyDashboardRequest;
import io.github.supersetsdk.client.request.DashboardConfigUpdate;
import io.github.supersetsdk.client.request.ImportBundleRequest;
import io.github.supersetsdk.client.request.UpdateDashboardRequest;
import io.github.supersetsdk.client.testing.FakeSuperset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DashboardsClientTest {

  @RegisterExtension
  static final FakeSuperset superset = FakeSuperset.create();

  private static final DashboardId ID = DashboardId.of(5);

  private SupersetClient client;

  @BeforeEach
  void setUp() {
    client = superset.client();
  }

  private static String notFound() {
    return "{\"message\":\"Not found\"}";
  }

  @Test
  void get_byIdAndSlug_decodesDetail() {
    String body = "{\"result\":{\"id\":5,\"dashboard_title\":\"Sales\",\"slug\":\"sales\",\"published\":true,"
        + "\"position_json\":\"{}\",\"json_metadata\":\"{\\\"color_scheme\\\":\\\"x\\\"}\",\"charts\":[\"Revenue\"],"
        + "\"owners\":[{\"id\":1,\"first_name\":\"Ada\",\"last_name\":\"L\"}],\"roles\":[{\"id\":2,\"name\":\"Gamma\"}],"
        + "\"changed_on\":\"2025-11-25T11:26:40.123456\",\"uuid\":\"8f0c1f4e-3b1a-4b55-9d59-2d3f8c0a7e21\"}}";
    superset.stubFor(get(urlPathEqualTo("/api/v1/dashboard/5")).willReturn(okJson(body)));
    superset.stubFor(get(urlPathEqualTo("/api/v1/dashboard/sales")).willReturn(okJson(body)));

    DashboardDetail detail = client.dashboards().get(ID);

    assertThat(detail.dashboardTitle()).isEqualTo("Sales");
    assertThat(detail.jsonMetadata()).isEqualTo("{\"color_scheme\":\"x\"}");
    assertThat(detail.charts()).containsExactly("Revenue");
    assertThat(detail.roles()).singleElement().satisfies(r -> assertThat(r.name()).isEqualTo("Gamma"));
    assertThat(detail.changedOn()).isNotNull();
    assertThat(client.dashboards().getBySlug("sales").id()).isEqualTo(ID);
  }

  @Test
  void get_byUuid_usesTheIdOrSlugRoute_andFillsTheUuidOlderServersLeaveOut() {
    UUID uuid = UUID.fromString("8f0c1f4e-3b1a-4b55-9d59-2d3f8c0a7e21");
    superset.stubFor(get(urlPathEqualTo("/api/v1/dashboard/" + uuid)).willReturn(okJson(
        "{\"result\":{\"id\":5,\"dashboard_title\":\"Sales\"}}")));
    superset.stubFor(get(urlPathEqualTo("/api/v1/dashboard/")).willReturn(okJson(
        "{\"count\":1,\"result\":[{\"id\":5,\"uuid\":\"" + uuid + "\"}]}")));
    UUID missing = UUID.fromString("00000000-0000-4000-8000-000000000001");
    superset.stubFor(get(urlPathEqualTo("/api/v1/dashboard/" + missing)).willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/json").withBody(notFound())));

    DashboardDetail detail = client.dashboards().get(uuid);

    assertThat(detail.id()).isEqualTo(ID);
    assertThat(detail.uuid()).isEqualTo(uuid);
    assertThat(client.dashboards().find(missing)).isEmpty();
  }

  @Test
  void getBySlug_numericOrPathLikeSlug_isRejectedLocally() {
    assertThatThrownBy(() -> client.dashboards().getBySlug("42")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client.dashboards().getBySlug("a/b")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client.dashboards().findBySlug(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void find_missing_returnsEmpty() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/dashboard/9")).willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/json").withBody(notFound())));
    superset.stubFor(get(urlPathEqualTo("/api/v1/dashboard/gone")).willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/json").withBody(notFound())));

    assertThat(client.dashboards().find(DashboardId.of(9))).isEmpty();
    assertThat(client.dashboards().findBySlug("gone")).isEmpty();
    assertThat(client.dashboards().exists(DashboardId.of(9))).isFalse();
  }

  @Test
  void update_layoutAndClearedSlug_sendsOnlyTouchedFields() {
    superset.stubFor(put(urlPathEqualTo("/api/v1/dashboard/5")).willReturn(okJson("{\"id\":5,\"result\":{}}")));
    superset.stubFor(get(urlPathEqualTo("/api/v1/dashboard/5")).willReturn(okJson(
        "{\"id\":5,\"result\":{\"id\":5,\"dashboard_title\":\"d\",\"json_metadata\":\"{\\\"color_scheme\\\":\\\"x\\\"}\"}}")));

    client.dashboards().update(ID, UpdateDashboardRequest.builder()
        .positionJson("{\"ROOT_ID\":{}}").clearSlug().published(true).build());

    // A layout, even one without charts, rewrites the metadata's positions (which link the charts),
    // keeping the rest of the metadata.
    com.fasterxml.jackson.databind.JsonNode sent;
    try {
      sent = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
          superset.findAll(putRequestedFor(urlPathEqualTo("/api/v1/dashboard/5"))).get(0).getBodyAsString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    assertThat(sent.get("position_json").asText()).isEqualTo("{\"ROOT_ID\":{}}");
    assertThat(sent.get("slug").isNull()).isTrue();
    assertThat(sent.get("published").asBoolean()).isTrue();
    assertThat(sent.get("json_metadata").asText()).contains("positions").contains("color_scheme");
    assertThatThrownBy(() -> client.dashboards().update(ID, UpdateDashboardRequest.builder().build()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void delete_severalIds_sendsRisonList() {
    superset.stubFor(delete(urlPathEqualTo("/api/v1/dashboard/")).willReturn(okJson("{\"message\":\"Deleted 2\"}")));

    client.dashboards().delete(List.of(ID, DashboardId.of(6)));

    superset.verify(deleteRequestedFor(urlPathEqualTo("/api/v1/dashboard/")).withQueryParam("q", equalTo("!(5,6)")));
  }

  @Test
  void chartsDatasetsTabs_decodeResultLists() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/dashboard/5/charts")).willReturn(okJson(
        "{\"result\":[{\"id\":3,\"slice_name\":\"Revenue\",\"form_data\":{\"viz_type\":\"table\"}}]}")));
    superset.stubFor(get(urlPathEqualTo("/api/v1/dashboard/5/datasets")).willReturn(okJson(
        "{\"result\":[{\"id\":7,\"uid\":\"7__table\",\"table_name\":\"fct_orders\",\"schema\":\"marts\","
            + "\"column_names\":[\"tenant_id\"],\"columns\":[{\"column_name\":\"tenant_id\"}]}]}")));
    superset.stubFor(get(urlPathEqualTo("/api/v1/dashboard/5/tabs")).willReturn(okJson(
        "{\"result\":{\"all_tabs\":{\"TAB-1\":\"Revenue\",\"TAB-2\":\"Detail\"},\"tab_tree\":[{\"value\":\"TAB-1\","
            + "\"title\":\"Revenue\",\"children\":[{\"value\":\"TAB-2\",\"title\":\"Detail\",\"children\":[],"
            + "\"parents\":[\"TAB-1\"]}],\"parents\":[]}]}}")));

    assertThat(client.dashboards().charts(ID)).singleElement().satisfies(c -> {
      assertThat(c.id()).isEqualTo(ChartId.of(3));
      assertThat(c.formData()).containsEntry("viz_type", "table");
    });
    assertThat(client.dashboards().datasets(ID)).extracting(DashboardDataset::id, DashboardDataset::schema)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(DatasetId.of(7), "marts"));
    DashboardTabs tabs = client.dashboards().tabs(ID);
    assertThat(tabs.allTabs()).containsEntry("TAB-2", "Detail");
    assertThat(tabs.tabTree().get(0).children()).singleElement()
        .satisfies(t -> assertThat(t.parents()).containsExactly("TAB-1"));
    assertThat(client.dashboards().charts(ID)).extracting(DashboardChart::sliceName).containsExactly("Revenue");
  }

  @Test
  void copy_readsIdFromResultEnvelope() {
    superset.stubFor(post(urlPathEqualTo("/api/v1/dashboard/5/copy/")).willReturn(okJson(
        "{\"result\":{\"id\":11,\"last_modified_time\":1764070000.0}}")));

    DashboardId copy = client.dashboards().copy(ID, new CopyDashboardRequest("Sales (copy)", "{}", null, true));

    assertThat(copy).isEqualTo(DashboardId.of(11));
    superset.verify(postRequestedFor(urlPathEqualTo("/api/v1/dashboard/5/copy/")).withRequestBody(equalToJson(
        "{\"dashboard_title\":\"Sales (copy)\",\"json_metadata\":\"{}\",\"duplicate_slices\":true}")));
  }

  @Test
  void embedding_updateAndReadByUuid_useEmbeddedEndpoints() {
    UUID uuid = UUID.fromString("0c5b3c7e-6f0a-4d7e-8a0e-7b6e2f1c9d10");
    String body = "{\"result\":{\"uuid\":\"" + uuid + "\",\"dashboard_id\":\"5\",\"allowed_domains\":[\"https://a.example\"]}}";
    superset.stubFor(put(urlPathEqualTo("/api/v1/dashboard/5/embedded")).willReturn(okJson(body)));
    superset.stubFor(get(urlPathEqualTo("/api/v1/embedded_dashboard/" + uuid)).willReturn(okJson(body)));

    EmbeddedDashboard updated = client.dashboards().updateEmbedding(ID, List.of("https://a.example"));
    EmbeddedDashboard read = client.dashboards().getEmbedding(uuid);

    assertThat(updated.uuid()).isEqualTo(uuid);
    assertThat(read.dashboardId()).isEqualTo("5");
    superset.verify(putRequestedFor(urlPathEqualTo("/api/v1/dashboard/5/embedded"))
        .withRequestBody(equalToJson("{\"allowed_domains\":[\"https://a.example\"]}")));
  }

  @Test
  void embedding_allowedDomainThatIsNotAnOrigin_isRefusedBeforeAnyCall() {
    for (String domain : List.of("app.example.com", "not a url", "ftp://app.example.com", "https://", "https://u:p@x.example",
        "https://a.example.com/x,https://evil.example.com", "https://a.example.com/app", "https://a.example.com?x=1",
        "https://a.example.com#top")) {
      assertThatThrownBy(() -> client.dashboards().enableEmbedding(ID, List.of("https://ok.example", domain)))
          .as(domain).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not an origin");
      assertThatThrownBy(() -> client.dashboards().updateEmbedding(ID, List.of(domain)))
          .as(domain).isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> client.dashboards().enableEmbedding(ID, List.of("https://user:Secret-9f@x.example")))
        .hasMessageNotContaining("Secret-9f");
    assertThat(superset.getAllServeEvents()).isEmpty();
  }

  @Test
  void exportAndImport_bundle_roundTripShapes() {
    byte[] zip = {'P', 'K', 5};
    superset.stubFor(get(urlPathEqualTo("/api/v1/dashboard/export/")).willReturn(aResponse().withBody(zip)));
    superset.stubFor(post(urlPathEqualTo("/api/v1/dashboard/import/")).willReturn(okJson("{\"message\":\"OK\"}")));

    byte[] exported = client.dashboards().export(List.of(ID));
    client.dashboards().importBundle(ImportBundleRequest.builder(exported).overwrite(true).build());

    assertThat(exported).isEqualTo(zip);
    superset.verify(getRequestedFor(urlPathEqualTo("/api/v1/dashboard/export/")).withQueryParam("q", equalTo("!(5)")));
    superset.verify(postRequestedFor(urlPathEqualTo("/api/v1/dashboard/import/"))
        .withRequestBodyPart(aMultipart().withName("formData").withBody(equalTo("PK\u0005")).build())
        .withRequestBodyPart(aMultipart().withName("overwrite").withBody(equalTo("true")).build()));
  }

  @Test
  void exportAsExample_sampleRows_sendsQueryParameters() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/dashboard/5/export_as_example/")).willReturn(aResponse().withBody(new byte[] {'P', 'K'})));

    client.dashboards().exportAsExample(ID, true, 50);
    client.dashboards().exportAsExample(ID, false, null);

    superset.verify(getRequestedFor(urlPathEqualTo("/api/v1/dashboard/5/export_as_example/"))
        .withQueryParam("export_data", equalTo("true")).withQueryParam("sample_rows", equalTo("50")));
    superset.verify(getRequestedFor(urlPathEqualTo("/api/v1/dashboard/5/export_as_example/"))
        .withQueryParam("export_data", equalTo("false")).withoutQueryParam("sample_rows"));
    assertThatThrownBy(() -> client.dashboards().exportAsExample(ID, true, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void favoritesAndPermissions_useFabEndpoints() {
    superset.stubFor(post(urlPathEqualTo("/api/v1/dashboard/5/favorites/")).willReturn(okJson("{\"result\":\"OK\"}")));
    superset.stubFor(delete(urlPathEqualTo("/api/v1/dashboard/5/favorites/")).willReturn(okJson("{\"result\":\"OK\"}")));
    superset.stubFor(get(urlPathEqualTo("/api/v1/dashboard/favorite_status/")).willReturn(okJson("{\"result\":[{\"id\":5,\"value\":true}]}")));
    superset.stubFor(get(urlPathEqualTo("/api/v1/dashboard/_info")).willReturn(okJson("{\"permissions\":[\"can_read\"]}")));
    superset.stubFor(get(urlPathEqualTo("/api/v1/dashboard/related/roles")).willReturn(okJson(
        "{\"count\":1,\"result\":[{\"value\":2,\"text\":\"Gamma\",\"extra\":{}}]}")));

    client.dashboards().addFavorite(ID);
    client.dashboards().removeFavorite(ID);

    assertThat(client.dashboards().favoriteStatus(List.of(ID))).containsExactly(Map.entry(ID, true));
    assertThat(client.dashboards().info().permissions()).containsExactly("can_read");
    assertThat(client.dashboards().related("roles", "").stream().toList()).singleElement()
        .satisfies(r -> assertThat(r.text()).isEqualTo("Gamma"));
    superset.verify(postRequestedFor(urlPathEqualTo("/api/v1/dashboard/5/favorites/")));
    superset.verify(getRequestedFor(urlPathEqualTo("/api/v1/dashboard/related/roles")).withQueryParam("q", equalTo("(page:0,page_size:100)")));
  }

  @Test
  void colorsFiltersCustomizations_sendConfigBodies() {
    superset.stubFor(put(urlPathEqualTo("/api/v1/dashboard/5/colors")).willReturn(okJson("{\"result\":[]}")));
    superset.stubFor(put(urlPathEqualTo("/api/v1/dashboard/5/filters")).willReturn(okJson("{\"result\":[]}")));
    superset.stubFor(put(urlPathEqualTo("/api/v1/dashboard/5/chart_customizations")).willReturn(okJson("{\"result\":[]}")));

    client.dashboards().updateColors(ID, DashboardColors.builder().colorScheme("supersetColors")
        .labelColor("acme", "#1FA8C9").build(), true);
    DashboardConfigUpdate update = new DashboardConfigUpdate(
        List.of(Map.of("id", "NATIVE_FILTER-1", "name", "Tenant")), List.of("NATIVE_FILTER-0"), List.of());
    client.dashboards().updateNativeFilters(ID, update);
    client.dashboards().updateChartCustomizations(ID, update);

    superset.verify(putRequestedFor(urlPathEqualTo("/api/v1/dashboard/5/colors"))
        .withQueryParam("mark_updated", equalTo("true"))
        .withRequestBody(equalToJson("{\"color_scheme\":\"supersetColors\",\"label_colors\":{\"acme\":\"#1FA8C9\"},"
            + "\"shared_label_colors\":[],\"map_label_colors\":{},\"color_scheme_domain\":[]}")));
    String expected = "{\"modified\":[{\"id\":\"NATIVE_FILTER-1\",\"name\":\"Tenant\"}],"
        + "\"deleted\":[\"NATIVE_FILTER-0\"],\"reordered\":[]}";
    superset.verify(putRequestedFor(urlPathEqualTo("/api/v1/dashboard/5/filters")).withRequestBody(equalToJson(expected)));
    superset.verify(putRequestedFor(urlPathEqualTo("/api/v1/dashboard/5/chart_customizations")).withRequestBody(equalToJson(expected)));
  }

  @Test
  void screenshots_cacheFetchAndThumbnail() {
    superset.stubFor(post(urlPathEqualTo("/api/v1/dashboard/5/cache_dashboard_screenshot/")).willReturn(aResponse()
        .withStatus(202).withHeader("Content-Type", "application/json")
        .withBody("{\"cache_key\":\"k1\",\"dashboard_url\":\"http://x/superset/dashboard/5/\",\"task_status\":\"Pending\"}")));
    superset.stubFor(get(urlPathEqualTo("/api/v1/dashboard/5/screenshot/k1/")).willReturn(aResponse().withBody(new byte[] {'%', 'P'})));
    superset.stubFor(get(urlPathEqualTo("/api/v1/dashboard/5/thumbnail/k1/")).willReturn(aResponse().withBody(new byte[] {7})));

    assertThat(client.dashboards().cacheScreenshot(ID).dashboardUrl()).endsWith("/dashboard/5/");
    assertThat(client.dashboards().screenshot(ID, "k1", "pdf")).containsExactly('%', 'P');
    assertThat(client.dashboards().thumbnail(ID, "k1")).containsExactly(7);
    superset.verify(getRequestedFor(urlPathEqualTo("/api/v1/dashboard/5/screenshot/k1/")).withQueryParam("download_format", equalTo("pdf")));
    superset.verify(postRequestedFor(urlPathEqualTo("/api/v1/dashboard/5/cache_dashboard_screenshot/")).withRequestBody(equalToJson("{}")));
    assertThatThrownBy(() -> client.dashboards().screenshot(ID, "k1", "gif")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void findEmbedding_notEmbedded_isEmptyButOtherFailuresStillThrow() {
    UUID uuid = UUID.fromString("0c5b3c7e-6f0a-4d7e-8a0e-7b6e2f1c9d10");
    superset.stubFor(get(urlPathEqualTo("/api/v1/dashboard/5/embedded")).willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/json").withBody(notFound())));
    superset.stubFor(get(urlPathEqualTo("/api/v1/embedded_dashboard/" + uuid)).willReturn(aResponse().withStatus(403)
        .withHeader("Content-Type", "application/json").withBody("{\"message\":\"Forbidden\"}")));

    assertThat(client.dashboards().findEmbedding(ID)).isEmpty();
    assertThatThrownBy(() -> client.dashboards().findEmbedding(uuid)).isInstanceOf(PermissionDeniedException.class)
        .hasMessageContaining("GET /api/v1/embedded_dashboard/" + uuid);
  }

  @Test
  void filterState_readAndDelete_useKeyPaths() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/dashboard/5/filter_state/abc")).willReturn(okJson("{\"value\":\"{\\\"id\\\":1}\"}")));
    superset.stubFor(delete(urlPathEqualTo("/api/v1/dashboard/5/filter_state/abc")).willReturn(okJson("{\"message\":\"Deleted\"}")));
    superset.stubFor(get(urlPathEqualTo("/api/v1/dashboard/5/filter_state/gone")).willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/json").withBody(notFound())));

    assertThat(client.dashboards().getFilterState(ID, "abc")).isEqualTo("{\"id\":1}");
    client.dashboards().deleteFilterState(ID, "abc");

    superset.verify(deleteRequestedFor(urlPathEqualTo("/api/v1/dashboard/5/filter_state/abc")));
    assertThatThrownBy(() -> client.dashboards().getFilterState(ID, "gone")).isInstanceOf(NotFoundException.class);
    assertThat(client.dashboards().findFilterState(ID, "gone")).isEmpty();
    assertThat(client.dashboards().findFilterState(ID, "abc")).contains("{\"id\":1}");
  }

  @Test
  void permalink_createAndRead_keepCamelCaseState() {
    superset.stubFor(post(urlPathEqualTo("/api/v1/dashboard/5/permalink")).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"key\":\"pl1\",\"url\":\"http://x/superset/dashboard/p/pl1/\"}")));
    superset.stubFor(get(urlPathEqualTo("/api/v1/dashboard/permalink/pl1")).willReturn(okJson(
        "{\"state\":{\"dataMask\":{\"NATIVE_FILTER-1\":{\"filterState\":{\"value\":[3]}}},"
            + "\"activeTabs\":[\"TAB-1\"],\"anchor\":\"CHART-1\",\"urlParams\":[[\"standalone\",\"1\"]]}}")));

    Permalink link = client.dashboards().createPermalink(ID, new DashboardPermalinkState(
        Map.of("NATIVE_FILTER-1", Map.of("filterState", Map.of("value", List.of(3)))), List.of("TAB-1"), "CHART-1", List.of()));
    DashboardPermalinkState state = client.dashboards().getPermalink("pl1");

    assertThat(link).isEqualTo(new Permalink("pl1", "http://x/superset/dashboard/p/pl1/"));
    assertThat(state.dataMask()).containsKey("NATIVE_FILTER-1");
    assertThat(state.activeTabs()).containsExactly("TAB-1");
    assertThat(state.anchor()).isEqualTo("CHART-1");
    assertThat(state.urlParams()).containsExactly(List.of("standalone", "1"));
    superset.verify(postRequestedFor(urlPathEqualTo("/api/v1/dashboard/5/permalink")).withRequestBody(equalToJson(
        "{\"dataMask\":{\"NATIVE_FILTER-1\":{\"filterState\":{\"value\":[3]}}},\"activeTabs\":[\"TAB-1\"],\"anchor\":\"CHART-1\"}")));
  }
}
