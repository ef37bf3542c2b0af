package io.github.supersetsdk.dbt.internal.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import io.github.supersetsdk.dbt.DbtArtifactParseException;
import io.github.supersetsdk.dbt.internal.Immutables;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A thin cursor over Jackson's streaming parser. Readers of values expect the parser to be on the
 * value's first token and leave it on the value's last token, as Jackson's own
 * {@code skipChildren()} does. Type mismatches become {@link DbtArtifactParseException}s that carry
 * the source, location and JSON path.
 */
public final class JsonIn {

  /** Reads one value at the current token. */
  @FunctionalInterface
  public interface ValueReader<T> {
    /**
     * Reads the value whose first token is current.
     *
     * @param in the cursor
     * @param key the map key the value is stored under, or {@code null} inside an array
     * @return the value
     * @throws IOException on read failure
     */
    T read(JsonIn in, @Nullable String key) throws IOException;
  }

  private final JsonParser parser;
  private final String source;
  private @Nullable Integer schemaVersion;

  // Short strings, key arrays and small maps repeat across a manifest; one instance of each is
  // what bounds memory by distinct content. A split read hands one Dedup to each of its chunks.
  private final Dedup dedup;

  // Map builders are reused per nesting level: building a map then only allocates the map itself.
  private final List<Immutables.MapBuilder<?>> builders = new ArrayList<>();
  private int builderDepth;
  private String[] scratch = new String[16];

  /**
   * The instances one reading thread shares between the values it reads: strings, the key arrays
   * of maps of one kind (every model's config has the same keys) and small free-form maps (meta,
   * docs and contract configs repeat verbatim from node to node). Not thread-safe.
   */
  public static final class Dedup {
    private static final int SHARED_MAX_LENGTH = 96;
    private static final int SHARED_MAX_TABLE = 1 << 22;
    // An open-addressing table with the strings' hashes beside them: no per-entry nodes and no
    // rehash chains, which matter when a large manifest shares hundreds of thousands of ids.
    private String[] table = new String[1 << 12];
    private int[] hashes = new int[1 << 12];
    private int tableSize;
    private final java.util.HashMap<Immutables.KeySet, String[]> keyArrays = new java.util.HashMap<>();
    private final java.util.HashMap<Map<String, ?>, Map<String, ?>> sharedMaps = new java.util.HashMap<>();

    /** Creates an empty set of shared instances. */
    public Dedup() {}
  }

  /**
   * Wraps a parser.
   *
   * @param parser the parser, before its first token
   * @param source the file name used in errors
   */
  public JsonIn(JsonParser parser, String source) {
    this(parser, source, new Dedup());
  }

  /**
   * Wraps a parser, sharing instances with the other cursors given the same {@code dedup}.
   *
   * @param parser the parser, before its first token
   * @param source the file name used in errors
   * @param dedup the shared instances, used by one thread at a time
   */
  public JsonIn(JsonParser parser, String source, Dedup dedup) {
    this.parser = parser;
    this.source = source;
    this.dedup = dedup;
  }

  /** @return the underlying parser */
  public JsonParser parser() {
    return parser;
  }

  /** @return the source name */
  public String source() {
    return source;
  }

  /** @return the schema version when known */
  public @Nullable Integer schemaVersion() {
    return schemaVersion;
  }

  /** @param version the schema version read from metadata */
  public void schemaVersion(@Nullable Integer version) {
    this.schemaVersion = version;
  }

  /**
   * Moves to the document's first token and requires an object.
   *
   * @throws IOException on read failure
   */
  public void startDocument() throws IOException {
    JsonToken t = parser.nextToken();
    if (t == null) {
      throw error("empty file: expected a JSON object");
    }
    if (t != JsonToken.START_OBJECT) {
      throw error("expected a JSON object but found " + describe(t));
    }
  }

  /**
   * Requires the end of input after the root object.
   *
   * @throws IOException on read failure
   */
  public void endDocument() throws IOException {
    JsonToken t = parser.nextToken();
    if (t != null) {
      throw error("unexpected content after the end of the document: " + describe(t));
    }
  }

  /**
   * Requires the current token to start an object, or be null.
   *
   * @return true for an object, false for a JSON null
   * @throws IOException on read failure or another token
   */
  public boolean startObject() throws IOException {
    JsonToken t = parser.currentToken();
    if (t == JsonToken.START_OBJECT) {
      return true;
    }
    if (t == JsonToken.VALUE_NULL) {
      return false;
    }
    throw error("expected an object but found " + describe(t));
  }

  /**
   * Requires the current token to start an array, or be null.
   *
   * @return true for an array, false for a JSON null
   * @throws IOException on read failure or another token
   */
  public boolean startArray() throws IOException {
    JsonToken t = parser.currentToken();
    if (t == JsonToken.START_ARRAY) {
      return true;
    }
    if (t == JsonToken.VALUE_NULL) {
      return false;
    }
    throw error("expected an array but found " + describe(t));
  }

  /**
   * Moves to the next field of the current object and then to its value.
   *
   * @return the field name, or {@code null} at the end of the object
   * @throws IOException on read failure
   */
  public @Nullable String nextField() throws IOException {
    String name = parser.nextFieldName();
    if (name == null) {
      JsonToken t = parser.currentToken();
      if (t == JsonToken.END_OBJECT) {
        return null;
      }
      throw error("expected a field name but found " + describe(t));
    }
    if (parser.nextToken() == null) {
      throw error("unexpected end of input");
    }
    return name;
  }

  /**
   * Moves to the next element of the current array.
   *
   * @return false at the end of the array
   * @throws IOException on read failure
   */
  public boolean nextElement() throws IOException {
    JsonToken t = parser.nextToken();
    if (t == null) {
      throw error("unexpected end of input");
    }
    return t != JsonToken.END_ARRAY;
  }

  /**
   * Skips the current value with all its children, without decoding strings.
   *
   * @throws IOException on read failure
   */
  public void skip() throws IOException {
    parser.skipChildren();
  }

  /**
   * Returns one shared instance for equal short strings.
   *
   * @param s a string
   * @return the shared instance
   */
  public String share(String s) {
    if (s.length() > Dedup.SHARED_MAX_LENGTH) {
      return s;
    }
    // Open addressing with linear probing: no per-entry nodes and no rehash chains, which matter
    // when a large manifest shares hundreds of thousands of ids.
    int h = s.hashCode();
    int mask = dedup.table.length - 1;
    for (int i = spread(h) & mask; ; i = (i + 1) & mask) {
      String existing = dedup.table[i];
      if (existing == null) {
        if (dedup.tableSize * 2 < dedup.table.length) {
          dedup.table[i] = s;
          dedup.hashes[i] = h;
          dedup.tableSize++;
        } else if (dedup.table.length < Dedup.SHARED_MAX_TABLE) {
          grow();
          int at = indexFor(h);
          dedup.table[at] = s;
          dedup.hashes[at] = h;
          dedup.tableSize++;
        }
        return s;
      }
      if (dedup.hashes[i] == h && existing.equals(s)) {
        return existing;
      }
    }
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  /**
   * Returns the current string token's text, shared, without allocating a string when an equal
   * one was seen before: the text is compared in Jackson's buffer.
   */
  private String sharedText() throws IOException {
    int len = parser.getTextLength();
    if (len > Dedup.SHARED_MAX_LENGTH) {
      return parser.getText();
    }
    char[] buf = parser.getTextCharacters();
    int off = parser.getTextOffset();
    int h = 0;
    for (int i = 0; i < len; i++) {
      h = 31 * h + buf[off + i];
    }
    int mask = dedup.table.length - 1;
    for (int i = spread(h) & mask; ; i = (i + 1) & mask) {
      String existing = dedup.table[i];
      if (existing == null) {
        return share(new String(buf, off, len));
      }
      if (dedup.hashes[i] == h && existing.length() == len && sameChars(existing, buf, off, len)) {
        return existing;
      }
    }
  }

  private static boolean sameChars(String s, char[] buf, int off, int len) {
    for (int i = 0; i < len; i++) {
      if (s.charAt(i) != buf[off + i]) {
        return false;
      }
    }
    return true;
  }

  private int indexFor(int h) {
    int mask = dedup.table.length - 1;
    int i = spread(h) & mask;
    while (dedup.table[i] != null) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private void grow() {
    String[] oldTable = dedup.table;
    int[] oldHashes = dedup.hashes;
    dedup.table = new String[oldTable.length * 2];
    dedup.hashes = new int[oldTable.length * 2];
    for (int i = 0; i < oldTable.length; i++) {
      if (oldTable[i] != null) {
        int at = indexFor(oldHashes[i]);
        dedup.table[at] = oldTable[i];
        dedup.hashes[at] = oldHashes[i];
      }
    }
  }

  /**
   * Reads a string that repeats across the file (package names, schemas, types) or null, keeping
   * one instance per distinct value.
   *
   * @return the text, or null
   * @throws IOException on read failure or a non-string value
   */
  public @Nullable String sharedString() throws IOException {
    JsonToken t = parser.currentToken();
    if (t == JsonToken.VALUE_STRING) {
      return sharedText();
    }
    return string();
  }

  /**
   * Reads a string or null.
   *
   * @return the text, or null
   * @throws IOException on read failure or a non-string value
   */
  public @Nullable String string() throws IOException {
    JsonToken t = parser.currentToken();
    if (t == JsonToken.VALUE_STRING) {
      return parser.getText();
    }
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    throw error("expected a string but found " + describe(t));
  }

  /**
   * Reads a scalar of any type as text (model versions are numbers or strings).
   *
   * @return the text, or null for JSON null
   * @throws IOException on read failure or a structured value
   */
  public @Nullable String scalarText() throws IOException {
    JsonToken t = parser.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != null && t.isScalarValue()) {
      return share(parser.getText());
    }
    throw error("expected a scalar value but found " + describe(t));
  }

  /**
   * Reads a string, or a default for null.
   *
   * @param fallback the value for JSON null
   * @return the text
   * @throws IOException on read failure or a non-string value
   */
  public String stringOr(String fallback) throws IOException {
    String s = string();
    return s == null ? fallback : s;
  }

  /**
   * Reads a boolean or null.
   *
   * @return the value or null
   * @throws IOException on read failure or a non-boolean value
   */
  public @Nullable Boolean bool() throws IOException {
    JsonToken t = parser.currentToken();
    if (t == JsonToken.VALUE_TRUE) {
      return Boolean.TRUE;
    }
    if (t == JsonToken.VALUE_FALSE) {
      return Boolean.FALSE;
    }
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    throw error("expected a boolean but found " + describe(t));
  }

  /**
   * Reads a number or null.
   *
   * @return the value or null
   * @throws IOException on read failure or a non-numeric value
   */
  public @Nullable Double number() throws IOException {
    JsonToken t = parser.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      return parser.getDoubleValue();
    }
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    throw error("expected a number but found " + describe(t));
  }

  /**
   * Reads an integer or null.
   *
   * @return the value or null
   * @throws IOException on read failure or a non-integer value
   */
  public @Nullable Long integer() throws IOException {
    JsonToken t = parser.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT) {
      return parser.getLongValue();
    }
    if (t == JsonToken.VALUE_NUMBER_FLOAT) {
      return (long) parser.getDoubleValue();
    }
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    throw error("expected an integer but found " + describe(t));
  }

  /**
   * Reads a list of strings; a JSON null is an empty list.
   *
   * @return an unmodifiable list
   * @throws IOException on read failure or a wrong type, a lone string included
   */
  public List<String> strings() throws IOException {
    JsonToken t = parser.currentToken();
    if (t == JsonToken.VALUE_STRING) {
      throw error("expected an array of strings but found " + describe(t));
    }
    return stringArray();
  }

  /**
   * Reads a list of strings where dbt's schema also allows a lone string (tags, owner emails): that
   * is a one-element list. A JSON null is an empty list.
   *
   * @return an unmodifiable list
   * @throws IOException on read failure or a wrong type
   */
  public List<String> stringOrStrings() throws IOException {
    if (parser.currentToken() == JsonToken.VALUE_STRING) {
      return List.of(sharedText());
    }
    return stringArray();
  }

  private List<String> stringArray() throws IOException {
    if (!startArray()) {
      return List.of();
    }
    JsonToken e = parser.nextToken();
    if (e == JsonToken.END_ARRAY) {
      return List.of();
    }
    int n = 0;
    for (; e != JsonToken.END_ARRAY; e = parser.nextToken()) {
      if (e == JsonToken.VALUE_STRING) {
        if (n == scratch.length) {
          scratch = java.util.Arrays.copyOf(scratch, n * 2);
        }
        scratch[n++] = sharedText();
      } else if (e != JsonToken.VALUE_NULL) {
        throw error(e == null ? "unexpected end of input" : "expected a string but found " + describe(e));
      }
    }
    switch (n) {
      case 0:
        return List.of();
      case 1:
        return List.of(scratch[0]);
      case 2:
        return List.of(scratch[0], scratch[1]);
      default:
        return List.of(java.util.Arrays.copyOf(scratch, n));
    }
  }

  /**
   * Reads a list of strings that may also be a lone string, as {@link #stringOrStrings()} (tags), or
   * {@code null} for a JSON null.
   *
   * @return an unmodifiable list, or null
   * @throws IOException on read failure or a wrong type
   */
  public @Nullable List<String> nullableStringOrStrings() throws IOException {
    return parser.currentToken() == JsonToken.VALUE_NULL ? null : stringOrStrings();
  }

  /**
   * Reads an array whose elements are read by {@code reader}.
   *
   * @param reader the element reader
   * @param <T> the element type
   * @return an unmodifiable list; empty for JSON null
   * @throws IOException on read failure or a wrong type
   */
  public <T> List<T> list(ValueReader<T> reader) throws IOException {
    if (!startArray()) {
      return List.of();
    }
    List<T> out = new ArrayList<>();
    while (nextElement()) {
      T v = reader.read(this, null);
      if (v != null) {
        out.add(v);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Reads an object whose values are read by {@code reader}, keyed by field name.
   *
   * @param reader the value reader, given the key
   * @param <T> the value type
   * @return an unmodifiable map in document order; empty for JSON null
   * @throws IOException on read failure or a wrong type
   */
  public <T> Map<String, T> map(ValueReader<T> reader) throws IOException {
    if (!startObject()) {
      return Map.of();
    }
    Immutables.MapBuilder<T> out = acquire();
    for (String key; (key = nextField()) != null; ) {
      // Keys of the top-level maps are unique ids, which recur in every depends_on list and in
      // the parent and child maps: one shared instance each.
      key = share(key);
      T v = reader.read(this, key);
      if (v != null) {
        out.put(key, v);
      }
    }
    builderDepth--;
    return out.build();
  }

  /**
   * Reads an object of string lists, such as {@code parent_map}.
   *
   * @return an unmodifiable map
   * @throws IOException on read failure or a wrong type
   */
  public Map<String, List<String>> stringListMap() throws IOException {
    return map((in, key) -> in.strings());
  }

  /**
   * Reads any JSON value into plain Java values: {@code String}, {@code Boolean}, {@code Integer},
   * {@code Long}, {@code BigInteger}, {@code Double}, unmodifiable {@code List} and {@code Map}, or
   * {@code null}.
   *
   * @return the value
   * @throws IOException on read failure
   */
  public @Nullable Object any() throws IOException {
    JsonToken t = parser.currentToken();
    if (t == null) {
      throw error("unexpected end of input");
    }
    switch (t) {
      case START_OBJECT:
        return anyMapBody();
      case START_ARRAY:
        if (!nextElement()) {
          return List.of();
        }
        Object first = any();
        if (!nextElement()) {
          return first == null ? Collections.singletonList(null) : List.of(first);
        }
        List<Object> list = new ArrayList<>();
        list.add(first);
        boolean nulls = first == null;
        do {
          Object element = any();
          nulls |= element == null;
          list.add(element);
        } while (nextElement());
        // JSON arrays may hold nulls, which immutable lists do not
        return nulls ? Collections.unmodifiableList(list) : List.copyOf(list);
      case VALUE_STRING:
        return parser.getTextLength() <= 32 ? sharedText() : parser.getText();
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return parser.getNumberValue();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return null;
      default:
        throw error("unexpected " + describe(t));
    }
  }

  /**
   * Reads an object of arbitrary values, such as {@code meta}; JSON null is an empty map.
   *
   * @return an unmodifiable map in document order
   * @throws IOException on read failure or a non-object value
   */
  public Map<String, @Nullable Object> anyMap() throws IOException {
    if (!startObject()) {
      return Map.of();
    }
    return anyMapBody();
  }

  /**
   * Reads an object of arbitrary values, leaving out keys whose value is JSON null, as dbt's
   * config objects carry dozens of unset keys per node.
   *
   * @return an unmodifiable map in document order
   * @throws IOException on read failure or a non-object value
   */
  public Map<String, Object> anyMapWithoutNulls() throws IOException {
    if (!startObject()) {
      return Map.of();
    }
    Immutables.MapBuilder<Object> map = acquire();
    for (String key; (key = nextField()) != null; ) {
      Object v = any();
      if (v != null) {
        map.put(key, v);
      }
    }
    builderDepth--;
    return map.build(dedup.keyArrays);
  }

  private Map<String, @Nullable Object> anyMapBody() throws IOException {
    Immutables.MapBuilder<@Nullable Object> map = acquire();
    for (String key; (key = nextField()) != null; ) {
      map.put(key, any());
    }
    builderDepth--;
    return shareSmall(map.build(dedup.keyArrays));
  }

  /**
   * Takes the builder of the next nesting level; the caller gives it back by decrementing
   * {@code builderDepth} before building. After a failure the cursor is discarded, so an
   * unbalanced depth never matters.
   */
  private <T> Immutables.MapBuilder<T> acquire() {
    if (builderDepth == builders.size()) {
      builders.add(new Immutables.MapBuilder<>());
    }
    return builders.get(builderDepth++).reset();
  }

  @SuppressWarnings("unchecked")
  private <V> Map<String, V> shareSmall(Map<String, V> map) {
    if (map.isEmpty() || map.size() > 3 || !Immutables.isSmallLeafMap(map, 64)) {
      return map;
    }
    Map<String, ?> existing = dedup.sharedMaps.get(map);
    if (existing != null) {
      return (Map<String, V>) existing;
    }
    if (dedup.sharedMaps.size() < 65_536) {
      dedup.sharedMaps.put(map, map);
    }
    return map;
  }


  /**
   * Creates a parse error at the current token.
   *
   * @param reason what is wrong
   * @return the exception, for the caller to throw
   */
  public DbtArtifactParseException error(String reason) {
    JsonLocation loc = parser.currentTokenLocation();
    if (loc == null || loc.getLineNr() <= 0) {
      loc = parser.currentLocation();
    }
    return new DbtArtifactParseException(
        reason,
        source,
        Math.max(loc.getLineNr(), 0),
        Math.max(loc.getColumnNr(), 0),
        path(parser.getParsingContext()),
        schemaVersion,
        null);
  }

  /**
   * Renders a parsing context as a JSON path such as {@code $.nodes['model.a.b'].columns[2]}.
   *
   * @param context the context, or null for the root
   * @return the path
   */
  public static String path(@Nullable JsonStreamContext context) {
    List<JsonStreamContext> chain = new ArrayList<>();
    for (JsonStreamContext c = context; c != null; c = c.getParent()) {
      chain.add(c);
    }
    StringBuilder sb = new StringBuilder("$");
    for (int i = chain.size() - 1; i >= 0; i--) {
      JsonStreamContext c = chain.get(i);
      if (c.inObject() && c.getCurrentName() != null) {
        appendName(sb, c.getCurrentName());
      } else if (c.inArray() && c.getCurrentIndex() >= 0 && c.hasCurrentIndex()) {
        sb.append('[').append(c.getCurrentIndex()).append(']');
      }
    }
    return sb.toString();
  }

  private static void appendName(StringBuilder sb, String name) {
    boolean plain = !name.isEmpty() && !Character.isDigit(name.charAt(0));
    for (int i = 0; plain && i < name.length(); i++) {
      char ch = name.charAt(i);
      plain = ch == '_' || (ch < 128 && Character.isLetterOrDigit(ch));
    }
    if (plain) {
      sb.append('.').append(name);
    } else {
      sb.append("['").append(name.replace("\\", "\\\\").replace("'", "\\'")).append("']");
    }
  }

  private static String describe(@Nullable JsonToken t) {
    if (t == null) {
      return "the end of input";
    }
    switch (t) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return t.asString() == null ? t.name() : "'" + t.asString() + "'";
    }
  }
}
