package io.github.supersetsdk.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/spring-boot.md lists exactly the properties of the metadata Boot's annotation processor
 * generated, with the same defaults, one property per table row.
 */
class PropertiesDocTest {

  private static final Pattern ROW = Pattern.compile("^\\| `(superset\\.[a-z0-9.-]+)` \\| ([^|]*) \\|", Pattern.MULTILINE);

  @Test
  void docsTable_matchesGeneratedMetadata() throws Exception {
    JsonNode metadata;
    try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
      assertThat(in).as("generated metadata").isNotNull();
      metadata = new ObjectMapper().readTree(in);
    }
    Map<String, String> generated = new LinkedHashMap<>();
    for (JsonNode p : metadata.path("properties")) {
      JsonNode d = p.path("defaultValue");
      generated.put(p.path("name").asText(), d.isMissingNode() || d.isNull() ? "" : (d.isArray() ? "" : d.asText()));
    }
    String doc = Files.readString(Path.of("..", "docs", "spring-boot.md"));
    Map<String, String> documented = new LinkedHashMap<>();
    Matcher m = ROW.matcher(doc);
    while (m.find()) {
      documented.put(m.group(1), m.group(2).trim());
    }
    assertThat(new TreeSet<>(documented.keySet())).isEqualTo(new TreeSet<>(generated.keySet()));
    generated.forEach((name, value) -> {
      if (!value.isEmpty()) {
        assertThat(documented.get(name)).as("default of %s", name).isEqualTo("`" + value + "`");
      }
    });
  }
}
