package io.github.supersetsdk.assets.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class YamlTest {

  @Test
  void plainScalarsArTypedAsPyYamlTypesThem_notAsYaml12Would() {
    // Superset's exporter (PyYAML) writes these strings unquoted: they are strings in YAML 1.1.
    Map<String, Object> root = Yaml.parse("""
        sci: 920188e6
        exp: 1e5
        noSign: 1.0e5
        leadingDot: -.5
        float: 1.5
        signed: 1.0e+5
        int: 42
        octal: 012
        inf: .inf
        nan: .NaN
        text: plain
        """, "t.yaml").root();

    assertThat(root.get("sci")).isEqualTo("920188e6");
    assertThat(root.get("exp")).isEqualTo("1e5");
    assertThat(root.get("noSign")).isEqualTo("1.0e5");
    assertThat(root.get("leadingDot")).isEqualTo("-.5");
    assertThat(root.get("float")).isEqualTo(1.5);
    assertThat(root.get("signed")).isEqualTo(100000.0);
    assertThat(root.get("int")).isEqualTo(42);
    assertThat(root.get("octal")).isEqualTo(10);
    assertThat(root.get("inf")).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat((Double) root.get("nan")).isNaN();
    assertThat(Yaml.parse("sci: 920188e6\n", "t.yaml").locations()).containsKey("sci");
  }

  @Test
  void writtenThenRead_keepsEveryValueAndType() {
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("big", 1e20);
    tree.put("small", 1.5e-7);
    tree.put("half", 0.5);
    tree.put("inf", Double.NEGATIVE_INFINITY);
    tree.put("sci", "920188e6");
    tree.put("exp", "1e5");
    tree.put("n", 7);

    String text = Yaml.write(tree);

    assertThat(Yaml.parse(text, "t.yaml").root()).isEqualTo(tree);
    assertThat(text).contains("big: 1.0E+20");
    // Strings that a YAML 1.2 reader would take for numbers are quoted.
    assertThat(text).contains("sci: \"920188e6\"").contains("exp: \"1e5\"");
  }
}
