package io.github.supersetsdk.client.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.exception.NotFoundException;
import io.github.supersetsdk.client.id.ChartId;
import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.model.ChartDataResult;
import io.github.supersetsdk.client.model.DashboardChart;
import io.github.supersetsdk.client.model.DashboardDetail;
import io.github.supersetsdk.client.request.CreateDashboardRequest;
import io.github.supersetsdk.client.request.CreateDatabaseRequest;
import io.github.supersetsdk.client.request.DashboardLayout;
import io.github.supersetsdk.client.request.Filter;
import io.github.supersetsdk.client.request.ListQuery;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the recipe page "From a dbt model to an embedded dashboard" against the real Superset: the
 * page's code block is the code this test runs, its numbers equal SQL on the warehouse, and
 * Superset's own UI draws the dashboard it builds (a headless Chromium screenshot under target/).
 */
@ExtendWith(NoSecretsInLogs.class)
class RecipeIT {

  private static final Path PAGE = Path.of("../docs/recipe-dbt-model-to-embedded-dashboard.md");
  private static final Path SOURCE =
      Path.of("src/test/java/io/github/supersetsdk/client/it/DbtModelToEmbeddedDashboardRecipe.java");
  static final Path SCREENSHOT = Path.of("target/recipe-dashboard.png");

  private static SupersetClient admin;
  private static String databaseName;
  private static DatabaseId database;
  private static DbtModelToEmbeddedDashboardRecipe.Created created;
  private static int tenant;

  @BeforeAll
  static void runRecipe() throws Exception {
    admin = ItEnv.adminClient().build();
    databaseName = ItEnv.uniqueName("warehouse");
    database = admin.databases().create(
        CreateDatabaseRequest.builder(databaseName, ItEnv.warehouseSqlalchemyUri()).build());
    tenant = Integer.parseInt(Warehouse.rowsPerTenant("fct_orders").keySet().iterator().next());
    created = DbtModelToEmbeddedDashboardRecipe.run(admin, ItEnv.supersetUrl(), databaseName, tenant);
  }

  @AfterAll
  static void cleanUp() {
    if (created != null) {
      admin.dashboards().delete(created.dashboard());
      admin.charts().delete(List.of(created.revenue(), created.byChannel(), created.monthly(), created.table()));
      admin.datasets().delete(created.orders());
    }
    if (database != null) {
      admin.databases().delete(database);
    }
    admin.close();
  }

  @Test
  void page_codeBlock_isTheCodeThisTestRuns() throws Exception {
    String source = Files.readString(SOURCE);
    String between = source.substring(source.indexOf("// recipe:start\n") + "// recipe:start\n".length(),
        source.indexOf("// recipe:end"));
    List<String> lines = new ArrayList<>(between.lines().toList());
    int indent = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length())
        .min().orElse(0);
    String code = lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).collect(Collectors.joining("\n"))
        .stripTrailing() + "\n}";
    String page = Files.readString(PAGE);
    int start = page.indexOf("```java\n", page.indexOf("<!-- recipe-code -->")) + "```java\n".length();
    String block = page.substring(start, page.indexOf("\n```", start));
    assertThat(block).isEqualTo(code);
  }

  @Test
  void guest_readsSavedTableChartById_numbersEqualSqlForItsTenant() throws Exception {
    Map<String, double[]> expected = revenueAndOrdersByChannel("tenant_id = " + tenant);
    assertThat(byChannel(created.guestData().first())).containsOnlyKeys(expected.keySet());
    byChannel(created.guestData().first()).forEach((channel, got) -> {
      assertThat(got[0]).as("revenue of %s", channel).isCloseTo(expected.get(channel)[0], within(0.005));
      assertThat(got[1]).as("orders of %s", channel).isEqualTo(expected.get(channel)[1]);
    });
  }

  @Test
  void admin_savedChartsData_equalSqlOnTheWarehouse() throws Exception {
    Map<String, double[]> expected = revenueAndOrdersByChannel("true");
    for (ChartDataResult result : List.of(admin.charts().data(created.table()).first(),
        admin.charts().data(created.table(), created.dashboard()).first())) {
      assertThat(byChannel(result)).containsOnlyKeys(expected.keySet());
      byChannel(result).forEach((channel, got) ->
          assertThat(got[0]).as("revenue of %s", channel).isCloseTo(expected.get(channel)[0], within(0.005)));
    }
    double total = sqlNumber("select coalesce(sum(net_revenue), 0) from marts.fct_orders");
    ChartDataResult big = admin.charts().data(created.revenue()).first();
    assertThat(((Number) big.data().get(0).get("revenue")).doubleValue()).isCloseTo(total, within(0.005));

    ChartDataResult monthly = admin.charts().data(created.monthly()).first();
    assertThat((double) monthly.data().size())
        .isEqualTo(sqlNumber("select count(distinct date_trunc('month', order_date)) from marts.fct_orders"));
    assertThat(monthly.data().stream().mapToDouble(r -> ((Number) r.get("revenue")).doubleValue()).sum())
        .isCloseTo(total, within(0.01));
  }

  @Test
  void guest_readsSavedPieChartById_numbersEqualSqlForItsTenant() throws Exception {
    // The guest path again, on a chart whose query has no filter and one metric by group.
    var token = admin.security().createGuestToken(io.github.supersetsdk.client.request.GuestTokenRequest.builder()
        .resource(io.github.supersetsdk.client.request.GuestResource.dashboard(created.embedded()))
        .user(io.github.supersetsdk.client.model.GuestUser.of("pie-viewer"))
        .rls(io.github.supersetsdk.client.request.RlsClause.of(created.orders(), "tenant_id = " + tenant))
        .build());
    NoSecretsInLogs.register(token.value());
    try (SupersetClient guest = SupersetClient.builder().baseUrl(ItEnv.supersetUrl())
        .credentials(io.github.supersetsdk.client.Credentials.guestToken(token)).build()) {
      assertThatThrownBy(() -> guest.charts().get(created.byChannel())).isInstanceOf(NotFoundException.class);
      ChartDataResult pie = guest.charts().data(created.byChannel(), created.dashboard()).first();
      Map<String, Double> got = new HashMap<>();
      pie.data().forEach(r -> got.put(String.valueOf(r.get("sales_channel")), ((Number) r.get("revenue")).doubleValue()));
      Map<String, double[]> expected = revenueAndOrdersByChannelAll("tenant_id = " + tenant);
      assertThat(got).containsOnlyKeys(expected.keySet());
      got.forEach((k, v) -> assertThat(v).isCloseTo(expected.get(k)[0], within(0.005)));
    }
  }

  @Test
  void dashboard_holdsItsChartsWithUuids_andSupersetsUiDrawsThem() throws Exception {
    List<ChartId> charts = List.of(created.revenue(), created.byChannel(), created.monthly(), created.table());
    assertThat(admin.dashboards().charts(created.dashboard())).extracting(DashboardChart::id)
        .containsExactlyInAnyOrderElementsOf(charts);
    DashboardDetail detail = admin.dashboards().get(created.dashboard());
    JsonNode positions = new com.fasterxml.jackson.databind.ObjectMapper().readTree(detail.positionJson());
    for (JsonNode node : positions) {
      if ("CHART".equals(node.path("type").asText())) {
        assertThat(node.path("meta").path("uuid").asText()).as("uuid of %s", node.path("id")).isNotBlank();
      }
    }

    String session = HeadlessChromium.sessionCookie(ItEnv.supersetUrl(), ItEnv.username(), ItEnv.password());
    try (HeadlessChromium chromium = HeadlessChromium.launch(1400, 1300)) {
      chromium.setCookie("session", session, ItEnv.supersetUrl());
      chromium.navigate(ItEnv.supersetUrl() + "/superset/dashboard/" + created.dashboard().value() + "/?standalone=1");
      JsonNode state = null;
      long deadline = System.nanoTime() + 90_000_000_000L;
      while (System.nanoTime() < deadline) {
        state = chromium.evaluate(RENDER_STATE);
        if (state.path("charts").size() == charts.size() && allDrawn(state)) {
          break;
        }
        Thread.sleep(1000);
      }
      Thread.sleep(3000); // let ECharts finish its entry animation before the picture
      chromium.screenshot(SCREENSHOT);
      assertThat(state).isNotNull();
      assertThat(state.path("errors").asInt()).as("error alerts on the page: %s", state).isZero();
      assertThat(state.path("charts").size()).as("charts on the page: %s", state).isEqualTo(charts.size());
      List<Long> shown = new ArrayList<>();
      state.path("charts").forEach(c -> shown.add(c.path("id").asLong()));
      assertThat(shown).as("the dashboard's charts on the page: %s", state)
          .containsExactlyInAnyOrderElementsOf(charts.stream().map(ChartId::value).toList());
      assertThat(allDrawn(state)).as("every chart drawn: %s", state).isTrue();
      assertThat(state.path("text").asText()).contains("Revenue", "Net of discounts.");
      assertThat(Files.size(SCREENSHOT)).isGreaterThan(10_000);
    }
  }

  @Test
  void layout_withUnknownChart_isRefusedBeforeAnythingIsCreated() {
    String title = ItEnv.uniqueName("broken-layout");
    DashboardLayout layout = DashboardLayout.builder()
        .row(r -> r.chart(created.table(), 6, 50).chart(ChartId.of(2_000_000_000L), 6, 50))
        .build();
    assertThatThrownBy(() -> admin.dashboards().create(CreateDashboardRequest.builder(title).layout(layout).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("layout node CHART-2 shows chart 2000000000, which does not exist (or the caller may not read it)");
    assertThat(admin.dashboards().list(ListQuery.where(Filter.eq("dashboard_title", title)))).isEmpty();
  }

  // One holder per chart, found by the class every release since 4.1 gives it (dashboard-chart-id-<id>;
  // 6.1's data-test="chart-grid-component" is not there before 6.1, and the markdown holder shares the
  // other classes). A chart counts as drawn when its slice container holds a canvas, an svg or a table
  // (ECharts, the table) or text (a big number), and no loading indicator.
  private static final String RENDER_STATE = """
      (() => {
        const holders = [...document.querySelectorAll('[class*="dashboard-chart-id-"]')];
        const idOf = h => {
          const m = [...h.classList].map(c => /^dashboard-chart-id-(\\d+)$/.exec(c)).find(x => x);
          return m ? Number(m[1]) : null;
        };
        const drawn = h => {
          const slice = h.querySelector('.slice_container');
          return slice !== null && h.querySelector('.loading, [aria-label="Loading"]') === null
              && (slice.querySelector('canvas, svg, table') !== null || slice.innerText.trim() !== '');
        };
        return {
          charts: holders.map(h => ({id: idOf(h), drawn: drawn(h), text: h.innerText.slice(0, 60)})),
          errors: document.querySelectorAll('.ant-alert-error, .alert-danger, [data-test="chart-error"]').length,
          text: document.body ? document.body.innerText.slice(0, 2000) : ''
        };
      })()""";

  private static boolean allDrawn(JsonNode state) {
    for (JsonNode c : state.path("charts")) {
      if (!c.path("drawn").asBoolean()) {
        return false;
      }
    }
    return true;
  }

  private static Map<String, double[]> byChannel(ChartDataResult result) {
    Map<String, double[]> rows = new HashMap<>();
    for (Map<String, Object> r : result.data()) {
      Object orders = r.get("orders");
      rows.put(String.valueOf(r.get("sales_channel")), new double[] {((Number) r.get("revenue")).doubleValue(),
          orders == null ? Double.NaN : ((Number) orders).doubleValue()});
    }
    return rows;
  }

  private static Map<String, double[]> revenueAndOrdersByChannel(String where) throws Exception {
    return query("select sales_channel, coalesce(sum(net_revenue), 0), count(*) from marts.fct_orders"
        + " where is_revenue_recognized and " + where + " group by 1");
  }

  private static Map<String, double[]> revenueAndOrdersByChannelAll(String where) throws Exception {
    return query("select sales_channel, coalesce(sum(net_revenue), 0), count(*) from marts.fct_orders where "
        + where + " group by 1");
  }

  private static Map<String, double[]> query(String sql) throws Exception {
    Map<String, double[]> rows = new HashMap<>();
    try (Connection c = Warehouse.connect(); PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        rows.put(String.valueOf(rs.getString(1)), new double[] {rs.getBigDecimal(2).doubleValue(), rs.getLong(3)});
      }
    }
    return rows;
  }

  private static double sqlNumber(String sql) throws Exception {
    try (Connection c = Warehouse.connect(); PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      BigDecimal v = rs.getBigDecimal(1);
      return v.doubleValue();
    }
  }
}
