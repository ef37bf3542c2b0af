package io.github.supersetsdk.assets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateValuesTest {

  @Test
  @SuppressWarnings("unchecked")
  void with_listAndMapValues_areDeepUnmodifiableCopies() {
    List<Object> hosts = new ArrayList<>(List.of("a"));
    Map<String, Object> nested = new LinkedHashMap<>();
    nested.put("ports", new ArrayList<>(List.of(5432)));
    Map<String, Object> more = new LinkedHashMap<>();
    more.put("db", nested);

    TemplateValues values = TemplateValues.empty().with("hosts", hosts).withAll(more);
    hosts.add("b");
    ((List<Object>) nested.get("ports")).add(6543);
    nested.put("user", "x");

    assertThat(values.asMap()).isEqualTo(Map.of("hosts", List.of("a"), "db", Map.of("ports", List.of(5432))));
    Map<String, Object> db = (Map<String, Object>) values.asMap().get("db");
    assertThatThrownBy(() -> ((List<Object>) values.asMap().get("hosts")).add("c"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> db.put("user", "y")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ((List<Object>) db.get("ports")).clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> values.asMap().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  @SuppressWarnings("unchecked")
  void withEnvironment_isSortedAndUnmodifiable_andDetachedFromTheInput() {
    Map<String, String> environment = new HashMap<>(Map.of("B_HOST", "b", "A_HOST", "a"));

    TemplateValues values = TemplateValues.empty().withEnvironment(environment);
    environment.put("C_HOST", "c");

    Map<String, Object> env = (Map<String, Object>) values.asMap().get("env");
    assertThat(env.keySet()).containsExactly("A_HOST", "B_HOST");
    assertThatThrownBy(() -> env.put("A_HOST", "evil")).isInstanceOf(UnsupportedOperationException.class);
    assertThat(values.asMap().get("env")).isEqualTo(Map.of("A_HOST", "a", "B_HOST", "b"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void withYamlFile_nestedValuesAreUnmodifiable(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("values.yaml"), "warehouse:\n  hosts:\n    - a\n    - b\n");

    TemplateValues values = TemplateValues.empty().withYamlFile(file);

    Map<String, Object> warehouse = (Map<String, Object>) values.asMap().get("warehouse");
    assertThat(warehouse.get("hosts")).isEqualTo(List.of("a", "b"));
    assertThatThrownBy(() -> ((List<Object>) warehouse.get("hosts")).add("c"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
