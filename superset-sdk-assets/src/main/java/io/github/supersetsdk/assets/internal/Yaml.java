package io.github.supersetsdk.assets.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import io.github.supersetsdk.assets.AssetsFormatException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads asset YAML into plain trees (maps, lists, scalars) remembering where each string scalar
 * was, and writes trees back deterministically: keys sorted, block style, multi-line strings as
 * literal blocks. Thread-safe.
 */
public final class Yaml {

  /** A parsed document and the 1-based line and column of each string scalar, by tree path. */
  public record Parsed(Map<String, Object> root, Map<String, int[]> locations) {}

  // How PyYAML's resolver (YAML 1.1) types a plain scalar as a number; what it does not type so is a
  // string to Superset, whatever Jackson's YAML 1.2-style reading makes of it. A float needs a dot,
  // and its exponent a sign.
  private static final Pattern PYYAML_INT = Pattern.compile(
      "[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+");
  private static final Pattern PYYAML_FLOAT = Pattern.compile(
      "[-+]?(?:[0-9][0-9_]*)\\.[0-9_]*(?:[eE][-+][0-9]+)?|\\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?"
          + "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)");

  private static final YAMLFactory READ = YAMLFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  private static final ObjectMapper WRITE = new ObjectMapper(YAMLFactory.builder()
      .stringQuotingChecker(new NumberLikeQuoted())
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
      .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
      .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
      .build())
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .registerModule(pyyamlFloats());

  // Bundles go to PyYAML, which reads unquoted dates, "yes", "on" and the like as other types:
  // every string is quoted there.
  private static final ObjectMapper WRITE_QUOTED = new ObjectMapper(YAMLFactory.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .disable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
      .build())
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .registerModule(pyyamlFloats());

  /** Compact JSON, for field values in diffs and for JSON-string fields of bundles. */
  public static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private Yaml() {}

  // Jackson leaves 920188e6 or 1e5 unquoted; a YAML 1.2 reader (an editor, a linter, another tool)
  // would take them for numbers. Quoted, every reader sees the string Superset holds.
  private static final class NumberLikeQuoted extends StringQuotingChecker.Default {
    private static final long serialVersionUID = 1L;
    private static final Pattern NUMBER_LIKE = Pattern.compile(
        "[-+]?(?:\\.[0-9][0-9_]*|[0-9][0-9_]*(?:\\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)");

    @Override
    public boolean needToQuoteValue(String value) {
      return super.needToQuoteValue(value) || NUMBER_LIKE.matcher(value).matches();
    }
  }

  // Java writes 1e20 as 1.0E20, which PyYAML (and so this reader) takes for a string: its exponent
  // has no sign. Floats are written as PyYAML reads them back: 1.0E+20, .inf, .nan.
  private static SimpleModule pyyamlFloats() {
    SimpleModule m = new SimpleModule();
    JsonSerializer<Number> floats = new JsonSerializer<>() {
      @Override
      public void serialize(Number n, JsonGenerator g,
          SerializerProvider provider) throws IOException {
        g.writeNumber(pyyamlFloat(n.doubleValue()));
      }
    };
    m.addSerializer(Double.class, floats);
    m.addSerializer(Float.class, floats);
    return m;
  }

  static String pyyamlFloat(double d) {
    if (Double.isNaN(d)) {
      return ".nan";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? ".inf" : "-.inf";
    }
    String text = Double.toString(d);
    int e = text.indexOf('E');
    return e < 0 || text.charAt(e + 1) == '-' ? text : text.substring(0, e + 1) + "+" + text.substring(e + 1);
  }

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
        String text = p.getText();
        if (PYYAML_INT.matcher(text).matches()) {
          return p.getNumberValue();
        }
        if (PYYAML_FLOAT.matcher(text).matches()) {
          String lower = text.toLowerCase(Locale.ROOT);
          return lower.endsWith(".nan") ? Double.NaN
              : lower.endsWith(".inf") ? (lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY)
              : p.getNumberValue();
        }
        // Text PyYAML (YAML 1.1, Superset's side) reads as a string, e.g. 920188e6 or 1e5: it writes
        // such strings unquoted, and reading them as numbers would change them on the round trip.
        JsonLocation l = p.currentTokenLocation();
        locations.put(path, new int[] {l.getLineNr(), l.getColumnNr()});
        return text;
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
