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
}
