package io.github.supersetsdk.client.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.internal.json.Json;
import io.github.supersetsdk.client.model.TimeGrain;
import io.github.supersetsdk.client.model.VizType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChartSpecTest {

  private static final DatasetId ORDERS = DatasetId.of(12);
  private static final String REVENUE =
      "{\"expressionType\":\"SIMPLE\",\"column\":{\"column_name\":\"net_revenue\"},\"aggregate\":\"SUM\","
          + "\"label\":\"revenue\",\"hasCustomLabel\":true}";

  private static ChartSpec table() {
    return ChartSpec.builder(ORDERS, VizType.TABLE)
        .metric(Metric.sum("net_revenue").as("revenue"))
        .groupby("plan")
        .filter(QueryFilter.eq("status", "active"))
        .rowLimit(100)
        .build();
  }

  @Test
  void params_table_matchesSupersetsFormData() {
    assertThat(Json.write(table().params())).isEqualTo("{\"datasource\":\"12__table\",\"viz_type\":\"table\","
        + "\"metrics\":[" + REVENUE + "],\"groupby\":[\"plan\"],\"query_mode\":\"aggregate\",\"all_columns\":[],"
        + "\"percent_metrics\":[],\"adhoc_filters\":[{\"expressionType\":\"SIMPLE\",\"subject\":\"status\","
        + "\"operator\":\"==\",\"comparator\":\"active\",\"clause\":\"WHERE\"}],\"row_limit\":100,\"order_desc\":true}");
  }

  @Test
  void queryContext_table_matchesTheParams() {
    String params = Json.write(table().params());
    assertThat(Json.write(table().queryContext())).isEqualTo("{\"datasource\":{\"id\":12,\"type\":\"table\"},"
        + "\"queries\":[{\"columns\":[\"plan\"],\"metrics\":[" + REVENUE + "],"
        + "\"filters\":[{\"col\":\"status\",\"op\":\"==\",\"val\":\"active\"}],\"orderby\":[[" + REVENUE + ",false]],"
        + "\"row_limit\":100,\"extras\":{},\"post_processing\":[]}],\"form_data\":" + params + "}");
  }

  @Test
  void bigNumber_writesOneMetricAndNoGroupsOrOrder() {
    ChartSpec spec = ChartSpec.builder(ORDERS, VizType.BIG_NUMBER_TOTAL).metric(Metric.count()).build();
    assertThat(spec.params()).containsEntry("metric", Metric.count().toJsonValue())
        .doesNotContainKeys("metrics", "groupby", "order_desc", "row_limit");
    ChartDataQuery q = spec.queryContext().queries().get(0);
    assertThat(q.metrics()).containsExactly(Map.of("expressionType", "SQL", "sqlExpression", "COUNT(*)",
        "label", "COUNT(*)", "hasCustomLabel", false));
    assertThat(q.columns()).isEmpty();
    assertThat(q.orderby()).isEmpty();
  }

  @Test
  void timeseries_writesTheAxisWithItsGrainInParamsAndQuery() {
    ChartSpec spec = ChartSpec.builder(ORDERS, VizType.TIMESERIES_LINE)
        .metric(Metric.saved("count")).xAxis("order_date").timeGrain(TimeGrain.MONTH).groupby("plan").build();
    assertThat(spec.params()).containsEntry("x_axis", "order_date").containsEntry("time_grain_sqla", "P1M")
        .containsEntry("metrics", List.of("count")).containsEntry("groupby", List.of("plan"));
    ChartDataQuery q = spec.queryContext().queries().get(0);
    assertThat(Json.write(q.columns())).isEqualTo("[{\"timeGrain\":\"P1M\",\"columnType\":\"BASE_AXIS\","
        + "\"sqlExpression\":\"order_date\",\"label\":\"order_date\",\"expressionType\":\"SQL\"},\"plan\"]");
    assertThat(q.extras()).containsEntry("time_grain_sqla", "P1M");
  }

  @Test
  void fromFormData_ofItsOwnParams_givesTheSameSpec() {
    List<ChartSpec> specs = List.of(table(),
        ChartSpec.builder(ORDERS, VizType.PIE).metric(Metric.sql("SUM(a) - SUM(b)").as("margin")).groupby("plan")
            .orderDesc(false).build(),
        ChartSpec.builder(ORDERS, VizType.BIG_NUMBER_TOTAL).metric(Metric.countDistinct("customer_id")).build(),
        ChartSpec.builder(ORDERS, VizType.TIMESERIES_BAR).metric(Metric.avg("net_revenue"))
            .xAxis("order_date").timeGrain(TimeGrain.WEEK).timeRange("order_date", "Last year").build());
    for (ChartSpec spec : specs) {
      assertThat(ChartSpec.fromFormData(spec.params())).isEqualTo(spec);
    }
  }

  @Test
  void build_bigNumberWithTwoMetrics_saysWhatIsWrong() {
    ChartSpec.Builder b = ChartSpec.builder(ORDERS, VizType.BIG_NUMBER_TOTAL).metric(Metric.count()).metric(Metric.max("x"));
    assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("big_number_total takes exactly one metric, got 2");
  }

  @Test
  void build_twoColumnsOrMetricsWithOneLabel_isRefusedBeforeSupersetRefusesTheQuery() {
    ChartSpec.Builder twice = ChartSpec.builder(ORDERS, VizType.TABLE)
        .metric(Metric.sum("net_revenue")).metric(Metric.sum("net_revenue")).groupby(List.of("tenant_id"));
    assertThatThrownBy(twice::build).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the label 'SUM(net_revenue)' is used twice").hasMessageContaining("Metric.as");
    assertThatThrownBy(() -> ChartSpec.builder(ORDERS, VizType.TABLE)
        .metric(Metric.count().as("tenant_id")).groupby(List.of("tenant_id")).build())
        .hasMessageStartingWith("the label 'tenant_id' is used twice");
    assertThatThrownBy(() -> ChartSpec.builder(ORDERS, VizType.TIMESERIES_LINE).xAxis("ordered_at")
        .groupby(List.of("ordered_at")).metric(Metric.count()).build())
        .hasMessageStartingWith("the label 'ordered_at' is used twice");
    // Renamed, the same aggregate twice is fine.
    assertThat(twice.metrics(List.of(Metric.sum("net_revenue"), Metric.sum("net_revenue").as("revenue"))).build()
        .metrics()).hasSize(2);
  }

  @Test
  void build_timeseriesWithoutAxis_orUnknownViz_isRefused() {
    assertThatThrownBy(() -> ChartSpec.builder(ORDERS, VizType.TIMESERIES_BAR).metric(Metric.count()).build())
        .hasMessage("echarts_timeseries_bar needs an xAxis: the temporal column to plot over");
    assertThatThrownBy(() -> ChartSpec.builder(ORDERS, VizType.of("deck_arc")).metric(Metric.count()).build())
        .hasMessageStartingWith("ChartSpec does not describe viz type 'deck_arc'");
    assertThatThrownBy(() -> ChartSpec.builder(ORDERS, VizType.TABLE).build())
        .hasMessage("table needs at least one metric or groupby column");
  }

  @Test
  void createChartRequest_of_fillsVizDatasourceParamsAndQueryContextFromTheSpec() {
    CreateChartRequest r = CreateChartRequest.of("Revenue by plan", table()).build();
    assertThat(r.vizType()).isEqualTo(VizType.TABLE);
    assertThat(r.datasourceId()).isEqualTo(12L);
    assertThat(r.datasourceType()).isEqualTo("table");
    assertThat(r.params()).isEqualTo(Json.write(table().params()));
    assertThat(r.queryContext()).isEqualTo(Json.write(table().queryContext()));
  }

  @Test
  void metric_labelsAndRoundTrip() {
    assertThat(Metric.sum("x").label()).isEqualTo("SUM(x)");
    assertThat(Metric.countDistinct("x").as("n").label()).isEqualTo("n");
    assertThat(Metric.saved("count").toJsonValue()).isEqualTo("count");
    assertThat(Metric.fromJsonValue(Metric.min("x").as("low").toJsonValue())).isEqualTo(Metric.min("x").as("low"));
    assertThat(Metric.fromJsonValue(Metric.sql("SUM(x)").toJsonValue())).isEqualTo(Metric.sql("SUM(x)"));
    assertThatThrownBy(() -> Metric.saved("count").as("n")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Metric.sum(" ")).hasMessage("column is blank");
  }

  @Test
  void fromSavedQueryContext_keepsUnknownFields_andWritesThemBack() {
    String saved = "{\"datasource\":{\"id\":12,\"type\":\"table\"},\"force\":false,\"queries\":[{\"filters\":[],"
        + "\"extras\":{\"having\":\"\",\"where\":\"\"},\"applied_time_extras\":{},\"columns\":[\"plan\"],"
        + "\"metrics\":[\"count\"],\"annotation_layers\":[],\"row_limit\":10,\"series_limit\":0,"
        + "\"url_params\":{},\"custom_params\":{},\"custom_form_data\":{}}],\"form_data\":{\"viz_type\":\"table\"},"
        + "\"result_format\":\"json\",\"result_type\":\"full\"}";
    ChartDataRequest r = ChartDataRequest.fromSavedQueryContext(saved);
    assertThat(r.otherFields()).containsOnlyKeys("result_format");
    assertThat(r.queries().get(0).otherFields())
        .containsOnlyKeys("applied_time_extras", "annotation_layers", "series_limit", "url_params", "custom_params",
            "custom_form_data");
    assertThat(r.queries().get(0).rowLimit()).isEqualTo(10);
    assertThat(r.queries().get(0).columns()).containsExactly("plan");
    // Written back, the request is the saved document field for field, plus the empty orderby and
    // post_processing lists the records always write (Superset's defaults).
    com.fasterxml.jackson.databind.JsonNode expected = readTree(saved);
    ((com.fasterxml.jackson.databind.node.ObjectNode) expected.get("queries").get(0))
        .set("orderby", Json.mapper().createArrayNode());
    ((com.fasterxml.jackson.databind.node.ObjectNode) expected.get("queries").get(0))
        .set("post_processing", Json.mapper().createArrayNode());
    assertThat((Object) Json.mapper().valueToTree(r)).isEqualTo(expected);
  }

  @Test
  void fromSavedQueryContext_badInput_saysWhere() {
    assertThatThrownBy(() -> ChartDataRequest.fromSavedQueryContext("{\"datasource\":{\"id\":1,\"type\":\"table\"}"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("query context is not valid JSON at line 1");
    assertThatThrownBy(() -> ChartDataRequest.fromSavedQueryContext("{\"datasource\":{\"id\":1,\"type\":\"table\"},"
        + "\"queries\":[{\"row_limit\":\"many\"}]}"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("query context: $.queries[0].row_limit:");
    assertThatThrownBy(() -> ChartDataRequest.fromSavedQueryContext("{\"queries\":[]}"))
        .hasMessage("query context: $.queries is missing or empty");
    assertThatThrownBy(() -> ChartDataRequest.fromSavedQueryContext("{\"queries\":[{\"columns\":[\"a\""))
        .hasMessageContaining("start marker at line 1, column 24").hasMessageNotContaining("Source:");
  }

  private static com.fasterxml.jackson.databind.JsonNode readTree(String json) {
    try {
      return Json.mapper().readTree(json);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
