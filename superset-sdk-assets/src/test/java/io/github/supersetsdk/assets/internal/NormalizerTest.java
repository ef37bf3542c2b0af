package io.github.supersetsdk.assets.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.supersetsdk.assets.AssetType;
import io.github.supersetsdk.assets.FieldChange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@SuppressWarnings("unchecked")
class NormalizerTest {

  private static final UUID A = UUID.fromString("11111111-1111-4111-8111-111111111111");
  private static final UUID B = UUID.fromString("22222222-2222-4222-8222-222222222222");

  @Test
  void database_secretsDropped_uriPasswordMasked() {
    Map<String, Object> db = new LinkedHashMap<>(Map.of("database_name", "w", "uuid", A.toString(),
        "sqlalchemy_uri", "postgresql://reader:s3cret@host:5432/w", "password", "s3cret",
        "encrypted_extra", "{\"k\": 1}", "masked_encrypted_extra", "{}",
        "ssh_tunnel", new LinkedHashMap<>(Map.of("server_address", "h", "password", "p", "private_key", "k"))));
    Map<String, Object> n = Normalizer.normalize(AssetType.DATABASE, db);
    assertThat(n).doesNotContainKeys("password", "encrypted_extra", "masked_encrypted_extra");
    assertThat(n.get("sqlalchemy_uri")).isEqualTo("postgresql://reader:XXXXXXXXXX@host:5432/w");
    assertThat((Map<Object, Object>) n.get("ssh_tunnel")).containsOnlyKeys("server_address");
    assertThat(Yaml.write(n)).doesNotContain("s3cret");
  }

  @Test
  void maskUri_passwordWithSlashQuestionMarkHashOrAt_maskedWhole() {
    for (String pw : List.of("S3cr/etPW", "S3c#retPW", "S3c?retPW", "p@ss:w/rd", "plain")) {
      String masked = Normalizer.maskUri("postgresql+psycopg2://superset_reader:" + pw + "@127.0.0.1:5432/warehouse");
      assertThat(masked).as(pw).isEqualTo("postgresql+psycopg2://superset_reader:XXXXXXXXXX@127.0.0.1:5432/warehouse");
    }
    assertThat(Normalizer.maskUri("sqlite:////tmp/x.db")).isEqualTo("sqlite:////tmp/x.db");
    assertThat(Normalizer.maskUri("postgresql://reader@host/w")).isEqualTo("postgresql://reader@host/w");
  }

  @Test
  void chart_serverIdsDropped_queryContextBecomesTree_andBackForImport() {
    Map<String, Object> chart = new LinkedHashMap<>();
    chart.put("slice_name", "c");
    chart.put("params", new LinkedHashMap<>(Map.of("datasource", "362__table", "slice_id", 9, "metric", "m",
        "annotation_layers", List.of())));
    chart.put("query_context", "{\"datasource\":{\"id\":362,\"type\":\"table\"},\"form_data\":{\"datasource\":\"362__table\","
        + "\"slice_id\":9,\"metric\":\"m\"},\"queries\":[{\"datasource\":{\"id\":362},\"metrics\":[\"m\"]}]}");
    Map<String, Object> n = Normalizer.normalize(AssetType.CHART, chart);
    assertThat((Map<Object, Object>) n.get("params")).containsOnlyKeys("metric");
    assertThat(n.get("query_context")).isEqualTo(Map.of("form_data", Map.of("metric", "m"),
        "queries", List.of(Map.of("metrics", List.of("m")))));
    assertThat(Normalizer.normalize(AssetType.CHART, n)).isEqualTo(n);
    assertThat(Normalizer.forImport(AssetType.CHART, n).get("query_context"))
        .isEqualTo("{\"form_data\":{\"metric\":\"m\"},\"queries\":[{\"metrics\":[\"m\"]}]}");
  }

  @Test
  void dataset_columnsAndMetricsSortedByName_jsonStringsParsed() {
    Map<String, Object> ds = new LinkedHashMap<>();
    ds.put("columns", List.of(Map.of("column_name", "b"), Map.of("column_name", "a", "extra", "{\"x\": 1}")));
    ds.put("metrics", List.of(Map.of("metric_name", "z"), Map.of("metric_name", "m")));
    ds.put("extra", "{\"certification\": {\"certified_by\": \"me\"}}");
    Map<String, Object> n = Normalizer.normalize(AssetType.DATASET, ds);
    assertThat((List<Object>) n.get("columns")).extracting(c -> (Object) ((Map<Object, Object>) c).get("column_name")).containsExactly("a", "b");
    assertThat((List<Object>) n.get("metrics")).extracting(c -> (Object) ((Map<Object, Object>) c).get("metric_name")).containsExactly("m", "z");
    assertThat(((Map<Object, Object>) ((List<Object>) n.get("columns")).get(0)).get("extra")).isEqualTo(Map.of("x", 1));
    assertThat(n.get("extra")).isEqualTo(Map.of("certification", Map.of("certified_by", "me")));
  }

  @Test
  void dashboard_chartIdsBecomeUuidRefs_inPositionAndMetadata() {
    Map<String, Object> d = dashboard(List.of("CHART-x", "CHART-y"), "ROW-1", false);
    Map<String, Object> n = Normalizer.normalize(AssetType.DASHBOARD, d);
    long ra = Normalizer.chartRef(A);
    long rb = Normalizer.chartRef(B);
    Map<Object, Object> pos = (Map<Object, Object>) n.get("position");
    assertThat(((Map<Object, Object>) ((Map<Object, Object>) pos.get("CHART-x")).get("meta")).get("chartId")).isEqualTo(ra);
    Map<Object, Object> md = (Map<Object, Object>) n.get("metadata");
    assertThat(md.get("timed_refresh_immune_slices")).isEqualTo(List.of(rb));
    assertThat((Map<Object, Object>) md.get("chart_configuration")).containsOnlyKeys(String.valueOf(ra));
    assertThat(((Map<Object, Object>) ((Map<Object, Object>) md.get("chart_configuration")).get(String.valueOf(ra))).get("id")).isEqualTo(ra);
    assertThat(((Map<Object, Object>) ((Map<Object, Object>) md.get("global_chart_configuration")).get("scope")).get("excluded"))
        .isEqualTo(List.of(rb));
    // The same dashboard on another server (other ids) has the same normal form.
    Map<String, Object> other = dashboard(List.of("CHART-x", "CHART-y"), "ROW-1", false);
    replaceIds(other, 7, 8);
    assertThat(Normalizer.normalize(AssetType.DASHBOARD, other)).isEqualTo(n);
    assertThat(Normalizer.normalize(AssetType.DASHBOARD, n)).isEqualTo(n);
  }

  @Test
  void dashboard_rowSupersetAppendedWithRandomIds_getsIdsFromUuids_inUuidOrder() {
    Map<String, Object> one = Normalizer.normalize(AssetType.DASHBOARD,
        dashboard(List.of("CHART-QWERTYUI", "CHART-ASDFGHJK"), "ROW-N-ZXCVBNMA", true));
    List<String> reversed = new ArrayList<>(List.of("CHART-LKJHGFDS", "CHART-POIUYTRE"));
    Collections.reverse(reversed);
    Map<String, Object> two = Normalizer.normalize(AssetType.DASHBOARD, dashboard(reversed, "ROW-N-MNBVCXZL", true));
    assertThat(Yaml.write(one)).isEqualTo(Yaml.write(two));
    Map<Object, Object> pos = (Map<Object, Object>) one.get("position");
    assertThat(pos).containsKeys("CHART-11111111", "CHART-22222222");
  }

  @Test
  void dashboard_metadataEmptyOrOnlyEmptyKeys_sameAsNone_sentAsEmptyForImport() {
    // As exported: never set (no key), set to {}, and as Superset's import leaves one it had none of.
    Map<String, Object> none = new LinkedHashMap<>(Map.of("dashboard_title", "t", "position", Map.of()));
    Map<String, Object> empty = new LinkedHashMap<>(none);
    empty.put("metadata", new LinkedHashMap<>());
    Map<String, Object> imported = new LinkedHashMap<>(none);
    imported.put("metadata", new LinkedHashMap<>(Map.of("native_filter_configuration", List.of())));
    Map<String, Object> n = Normalizer.normalize(AssetType.DASHBOARD, none);
    assertThat(n).doesNotContainKey("metadata");
    assertThat(Normalizer.normalize(AssetType.DASHBOARD, empty)).isEqualTo(n);
    assertThat(Normalizer.normalize(AssetType.DASHBOARD, imported)).isEqualTo(n);
    assertThat(Diff.diff(Normalizer.normalize(AssetType.DASHBOARD, imported), n)).isEmpty();
    // The import keeps a dashboard's metadata when the file has none, so an empty one is sent.
    assertThat(Normalizer.forImport(AssetType.DASHBOARD, n).get("metadata")).isEqualTo(Map.of());

    // A metadata with something in it is kept, compared and sent as it is.
    Map<String, Object> set = new LinkedHashMap<>(none);
    set.put("metadata", new LinkedHashMap<>(Map.of("color_scheme", "supersetColors", "native_filter_configuration", List.of())));
    Map<String, Object> ns = Normalizer.normalize(AssetType.DASHBOARD, set);
    assertThat(ns.get("metadata")).isEqualTo(Map.of("color_scheme", "supersetColors"));
    assertThat(Diff.diff(Normalizer.normalize(AssetType.DASHBOARD, imported), ns))
        .containsExactly(new FieldChange("metadata.color_scheme", null, "\"supersetColors\""));
    assertThat(Normalizer.forImport(AssetType.DASHBOARD, ns).get("metadata")).isEqualTo(Map.of("color_scheme", "supersetColors"));
  }

  private static void replaceIds(Map<String, Object> d, long a, long b) {
    String y = Yaml.write(d).replace("chartId: 1\n", "chartId: " + a + "\n").replace("chartId: 2\n", "chartId: " + b + "\n")
        .replace("\"1\":", "\"" + a + "\":").replace("'1':", "'" + a + "':").replace("id: 1\n", "id: " + a + "\n")
        .replace("- 2\n", "- " + b + "\n").replace("- 1\n", "- " + a + "\n");
    d.clear();
    d.putAll(Yaml.parse(y, "t").root());
  }

  /** A dashboard with charts A (id 1) and B (id 2) in one row; appended like Superset's export if asked. */
  private static Map<String, Object> dashboard(List<String> chartNodes, String rowId, boolean appended) {
    Map<String, Object> position = new LinkedHashMap<>();
    position.put("ROOT_ID", new LinkedHashMap<>(Map.of("id", "ROOT_ID", "type", "ROOT", "children", List.of("GRID_ID"))));
    position.put("GRID_ID", new LinkedHashMap<>(Map.of("id", "GRID_ID", "type", "GRID", "children", List.of(rowId),
        "parents", List.of("ROOT_ID"))));
    Map<String, Object> rowMeta = appended ? Map.of("0", "ROOT_ID", "background", "BACKGROUND_TRANSPARENT")
        : Map.of("background", "BACKGROUND_TRANSPARENT");
    position.put(rowId, new LinkedHashMap<>(Map.of("id", rowId, "type", "ROW", "children", chartNodes,
        "meta", new LinkedHashMap<>(rowMeta), "parents", List.of("ROOT_ID", "GRID_ID"))));
    for (int i = 0; i < chartNodes.size(); i++) {
      // with appended rows, the node order says nothing: the uuid decides
      UUID u = appended ? (chartNodes.get(i).compareTo(chartNodes.get(1 - i)) < 0 ? A : B) : (i == 0 ? A : B);
      position.put(chartNodes.get(i), new LinkedHashMap<>(Map.of("id", chartNodes.get(i), "type", "CHART",
          "children", List.of(), "parents", List.of("ROOT_ID", "GRID_ID", rowId),
          "meta", new LinkedHashMap<>(Map.of("chartId", u == A ? 1 : 2, "uuid", u.toString(), "width", 4, "height", 50,
              "sliceName", u == A ? "a" : "b")))));
    }
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("timed_refresh_immune_slices", List.of(2));
    metadata.put("chart_configuration", Map.of("1", Map.of("id", 1, "crossFilters", Map.of("scope", "global"))));
    metadata.put("global_chart_configuration", Map.of("scope", Map.of("excluded", List.of(2)), "chartsInScope", List.of(1)));
    metadata.put("default_filters", "{}");
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("dashboard_title", "t");
    d.put("uuid", "33333333-3333-4333-8333-333333333333");
    d.put("position", position);
    d.put("metadata", metadata);
    return d;
  }
}
