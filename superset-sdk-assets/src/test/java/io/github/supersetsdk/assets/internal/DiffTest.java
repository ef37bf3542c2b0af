package io.github.supersetsdk.assets.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.supersetsdk.assets.FieldChange;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DiffTest {

  @Test
  void diff_reportsChangedAddedRemovedLeaves_byPath() {
    Map<String, Object> server = Map.of("slice_name", "A", "params", Map.of("metrics", List.of("x", "y"), "row_limit", 10));
    Map<String, Object> folder = Map.of("slice_name", "B", "params", Map.of("metrics", List.of("x"), "color", "red",
        "row_limit", 10L));
    assertThat(Diff.diff(server, folder)).containsExactly(
        new FieldChange("params.color", null, "\"red\""),
        new FieldChange("params.metrics[1]", "\"y\"", null),
        new FieldChange("slice_name", "\"A\"", "\"B\""));
  }

  @Test
  void diff_equalTrees_keyOrderAndNumberTypes_noChange() {
    assertThat(Diff.diff(Map.of("a", 1, "b", Map.of("c", 2.0)), Map.of("b", Map.of("c", 2), "a", 1L))).isEmpty();
    assertThat(Diff.diff(Map.of("a", Map.of()), Map.of("a", Map.of()))).isEmpty();
  }

  @Test
  void diff_namedItems_oneAddedColumnIsOneChange_notEveryLaterOneShifted() {
    Map<String, Object> server = Map.of("columns", List.of(
        Map.of("column_name", "currency_code", "type", "TEXT"), Map.of("column_name", "revenue", "type", "NUMERIC")));
    Map<String, Object> folder = Map.of("columns", List.of(
        Map.of("column_name", "added_col", "type", "TEXT"),
        Map.of("column_name", "currency_code", "type", "TEXT"), Map.of("column_name", "revenue", "type", "NUMERIC")));

    assertThat(Diff.diff(server, folder)).containsExactly(
        new FieldChange("columns[]", "[\"currency_code\",\"revenue\"]", "[\"added_col\",\"currency_code\",\"revenue\"]"),
        new FieldChange("columns[added_col].column_name", null, "\"added_col\""),
        new FieldChange("columns[added_col].type", null, "\"TEXT\""));
  }

  @Test
  void diff_namedItemsReordered_showsTheOrderOnly_andUnnamedItemsStayByPosition() {
    Map<String, Object> server = Map.of("native_filter_configuration", List.of(Map.of("id", "F-1", "name", "a"),
        Map.of("id", "F-2", "name", "b")));
    Map<String, Object> folder = Map.of("native_filter_configuration", List.of(Map.of("id", "F-2", "name", "b"),
        Map.of("id", "F-1", "name", "a")));
    assertThat(Diff.diff(server, folder)).containsExactly(
        new FieldChange("native_filter_configuration[]", "[\"F-1\",\"F-2\"]", "[\"F-2\",\"F-1\"]"));
    // Two items with one name: by position.
    Map<String, Object> twins = Map.of("m", List.of(Map.of("id", 1, "v", 1), Map.of("id", 1, "v", 2)));
    assertThat(Diff.flatten(twins)).containsKeys("m[0].v", "m[1].v");
  }
}
