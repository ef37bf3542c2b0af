package io.github.supersetsdk.client.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.supersetsdk.client.id.ChartId;
import org.junit.jupiter.api.Test;

class DashboardLayoutTest {

  private static final ChartId A = ChartId.of(1);
  private static final ChartId B = ChartId.of(2);

  @Test
  void positionJson_rowOfTwoCharts_isSupersetsV2Layout() {
    DashboardLayout layout = DashboardLayout.builder().row(r -> r.chart(A, 6, 50).chart(B, 6, 40)).build();
    assertThat(layout.positionJson()).isEqualTo("{\"DASHBOARD_VERSION_KEY\":\"v2\","
        + "\"ROOT_ID\":{\"type\":\"ROOT\",\"id\":\"ROOT_ID\",\"children\":[\"GRID_ID\"]},"
        + "\"GRID_ID\":{\"type\":\"GRID\",\"id\":\"GRID_ID\",\"children\":[\"ROW-1\"],\"parents\":[\"ROOT_ID\"]},"
        + "\"ROW-1\":{\"type\":\"ROW\",\"id\":\"ROW-1\",\"children\":[\"CHART-1\",\"CHART-2\"],"
        + "\"parents\":[\"ROOT_ID\",\"GRID_ID\"],\"meta\":{\"background\":\"BACKGROUND_TRANSPARENT\"}},"
        + "\"CHART-1\":{\"type\":\"CHART\",\"id\":\"CHART-1\",\"children\":[],\"parents\":[\"ROOT_ID\",\"GRID_ID\","
        + "\"ROW-1\"],\"meta\":{\"width\":6,\"height\":50,\"chartId\":1}},"
        + "\"CHART-2\":{\"type\":\"CHART\",\"id\":\"CHART-2\",\"children\":[],\"parents\":[\"ROOT_ID\",\"GRID_ID\","
        + "\"ROW-1\"],\"meta\":{\"width\":6,\"height\":40,\"chartId\":2}}}");
    assertThat(layout.chartIds()).containsExactly(A, B);
  }

  @Test
  void tabsHeadersAndMarkdown_nestWithParents() {
    DashboardLayout layout = DashboardLayout.builder()
        .header("Revenue")
        .markdown("Hello")
        .tabs(t -> t.tab("One", tab -> tab.row(r -> r.chart(A, 12, 50))).tab("Two", tab -> tab.header("B").row(r -> r.chart(B, 4, 50))))
        .build();
    String json = layout.positionJson();
    assertThat(json).contains("\"GRID_ID\":{\"type\":\"GRID\",\"id\":\"GRID_ID\",\"children\":[\"HEADER-1\",\"ROW-1\",\"TABS-1\"]");
    assertThat(json).contains("\"TABS-1\":{\"type\":\"TABS\",\"id\":\"TABS-1\",\"children\":[\"TAB-1\",\"TAB-2\"]");
    assertThat(json).contains("\"CHART-2\":{\"type\":\"CHART\",\"id\":\"CHART-2\",\"children\":[],\"parents\":"
        + "[\"ROOT_ID\",\"GRID_ID\",\"TABS-1\",\"TAB-2\",\"ROW-3\"]");
    assertThat(json).contains("\"meta\":{\"width\":12,\"height\":50,\"code\":\"Hello\"}");
    assertThat(json).contains("\"meta\":{\"text\":\"One\",\"defaultText\":\"Tab title\",\"placeholder\":\"Tab title\"}");
  }

  @Test
  void row_widerThanTheGrid_isRefusedWithItsWidths() {
    DashboardLayout.Builder b = DashboardLayout.builder().row(r -> r.chart(A, 12, 50));
    assertThatThrownBy(() -> b.row(r -> r.chart(B, 8, 50).markdown("x", 6, 50)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("row 2: widths 8 + 6 = 14 exceed the 12 columns of the grid");
  }

  @Test
  void chart_twice_orOutOfRange_isRefusedSayingWhere() {
    assertThatThrownBy(() -> DashboardLayout.builder().row(r -> r.chart(A, 4, 50))
        .tabs(t -> t.tab("Details", tab -> tab.row(r -> r.chart(A, 4, 50)))))
        .hasMessage("tabs 1, tab 'Details': row 1, item 1 (chart 1): chart 1 is already at row 1, item 1 (chart 1);"
            + " Superset shows a chart once per dashboard");
    assertThatThrownBy(() -> DashboardLayout.builder().row(r -> r.chart(A, 0, 50)))
        .hasMessage("row 1, item 1 (chart 1): width 0 is not between 1 and 12");
    assertThatThrownBy(() -> DashboardLayout.builder().row(r -> r.chart(A, 3, -1)))
        .hasMessage("row 1, item 1 (chart 1): height -1 is not positive");
    assertThatThrownBy(() -> DashboardLayout.builder().row(r -> { }))
        .hasMessage("row 1 is empty: add a chart or markdown");
    assertThatThrownBy(() -> DashboardLayout.builder().build()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void layout_isUsableInCreateAndUpdateRequests() {
    DashboardLayout layout = DashboardLayout.builder().row(r -> r.chart(A, 6, 50)).build();
    assertThat(CreateDashboardRequest.builder("x").layout(layout).build().positionJson()).isEqualTo(layout.positionJson());
    assertThat(UpdateDashboardRequest.builder().layout(layout).build().positionJson().value())
        .isEqualTo(layout.positionJson());
  }
}
