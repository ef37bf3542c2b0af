package io.github.supersetsdk.assets.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.github.supersetsdk.assets.AssetsFormatException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Reads asset YAML into plain trees (maps, lists, scalars) remembering where each string scalar
 * was, and writes trees back deterministically: keys sorted, block style, multi-line strings as
 * literal blocks. Thread-safe.
 */
public final class Yaml {

  /** A parsed document and the 1-based line and column of each string scalar, by tree path. */
  public record Parsed(Map<String, Object> root, Map<String, int[]> locations) {}

  private static final YAMLFactory READ = YAMLFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  private static final ObjectMapper WRITE = new ObjectMapper(YAMLFactory.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
      .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
      .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
      .build())
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  // Bundles go to PyYAML, which reads unquoted dates, "yes", "on" and the like as other types:
  // every string is quoted there.
  private static final ObjectMapper WRITE_QUOTED = new ObjectMapper(YAMLFactory.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .disable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
      .build())
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  /** Compact JSON, for field values in diffs and for JSON-string fields of bundles. */
  public static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private Yaml() {}

  /**
   * Parses one document whose root must be a mapping.
   *
   * @param text the YAML
   * @param file the file, for errors
   * @return the tree and the string locations
   * @throws AssetsFormatException if the YAML is malformed or its root is not a mapping
   */
  public static Parsed parse(String text, String file) {
    Map<String, int[]> locations = new HashMap<>();
    try (JsonParser p = READ.createParser(text)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw new AssetsFormatException(file, 1, 1, "the file is empty", null);
      }
      if (t != JsonToken.START_OBJECT) {
        JsonLocation l = p.currentTokenLocation();
        throw new AssetsFormatException(file, l.getLineNr(), l.getColumnNr(), "expected a mapping at the top", null);
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> root = (Map<String, Object>) value(p, "", locations);
      return new Parsed(root, locations);
    } catch (JsonProcessingException e) {
      JsonLocation l = e.getLocation();
      String msg = e.getOriginalMessage();
      int nl = msg.indexOf('\n');
      throw new AssetsFormatException(file, l == null ? 0 : l.getLineNr(), l == null ? 0 : l.getColumnNr(),
          "malformed YAML: " + (nl < 0 ? msg : msg.substring(0, nl)), e);
    } catch (IOException e) {
      throw new AssetsFormatException(file, 0, 0, "cannot read: " + e.getMessage(), e);
    }
  }

  private static @Nullable Object value(JsonParser p, String path, Map<String, int[]> locations) throws IOException {
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT -> {
        Map<String, Object> m = new LinkedHashMap<>();
        while (p.nextToken() != JsonToken.END_OBJECT) {
          String key = p.currentName();
          p.nextToken();
          m.put(key, value(p, path.isEmpty() ? key : path + "." + key, locations));
        }
        return m;
      }
      case START_ARRAY -> {
        List<Object> l = new ArrayList<>();
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
          l.add(value(p, path + "[" + i++ + "]", locations));
        }
        return l;
      }
      case VALUE_STRING -> {
        JsonLocation l = p.currentTokenLocation();
        locations.put(path, new int[] {l.getLineNr(), l.getColumnNr()});
        return p.getText();
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return p.getNumberValue();
      }
      case VALUE_TRUE -> {
        return Boolean.TRUE;
      }
      case VALUE_FALSE -> {
        return Boolean.FALSE;
      }
      case VALUE_NULL -> {
        return null;
      }
      default -> throw new IOException("unexpected " + t);
    }
  }

  /**
   * Writes a tree as YAML with sorted keys.
   *
   * @param root the tree
   * @return the YAML text, ending with a newline
   */
  public static String write(Object root) {
    try {
      return WRITE.writeValueAsString(sorted(root));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write YAML", e);
    }
  }

  /**
   * Writes a tree as YAML with sorted keys and every string quoted, for Superset's importer.
   *
   * @param root the tree
   * @return the YAML text
   */
  public static String writeQuoted(Object root) {
    try {
      return WRITE_QUOTED.writeValueAsString(sorted(root));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write YAML", e);
    }
  }

  /**
   * Writes a value as compact JSON with sorted keys.
   *
   * @param value the value
   * @return the JSON
   */
  public static String json(@Nullable Object value) {
    try {
      return JSON.writeValueAsString(sorted(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  /**
   * Parses JSON text into a tree.
   *
   * @param text the JSON
   * @return the tree, or {@code null} if the text is not JSON
   */
  public static @Nullable Object parseJson(String text) {
    try {
      return JSON.readValue(text, Object.class);
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  @SuppressWarnings("unchecked")
  private static @Nullable Object sorted(@Nullable Object v) {
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> out = new TreeMap<>();
      ((Map<String, Object>) m).forEach((k, x) -> out.put(k, sorted(x)));
      return out;
    }
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      l.forEach(x -> out.add(sorted(x)));
      return out;
    }
    return v;
  }
}
