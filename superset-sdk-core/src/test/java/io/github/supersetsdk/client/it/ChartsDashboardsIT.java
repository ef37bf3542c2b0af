package io.github.supersetsdk.client.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.exception.NotFoundException;
import io.github.supersetsdk.client.exception.SupersetException;
import io.github.supersetsdk.client.id.ChartId;
import io.github.supersetsdk.client.id.DashboardId;
import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.internal.json.Json;
import io.github.supersetsdk.client.model.Chart;
import io.github.supersetsdk.client.model.ChartDataResult;
import io.github.supersetsdk.client.model.ChartResultType;
import io.github.supersetsdk.client.model.ChartDatasource;
import io.github.supersetsdk.client.model.DashboardChart;
import io.github.supersetsdk.client.model.DashboardColors;
import io.github.supersetsdk.client.model.DashboardDataset;
import io.github.supersetsdk.client.model.DashboardDetail;
import io.github.supersetsdk.client.model.DashboardPermalinkState;
import io.github.supersetsdk.client.model.DashboardTabs;
import io.github.supersetsdk.client.model.EmbeddedDashboard;
import io.github.supersetsdk.client.model.ExploreContext;
import io.github.supersetsdk.client.model.ExplorePermalinkState;
import io.github.supersetsdk.client.model.Permalink;
import io.github.supersetsdk.client.model.RelatedObject;
import io.github.supersetsdk.client.model.ResourceInfo;
import io.github.supersetsdk.client.model.VizType;
import io.github.supersetsdk.client.model.WarmUpResult;
import io.github.supersetsdk.client.request.ChartDataQuery;
import io.github.supersetsdk.client.request.ChartDataRequest;
import io.github.supersetsdk.client.request.ChartSpec;
import io.github.supersetsdk.client.request.CopyDashboardRequest;
import io.github.supersetsdk.client.request.CreateChartRequest;
import io.github.supersetsdk.client.request.CreateDashboardRequest;
import io.github.supersetsdk.client.request.DashboardConfigUpdate;
import io.github.supersetsdk.client.request.ExploreFormDataRequest;
import io.github.supersetsdk.client.request.ExploreRequest;
import io.github.supersetsdk.client.request.Filter;
import io.github.supersetsdk.client.request.FilterOperator;
import io.github.supersetsdk.client.request.ImportBundleRequest;
import io.github.supersetsdk.client.request.ListQuery;
import io.github.supersetsdk.client.request.Metric;
import io.github.supersetsdk.client.request.UpdateChartRequest;
import io.github.supersetsdk.client.request.UpdateDashboardRequest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Charts, dashboards, explore and asset bundles against the real Superset: a dataset on the {@code
 * fct_orders} mart, two charts saved with a query context, and a dashboard whose layout holds them.
 * Chart data is checked against SQL run on the warehouse over JDBC, and no secret (such as the
 * database password sent with imports) may appear in any log line.
 */
@ExtendWith(NoSecretsInLogs.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChartsDashboardsIT {

  private static final String PREFIX = "sdk-charts-it-";

  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private SupersetClient client;
  private WarehouseConnection warehouse;
  private DatabaseId database;
  private DatasetId dataset;
  private ChartId revenueChart;
  private ChartId countChart;
  private DashboardId dashboard;
  private final List<DashboardId> extraDashboards = new ArrayList<>();

  @BeforeAll
  void setUp() {
    client = ItEnv.adminClient().build();
    warehouse = WarehouseConnection.create(client);
    database = warehouse.id;
    dataset = warehouse.dataset("fct_orders");

    dashboard = client.dashboards().create(
        CreateDashboardRequest.builder(PREFIX + "dashboard-" + run).slug(PREFIX + run).build());
    revenueChart = client.charts().create(
        CreateChartRequest.forDataset(PREFIX + "revenue-" + run, VizType.TABLE, dataset)
            .params(formData("table"))
            .queryContext(revenueQuery())
            .dashboards(List.of(dashboard))
            .build());
    countChart = client.charts().create(
        CreateChartRequest.forDataset(PREFIX + "orders-" + run, VizType.BIG_NUMBER_TOTAL, dataset)
            .params(formData("big_number_total"))
            .queryContext(ChartDataRequest.builder(ChartDatasource.dataset(dataset))
                .query(ChartDataQuery.builder().sqlMetric("COUNT(*)", "orders").build())
                .build())
            .dashboards(List.of(dashboard))
            .build());
    client.dashboards().update(dashboard, UpdateDashboardRequest.builder()
        .positionJson(layout(revenueChart, countChart))
        .jsonMetadata("{\"color_scheme\":\"\",\"refresh_frequency\":0,\"expanded_slices\":{},"
            + "\"label_colors\":{},\"timed_refresh_immune_slices\":[],\"native_filter_configuration\":[]}")
        .build());
  }

  @AfterAll
  void tearDown() {
    if (client == null) {
      return;
    }
    try {
      for (DashboardId extra : extraDashboards) {
        quietly(() -> client.dashboards().delete(extra));
      }
      if (dashboard != null) {
        quietly(() -> client.dashboards().delete(dashboard));
      }
      List<ChartId> charts = new ArrayList<>();
      if (revenueChart != null) {
        charts.add(revenueChart);
      }
      if (countChart != null) {
        charts.add(countChart);
      }
      if (!charts.isEmpty()) {
        quietly(() -> client.charts().delete(charts));
      }
      if (warehouse != null) {
        warehouse.close();
      }
    } finally {
      client.close();
    }
  }

  @Test
  @Order(1)
  void layoutWithoutCharts_unlinksEveryChartFromTheDashboard() {
    DashboardId own = client.dashboards().create(CreateDashboardRequest.builder(ItEnv.uniqueName("layout"))
        .positionJson(layout(revenueChart, countChart)).build());
    try {
      assertThat(client.dashboards().charts(own)).extracting(DashboardChart::id)
          .containsExactlyInAnyOrder(revenueChart, countChart);
      client.dashboards().update(own, UpdateDashboardRequest.builder()
          .layout(io.github.supersetsdk.client.request.DashboardLayout.builder().header("Empty now").build()).build());
      assertThat(client.dashboards().charts(own)).isEmpty();
    } finally {
      client.dashboards().delete(own);
    }
  }

  @Test
  @Order(1)
  void chartData_savedQueryContext_matchesWarehouseSql() throws SQLException {
    Map<Long, double[]> expected = new HashMap<>();
    try (Connection c = DriverManager.getConnection(ItEnv.warehouseJdbcUrl());
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(
            "SELECT tenant_id, SUM(net_revenue), COUNT(*) FROM marts.fct_orders GROUP BY tenant_id")) {
      while (rs.next()) {
        expected.put(rs.getLong(1), new double[] {rs.getBigDecimal(2).doubleValue(), rs.getLong(3)});
      }
    }
    assertThat(expected).isNotEmpty();

    ChartDataResult result = client.charts().data(revenueChart).first();
    assertThat(result.colnames()).contains("tenant_id", "revenue", "orders");
    assertThat(result.data()).hasSize(expected.size());
    for (Map<String, Object> row : result.data()) {
      double[] want = expected.get(((Number) row.get("tenant_id")).longValue());
      assertThat(want).as("tenant %s", row.get("tenant_id")).isNotNull();
      assertThat(((Number) row.get("revenue")).doubleValue()).isCloseTo(want[0], within(1e-6 * Math.max(1, want[0])));
      assertThat(((Number) row.get("orders")).longValue()).isEqualTo((long) want[1]);
    }

    // post_processed names the columns by their labels and sends pandas' columns; the rows are the same.
    ChartDataResult post = client.charts().data(revenueChart, ChartResultType.POST_PROCESSED, false).first();
    assertThat(post.data()).extracting(row -> List.copyOf(row.values()))
        .containsExactlyInAnyOrderElementsOf(result.data().stream().map(row -> List.copyOf(row.values())).toList());

    long total = expected.values().stream().mapToLong(v -> (long) v[1]).sum();
    ChartDataResult count = client.charts().data(countChart).first();
    assertThat(((Number) count.data().get(0).get("orders")).longValue()).isEqualTo(total);
  }

  @Test
  @Order(2)
  void charts_roundTrip_listGetUpdateFavoritesWarmUp() {
    Chart chart = client.charts().get(revenueChart);
    assertThat(chart.sliceName()).isEqualTo(PREFIX + "revenue-" + run);
    assertThat(chart.vizType()).isEqualTo(VizType.TABLE);
    assertThat(chart.datasourceId()).isEqualTo(dataset.value());
    assertThat(chart.queryContext()).contains("revenue");
    assertThat(chart.dashboards()).extracting(d -> d.id()).contains(dashboard);
    assertThat(client.charts().get(chart.uuid()).id()).isEqualTo(revenueChart);

    List<Chart> listed = client.charts()
        .list(ListQuery.builder().filter("slice_name", FilterOperator.CONTAINS, run).pageSize(1).build())
        .stream().toList();
    assertThat(listed).extracting(Chart::id).containsExactlyInAnyOrder(revenueChart, countChart);

    client.charts().update(countChart, UpdateChartRequest.builder()
        .sliceName(PREFIX + "orders-renamed-" + run).description("orders in all tenants").build());
    Chart renamed = client.charts().get(countChart);
    assertThat(renamed.sliceName()).isEqualTo(PREFIX + "orders-renamed-" + run);
    assertThat(renamed.description()).isEqualTo("orders in all tenants");
    client.charts().update(countChart, UpdateChartRequest.builder().clearDescription().build());
    assertThat(client.charts().get(countChart).description()).isNull();

    client.charts().addFavorite(revenueChart);
    client.charts().addFavorite(revenueChart);
    assertThat(client.charts().favoriteStatus(List.of(revenueChart, countChart)))
        .containsEntry(revenueChart, true).containsEntry(countChart, false);
    client.charts().removeFavorite(revenueChart);
    assertThat(client.charts().favoriteStatus(List.of(revenueChart))).containsEntry(revenueChart, false);

    ResourceInfo chartInfo = client.charts().info();
    assertThat(chartInfo.can("can_write")).isTrue();
    assertThat(chartInfo.addColumns()).filteredOn(c -> c.name().equals("slice_name"))
        .singleElement().satisfies(c -> assertThat(c.required()).isTrue());
    List<RelatedObject> owners = client.charts().related("owners", null).stream().toList();
    assertThat(owners).isNotEmpty();

    WarmUpResult warm = client.charts().warmUpCache(revenueChart, dashboard);
    assertThat(warm.chartId()).isEqualTo(revenueChart);
    assertThat(warm.vizError()).isNull();

    assertThat(client.charts().find(ChartId.of(Integer.MAX_VALUE))).isEmpty();
    assertThat(client.charts().exists(revenueChart)).isTrue();
  }

  @Test
  @Order(3)
  void bySlug_aSlugSupersetWouldReadAsAnIdOrUuid_findsTheDashboardWithThatSlug() {
    // Superset reads "1_050" as id 1050 (Python's int() takes underscores) and a UUID without dashes
    // as that UUID: such a slug must not return the dashboard with that id or UUID.
    String digits = Long.toString(dashboard.value());
    String idLike = digits.length() > 1 ? digits.charAt(0) + "_" + digits.substring(1) : "0_" + digits;
    String uuidLike = client.dashboards().get(dashboard).uuid().toString().replace("-", "");
    assertThat(client.dashboards().findBySlug(idLike)).isEmpty();
    assertThat(client.dashboards().findBySlug(uuidLike)).isEmpty();

    DashboardId named = client.dashboards().create(
        CreateDashboardRequest.builder(PREFIX + "id-like-slug-" + run).slug(idLike).build());
    extraDashboards.add(named);
    assertThat(client.dashboards().getBySlug(idLike).id()).isEqualTo(named);
    assertThat(client.dashboards().findBySlug(idLike)).map(DashboardDetail::id).contains(named);
    // What a person types: an id, a UUID or a slug.
    assertThat(client.dashboards().findByIdUuidOrSlug(digits)).map(DashboardDetail::id).contains(dashboard);
    assertThat(client.dashboards().findByIdUuidOrSlug(client.dashboards().get(dashboard).uuid().toString()))
        .map(DashboardDetail::id).contains(dashboard);
    assertThat(client.dashboards().findByIdUuidOrSlug(idLike)).map(DashboardDetail::id).contains(named);
    assertThat(client.dashboards().findByIdUuidOrSlug(PREFIX + "missing-" + run)).isEmpty();
  }

  @Test
  @Order(3)
  void dashboards_roundTrip_detailChartsDatasetsTabsFavoritesCopy() {
    DashboardDetail detail = client.dashboards().get(dashboard);
    assertThat(detail.dashboardTitle()).isEqualTo(PREFIX + "dashboard-" + run);
    // Superset rewrites position_json compactly when the update links the layout's charts.
    assertThat(detail.positionJson()).containsPattern("\"chartId\": ?" + revenueChart.value() + "\\b");
    assertThat(client.dashboards().getBySlug(PREFIX + run).id()).isEqualTo(dashboard);
    assertThat(client.dashboards().get(detail.uuid()).id()).isEqualTo(dashboard);
    assertThat(client.dashboards().find(UUID.randomUUID())).isEmpty();
    assertThat(client.dashboards().findBySlug(PREFIX + "missing-" + run)).isEmpty();

    assertThat(client.dashboards().charts(dashboard))
        .extracting(DashboardChart::id).containsExactlyInAnyOrder(revenueChart, countChart);
    assertThat(client.dashboards().datasets(dashboard))
        .extracting(DashboardDataset::id).containsExactly(dataset);
    DashboardTabs tabs = client.dashboards().tabs(dashboard);
    assertThat(tabs.allTabs()).containsEntry("TAB-revenue", "Revenue");
    assertThat(tabs.tabTree()).extracting(t -> t.value()).containsExactly("TAB-revenue");

    client.dashboards().update(dashboard, UpdateDashboardRequest.builder().published(true).css(".x{}").build());
    DashboardDetail updated = client.dashboards().get(dashboard);
    assertThat(updated.published()).isTrue();
    assertThat(updated.css()).isEqualTo(".x{}");

    client.dashboards().addFavorite(dashboard);
    assertThat(client.dashboards().favoriteStatus(List.of(dashboard))).containsEntry(dashboard, true);
    client.dashboards().removeFavorite(dashboard);
    assertThat(client.dashboards().favoriteStatus(List.of(dashboard))).containsEntry(dashboard, false);
    assertThat(client.dashboards().info().permissions()).contains("can_read");
    assertThat(client.dashboards().related("owners", "").stream().toList()).isNotEmpty();

    DashboardId copy = client.dashboards().copy(dashboard,
        CopyDashboardRequest.of(PREFIX + "copy-" + run, detail.jsonMetadata()));
    extraDashboards.add(copy);
    assertThat(client.dashboards().get(copy).dashboardTitle()).isEqualTo(PREFIX + "copy-" + run);
    client.dashboards().delete(List.of(copy));
    assertThat(client.dashboards().exists(copy)).isFalse();

    List<String> titles = client.dashboards()
        .list(ListQuery.where(Filter.of("dashboard_title", FilterOperator.CONTAINS, run)))
        .stream().map(d -> d.dashboardTitle()).toList();
    assertThat(titles).containsExactly(PREFIX + "dashboard-" + run);
  }

  @Test
  @Order(4)
  void dashboards_colorsNativeFiltersFilterStatePermalinkEmbedding() {
    // The colors and filters routes appeared in Superset 5.0: 4.1 keeps both in the dashboard's
    // json_metadata, written with the dashboard's PUT.
    String colorsRoute = "/api/v1/dashboard/{pk}/colors";
    DashboardColors colors = DashboardColors.builder().colorScheme("supersetColors").labelColor("acme", "#1FA8C9").build();
    if (Served.has(client, "PUT", colorsRoute)) {
      client.dashboards().updateColors(dashboard, colors, false);
      assertThat(client.dashboards().get(dashboard).jsonMetadata()).contains("#1FA8C9").contains("supersetColors");
    } else {
      Served.assertUnsupported(() -> client.dashboards().updateColors(dashboard, colors, false), "PUT", colorsRoute);
    }

    Map<String, Object> filter = new LinkedHashMap<>();
    filter.put("id", "NATIVE_FILTER-sdk" + run);
    filter.put("name", "Tenant");
    filter.put("filterType", "filter_select");
    filter.put("type", "NATIVE_FILTER");
    filter.put("targets", List.of(Map.of("datasetId", dataset.value(), "column", Map.of("name", "tenant_id"))));
    filter.put("controlValues", Map.of("multiSelect", true));
    filter.put("defaultDataMask", Map.of("filterState", Map.of()));
    filter.put("cascadeParentIds", List.of());
    filter.put("scope", Map.of("rootPath", List.of("ROOT_ID"), "excluded", List.of()));
    filter.put("description", "");
    DashboardConfigUpdate filters = new DashboardConfigUpdate(List.of(filter), List.of(), List.of());
    String filtersRoute = "/api/v1/dashboard/{pk}/filters";
    if (Served.has(client, "PUT", filtersRoute)) {
      client.dashboards().updateNativeFilters(dashboard, filters);
      assertThat(client.dashboards().get(dashboard).jsonMetadata()).contains("NATIVE_FILTER-sdk" + run);
    } else {
      Served.assertUnsupported(() -> client.dashboards().updateNativeFilters(dashboard, filters), "PUT", filtersRoute);
      assertThat(client.dashboards().get(dashboard).jsonMetadata()).doesNotContain("NATIVE_FILTER-sdk" + run);
    }

    // Superset 6.1 creates filter states only for browser sessions; an unknown key reads as absent.
    assertThatThrownBy(() -> client.dashboards().getFilterState(dashboard, "missing" + run))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> client.dashboards().deleteFilterState(dashboard, "missing" + run))
        .isInstanceOf(NotFoundException.class);
    assertThat(client.dashboards().findFilterState(dashboard, "missing" + run)).isEmpty();

    Map<String, Object> dataMask = Map.of("NATIVE_FILTER-sdk" + run, Map.of("filterState", Map.of("value", List.of(3))));
    Permalink link = client.dashboards().createPermalink(dashboard,
        new DashboardPermalinkState(dataMask, List.of("TAB-revenue"), null, List.of()));
    assertThat(link.url()).contains(link.key());
    DashboardPermalinkState read = client.dashboards().getPermalink(link.key());
    assertThat(read.dataMask()).containsKey("NATIVE_FILTER-sdk" + run);
    assertThat(read.activeTabs()).containsExactly("TAB-revenue");

    assertThat(client.dashboards().findEmbedding(dashboard)).isEmpty();
    client.dashboards().enableEmbedding(dashboard, List.of());
    EmbeddedDashboard embedded = client.dashboards().updateEmbedding(dashboard, List.of("https://app.example.com"));
    EmbeddedDashboard byUuid = client.dashboards().getEmbedding(embedded.uuid());
    assertThat(byUuid.allowedDomains()).containsExactly("https://app.example.com");
    assertThat(byUuid.dashboardId()).isEqualTo(Long.toString(dashboard.value()));
    assertThat(client.dashboards().findEmbedding(dashboard)).contains(embedded);
    // Enabling again (as a deploy script would, every time) keeps the UUID pages and tokens name.
    EmbeddedDashboard again = client.dashboards().enableEmbedding(dashboard, List.of("https://other.example.com"));
    assertThat(again.uuid()).isEqualTo(embedded.uuid());
    assertThat(again.allowedDomains()).containsExactly("https://other.example.com");
    client.dashboards().disableEmbedding(dashboard);
    assertThat(client.dashboards().findEmbedding(dashboard)).isEmpty();
    assertThat(client.dashboards().findEmbedding(embedded.uuid())).isEmpty();
  }

  @Test
  @Order(5)
  void explore_formDataAndPermalink_roundTrip() {
    Map<String, Object> formData = new LinkedHashMap<>();
    formData.put("datasource", dataset.value() + "__table");
    formData.put("viz_type", "table");
    formData.put("groupby", List.of("tenant_id"));
    String key = client.explore().createFormData(ExploreFormDataRequest.forDataset(dataset, formData));
    assertThat(client.explore().getFormData(key)).contains("tenant_id");
    assertThat(client.explore().findFormData(key)).hasValueSatisfying(text -> assertThat(text).contains("tenant_id"));
    ExploreContext context = client.explore().get(ExploreRequest.formDataKey(key));
    assertThat(context.dataset()).isNotNull();
    assertThat(context.dataset().id()).isEqualTo(dataset.value());

    formData.put("groupby", List.of("sales_channel"));
    String updatedKey = client.explore().updateFormData(key,
        ExploreFormDataRequest.forDataset(dataset, formData).withChart(revenueChart));
    assertThat(client.explore().getFormData(updatedKey)).contains("sales_channel");
    client.explore().deleteFormData(updatedKey);
    assertThatThrownBy(() -> client.explore().getFormData(updatedKey)).isInstanceOf(NotFoundException.class);
    assertThat(client.explore().findFormData(updatedKey)).isEmpty();

    ExploreContext forChart = client.explore().get(ExploreRequest.chart(revenueChart));
    assertThat(forChart.slice()).isNotNull();
    assertThat(forChart.slice().sliceId()).isEqualTo(revenueChart);

    Permalink link = client.explore().createPermalink(ExplorePermalinkState.of(formData));
    ExplorePermalinkState state = client.explore().getPermalink(link.key());
    assertThat(state.formData()).containsEntry("viz_type", "table");
    assertThat(client.explore().get(ExploreRequest.permalink(link.key())).formData()).containsEntry("viz_type", "table");
  }

  @Test
  @Order(6)
  void dashboardBundle_exportThenImportWithOverwrite_restoresExportedState(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("dashboard.zip");
    client.dashboards().export(List.of(dashboard), file);
    Map<String, String> entries = yamlEntries(Files.readAllBytes(file));
    assertThat(entries.keySet()).anyMatch(n -> n.contains("/dashboards/")).anyMatch(n -> n.contains("/charts/"));
    String databaseFile = databaseFile(entries);
    String exportedTitle = client.dashboards().get(dashboard).dashboardTitle();

    client.dashboards().update(dashboard, UpdateDashboardRequest.builder().dashboardTitle(PREFIX + "changed-" + run).build());
    assertThatThrownBy(() -> client.dashboards().importBundle(ImportBundleRequest.builder(file).build()))
        .isInstanceOf(SupersetException.class);

    client.dashboards().importBundle(ImportBundleRequest.builder(file)
        .overwrite(true)
        .password(databaseFile, warehousePassword())
        .build());
    assertThat(client.dashboards().get(dashboard).dashboardTitle()).isEqualTo(exportedTitle);
    assertThat(client.dashboards().charts(dashboard)).hasSize(2);

    byte[] chartBundle = client.charts().export(List.of(revenueChart));
    client.charts().update(revenueChart, UpdateChartRequest.builder().description("changed").build());
    // The bundle's database exists, so Superset keeps it and ignores this password; the password
    // still travels in the request, and the log check proves it never reaches a log line.
    String chartBundlePassword = "import-Secret-" + run;
    NoSecretsInLogs.register(chartBundlePassword);
    client.charts().importBundle(ImportBundleRequest.builder(chartBundle)
        .overwrite(true)
        .password(databaseFile(yamlEntries(chartBundle)), chartBundlePassword)
        .build());
    assertThat(client.charts().get(revenueChart).description()).isNull();

    String asExample = "/api/v1/dashboard/{pk}/export_as_example/";
    if (Served.has(client, "GET", asExample)) {
      byte[] example = client.dashboards().exportAsExample(dashboard, false, null);
      assertThat(example).startsWith('P', 'K');
    } else {
      // export_as_example appeared in Superset 6.1.
      Served.assertUnsupported(() -> client.dashboards().exportAsExample(dashboard, false, null), "GET", asExample);
    }
  }

  @Test
  @Order(7)
  void assets_exportThenImportOwnObjects_restoresExportedState() throws IOException {
    byte[] all = client.assets().export();
    Map<String, String> entries = yamlEntries(all);
    String dashboardUuid = client.dashboards().get(dashboard).uuid().toString();
    assertThat(entries.values()).anyMatch(y -> y.contains("uuid: " + dashboardUuid));

    // Import only this test's objects, so that concurrent tests' objects are never rewritten.
    Set<String> uuids = Set.of(
        dashboardUuid,
        client.charts().get(revenueChart).uuid().toString(),
        client.charts().get(countChart).uuid().toString(),
        String.valueOf(client.datasets().get(dataset).uuid()),
        String.valueOf(client.databases().get(database).uuid()));
    byte[] own = subset(all, uuids);
    String databaseFile = databaseFile(yamlEntries(own));

    client.dashboards().update(dashboard, UpdateDashboardRequest.builder().css(".changed{}").build());
    client.assets().importBundle(ImportBundleRequest.builder(own).password(databaseFile, warehousePassword()).build());
    assertThat(client.dashboards().get(dashboard).css()).isNotEqualTo(".changed{}");
    assertThat(client.dashboards().charts(dashboard)).hasSize(2);
  }

  @Test
  @Order(8)
  void charts_updateFromSpec_storesTheNewChartAndItsDataEqualsWarehouseSql() throws Exception {
    Map<Long, Long> expected = new HashMap<>();
    try (Connection c = DriverManager.getConnection(ItEnv.warehouseJdbcUrl());
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT tenant_id, COUNT(*) FROM marts.fct_orders GROUP BY tenant_id")) {
      while (rs.next()) {
        expected.put(rs.getLong(1), rs.getLong(2));
      }
    }
    ChartSpec byTenant = ChartSpec.builder(dataset, VizType.PIE)
        .metric(Metric.count().as("orders")).groupby("tenant_id").rowLimit(1000).build();

    client.charts().update(countChart, UpdateChartRequest.builder().spec(byTenant).build());

    Chart stored = client.charts().get(countChart);
    assertThat(stored.vizType()).isEqualTo(VizType.PIE);
    assertThat(stored.sliceName()).isEqualTo(PREFIX + "orders-renamed-" + run);
    @SuppressWarnings("unchecked")
    Map<String, Object> params = Json.mapper().readValue(stored.params(), Map.class);
    assertThat(ChartSpec.fromFormData(params)).isEqualTo(byTenant);
    Map<Long, Long> actual = new HashMap<>();
    for (Map<String, Object> row : client.charts().data(countChart).first().data()) {
      actual.put(((Number) row.get("tenant_id")).longValue(), ((Number) row.get("orders")).longValue());
    }
    assertThat(actual).isNotEmpty().isEqualTo(expected);
  }

  private static String databaseFile(Map<String, String> entries) {
    for (String name : entries.keySet()) {
      int at = name.indexOf("/databases/");
      if (at >= 0) {
        return name.substring(at + 1);
      }
    }
    throw new AssertionError("no database in bundle: " + entries.keySet());
  }

  private static Map<String, String> yamlEntries(byte[] zip) throws IOException {
    Map<String, String> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return entries;
  }

  private static byte[] subset(byte[] zip, Set<String> uuids) throws IOException {
    Pattern uuidLine = Pattern.compile("(?m)^uuid: (\\S+)");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, String> e : yamlEntries(zip).entrySet()) {
        Matcher m = uuidLine.matcher(e.getValue());
        boolean metadata = e.getKey().endsWith("/metadata.yaml");
        if (metadata || (m.find() && uuids.contains(m.group(1)))) {
          out.putNextEntry(new ZipEntry(e.getKey()));
          out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
          out.closeEntry();
        }
      }
    }
    return bytes.toByteArray();
  }

  private ChartDataRequest revenueQuery() {
    return ChartDataRequest.builder(ChartDatasource.dataset(dataset))
        .query(ChartDataQuery.builder()
            .column("tenant_id")
            .sqlMetric("SUM(net_revenue)", "revenue")
            .sqlMetric("COUNT(*)", "orders")
            .rowLimit(10000)
            .build())
        .build();
  }

  private Map<String, Object> formData(String vizType) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("datasource", dataset.value() + "__table");
    params.put("viz_type", vizType);
    return params;
  }

  private static String layout(ChartId first, ChartId second) {
    String chartPath = "[\"ROOT_ID\",\"GRID_ID\",\"TABS-main\",\"TAB-revenue\",\"ROW-1\"]";
    return "{\"DASHBOARD_VERSION_KEY\":\"v2\","
        + "\"ROOT_ID\":{\"type\":\"ROOT\",\"id\":\"ROOT_ID\",\"children\":[\"GRID_ID\"]},"
        + "\"GRID_ID\":{\"type\":\"GRID\",\"id\":\"GRID_ID\",\"children\":[\"TABS-main\"],\"parents\":[\"ROOT_ID\"]},"
        + "\"TABS-main\":{\"type\":\"TABS\",\"id\":\"TABS-main\",\"children\":[\"TAB-revenue\"],"
        + "\"parents\":[\"ROOT_ID\",\"GRID_ID\"],\"meta\":{}},"
        + "\"TAB-revenue\":{\"type\":\"TAB\",\"id\":\"TAB-revenue\",\"children\":[\"ROW-1\"],"
        + "\"parents\":[\"ROOT_ID\",\"GRID_ID\",\"TABS-main\"],\"meta\":{\"text\":\"Revenue\",\"defaultText\":\"Tab title\"}},"
        + "\"ROW-1\":{\"type\":\"ROW\",\"id\":\"ROW-1\",\"children\":[\"CHART-1\",\"CHART-2\"],"
        + "\"parents\":[\"ROOT_ID\",\"GRID_ID\",\"TABS-main\",\"TAB-revenue\"],\"meta\":{\"background\":\"BACKGROUND_TRANSPARENT\"}},"
        + "\"CHART-1\":{\"type\":\"CHART\",\"id\":\"CHART-1\",\"children\":[],\"parents\":" + chartPath
        + ",\"meta\":{\"chartId\":" + first.value() + ",\"width\":6,\"height\":50}},"
        + "\"CHART-2\":{\"type\":\"CHART\",\"id\":\"CHART-2\",\"children\":[],\"parents\":" + chartPath
        + ",\"meta\":{\"chartId\":" + second.value() + ",\"width\":6,\"height\":50}}}";
  }

  private static void quietly(Runnable cleanup) {
    try {
      cleanup.run();
    } catch (NotFoundException alreadyGone) {
      // Deleted by the test itself.
    }
  }

  /** The warehouse password, from the SQLAlchemy URI: bundles never carry it, imports need it. */
  private static String warehousePassword() {
    String userInfo = URI.create(ItEnv.warehouseSqlalchemyUri()).getUserInfo();
    return userInfo.substring(userInfo.indexOf(':') + 1);
  }

}
