package io.github.supersetsdk.ops.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.supersetsdk.client.id.ChartId;
import io.github.supersetsdk.client.model.ChartDatasource;
import io.github.supersetsdk.client.request.ChartDataQuery;
import io.github.supersetsdk.client.request.ChartDataRequest;
import io.github.supersetsdk.client.request.QueryFilter;
import java.util.List;
import org.junit.jupiter.api.Test;

class NativeFiltersTest {

  private static final String METADATA = """
      {"native_filter_configuration": [
        {"id": "NATIVE_FILTER-1", "filterType": "filter_select",
         "targets": [{"datasetId": 7, "column": {"name": "sales_channel"}}],
         "chartsInScope": [11, 12],
         "defaultDataMask": {"extraFormData": {"filters": [{"col": "sales_channel", "op": "IN", "val": ["web"]}]},
                             "filterState": {"value": ["web"]}}},
        {"id": "NATIVE_FILTER-2", "filterType": "filter_time",
         "targets": [{}],
         "scope": {"rootPath": ["ROOT_ID"], "excluded": [12]},
         "defaultDataMask": {"extraFormData": {"time_range": "Last quarter"}}},
        {"id": "NATIVE_FILTER-3", "filterType": "filter_select",
         "targets": [{"datasetId": 7, "column": {"name": "status"}}],
         "defaultDataMask": {"filterState": {}}}
      ]}
      """;

  private static ChartDataRequest request(long dataset) {
    return ChartDataRequest.builder(new ChartDatasource(dataset, "table"))
        .query(ChartDataQuery.builder().column("sales_channel").metric("count")
            .filter(QueryFilter.eq("status", "paid")).build())
        .build();
  }

  @Test
  void parse_filtersWithoutDefaults_areIgnored() {
    assertThat(NativeFilters.parse(METADATA).size()).isEqualTo(2);
    assertThat(NativeFilters.parse(null).size()).isZero();
    assertThat(NativeFilters.parse("{}").size()).isZero();
  }

  @Test
  void apply_chartInScope_addsDefaultFilterAndTimeRange() {
    ChartDataRequest applied = NativeFilters.parse(METADATA).apply(ChartId.of(11), request(7));
    ChartDataQuery q = applied.queries().get(0);
    assertThat(q.filters()).hasSize(2);
    assertThat(q.filters().get(0)).isEqualTo(QueryFilter.eq("status", "paid"));
    assertThat(q.filters().get(1).col()).isEqualTo("sales_channel");
    assertThat(q.filters().get(1).op().value()).isEqualTo("IN");
    assertThat(q.filters().get(1).val()).isEqualTo(List.of("web"));
    assertThat(q.timeRange()).isEqualTo("Last quarter");
  }

  @Test
  void apply_chartExcludedFromTimeFilter_getsOnlySelectFilter() {
    ChartDataQuery q = NativeFilters.parse(METADATA).apply(ChartId.of(12), request(7)).queries().get(0);
    assertThat(q.filters()).extracting(QueryFilter::col).containsExactly("status", "sales_channel");
    assertThat(q.timeRange()).isNull();
  }

  @Test
  void apply_chartOutOfEveryScope_isUnchanged() {
    NativeFilters filters = NativeFilters.parse("""
        {"native_filter_configuration": [
          {"targets": [{"datasetId": 7}], "chartsInScope": [11],
           "defaultDataMask": {"extraFormData": {"filters": [{"col": "c", "op": "IN", "val": [1]}]}}}]}
        """);
    ChartDataRequest original = request(7);
    assertThat(filters.apply(ChartId.of(99), original)).isSameAs(original);
  }

  @Test
  void apply_noChartsInScope_usesTargetDataset() {
    NativeFilters filters = NativeFilters.parse("""
        {"native_filter_configuration": [
          {"targets": [{"datasetId": 7}],
           "defaultDataMask": {"extraFormData": {"filters": [{"col": "c", "op": "==", "val": 1}]}}}]}
        """);
    assertThat(filters.apply(ChartId.of(1), request(7)).queries().get(0).filters()).hasSize(2);
    assertThat(filters.apply(ChartId.of(1), request(8)).queries().get(0).filters()).hasSize(1);
  }

  @Test
  void parse_notJson_saysSo() {
    assertThatThrownBy(() -> NativeFilters.parse("{nope"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("json_metadata is not JSON");
  }
}
