package io.github.supersetsdk.dbt.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImmutablesTest {

  private static Map<String, Object> adopted(Object... keysAndValues) {
    LinkedHashMap<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return Immutables.adopt(m);
  }

  @Test
  void smallMaps_withTheSameEntriesInAnotherOrder_areEqual_asMapsMustBe() {
    // dbt may write a node's config keys in any order; the nodes are the same.
    Map<String, Object> a = adopted("materialized", "table", "schema", "s");
    Map<String, Object> b = adopted("schema", "s", "materialized", "table");

    assertThat(a).isEqualTo(b);
    assertThat(b).isEqualTo(a);
    assertThat(a.hashCode()).isEqualTo(b.hashCode());
    assertThat(a).isEqualTo(new HashMap<>(b));
    assertThat(new HashSet<>(List.of(a, b))).hasSize(1);
    assertThat(a).isNotEqualTo(adopted("materialized", "view", "schema", "s"));
    assertThat(a).isNotEqualTo(adopted("materialized", "table"));
  }
}
