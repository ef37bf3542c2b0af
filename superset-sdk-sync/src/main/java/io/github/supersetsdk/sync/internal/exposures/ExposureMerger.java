package io.github.supersetsdk.sync.internal.exposures;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.supersetsdk.sync.ExposureChange;
import io.github.supersetsdk.sync.ExposureChange.Action;
import io.github.supersetsdk.sync.ExposuresFileException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Merges generated exposures into the text of a dbt properties file. The file is edited as text:
 * hand-written exposures, other keys and comments outside generated entries are kept byte for
 * byte; only generated entries (marked {@code config.meta.superset_sdk}) are replaced or removed,
 * and new ones are appended to the {@code exposures} list. The result is parsed again and checked
 * against the intended content before it is returned. Stateless and thread-safe.
 */
public final class ExposureMerger {

  /** The marker key under {@code config.meta} (or, as dbt before 1.10 wrote it, {@code meta}). */
  public static final String MARKER = "superset_sdk";

  private static final YAMLFactory FACTORY = new YAMLFactory();
  private static final YAMLMapper MAPPER = YAMLMapper.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
      .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
      .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
      .build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /**
   * The merge's outcome.
   *
   * @param text the new file text
   * @param changed whether it differs from the old text
   * @param changes what happened to each generated exposure
   */
  public record Result(String text, boolean changed, List<ExposureChange> changes) {}

  /**
   * The owner written for assets without one in Superset.
   *
   * @param name the name, or null
   * @param email the email, or null
   */
  public record Owner(@Nullable String name, @Nullable String email) {}

  private record Item(int dashLine, int dashColumn, JsonNode node) {}

  /** What the parse found. */
  private record Parsed(
      @Nullable ObjectNode root,
      boolean hasKey,
      int keyLine,
      int keyEndLine,
      boolean block,
      List<Item> items,
      int seqEndLine) {}

  private ExposureMerger() {}

  /**
   * Merges.
   *
   * @param file the file, for error messages
   * @param oldText the file's text, or null if it does not exist
   * @param assets the assets that use synced models, each with the models it uses
   * @param scope the unique ids of every dataset the sync covered
   * @param gone the unique ids of nodes whose datasets are orphaned (gone, disabled or ephemeral):
   *     their {@code ref()}s are dropped from entries written before
   * @param existing the keys ({@code kind:id}) of every chart and dashboard in Superset
   * @param fallback the owner of ownerless assets
   * @return the merged text and the changes
   * @throws ExposuresFileException if the old text is malformed
   */
  public static Result merge(Path file, @Nullable String oldText, List<Asset> assets,
      Set<String> scope, Set<String> gone, Set<String> existing, Owner fallback) {
    String crlf = oldText != null && oldText.contains("\r\n") ? "\r\n" : "\n";
    String text = oldText == null ? "" : oldText.replace("\r\n", "\n");
    Parsed parsed = parse(file, text);
    Set<String> scopeRefs = new HashSet<>();
    for (String uid : scope) {
      String r = ExposureNames.ref(uid);
      if (r != null) {
        scopeRefs.add(r);
      }
    }
    Set<String> goneRefs = new HashSet<>();
    for (String uid : gone) {
      String r = ExposureNames.ref(uid);
      if (r != null) {
        goneRefs.add(r);
      }
    }
    Map<String, Asset> byKey = new LinkedHashMap<>();
    assets.stream()
        .sorted(Comparator.comparing((Asset a) -> a.kind().equals(Asset.DASHBOARD) ? 0 : 1)
            .thenComparingLong(Asset::id))
        .forEach(a -> byKey.put(a.key(), a));

    Set<String> names = new HashSet<>();
    for (Item it : parsed.items()) {
      names.add(it.node().path("name").asText(""));
    }
    List<ExposureChange> changes = new ArrayList<>();
    // Per existing item: null = keep text, else the replacement node; REMOVED = drop.
    List<@Nullable JsonNode> replacement = new ArrayList<>();
    List<Boolean> removed = new ArrayList<>();
    List<JsonNode> expected = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Item it : parsed.items()) {
      String key = markerKey(it.node());
      if (key == null || !seen.add(key)) {
        // Hand-written (or a duplicate of a generated entry, which is left as it is).
        replacement.add(null);
        removed.add(false);
        expected.add(it.node());
        continue;
      }
      ObjectNode old = (ObjectNode) it.node();
      String name = old.path("name").asText("");
      String kind = key.substring(0, key.indexOf(':'));
      long id = Long.parseLong(key.substring(key.indexOf(':') + 1));
      List<String> outside = new ArrayList<>();
      boolean dropsGone = false;
      for (JsonNode d : old.path("depends_on")) {
        if (goneRefs.contains(d.asText())) {
          // dbt parse refuses a ref() to a node it does not have.
          dropsGone = true;
        } else if (!scopeRefs.contains(d.asText())) {
          outside.add(d.asText());
        }
      }
      Asset a = byKey.remove(key);
      if (a == null) {
        if (existing.contains(key) && !outside.isEmpty() && !dropsGone) {
          changes.add(new ExposureChange(name, kind, id, Action.UNCHANGED, outside,
              "uses only models outside this sync; kept"));
          replacement.add(null);
          removed.add(false);
          expected.add(old);
        } else if (existing.contains(key) && !outside.isEmpty()) {
          ObjectNode kept = old.deepCopy();
          com.fasterxml.jackson.databind.node.ArrayNode deps = kept.putArray("depends_on");
          outside.forEach(deps::add);
          changes.add(new ExposureChange(name, kind, id, Action.UPDATE, outside,
              "uses models outside this sync; dropped the ref() to a model gone from the dbt project"));
          replacement.add(kept);
          removed.add(false);
          expected.add(kept);
        } else {
          changes.add(new ExposureChange(name, kind, id, Action.REMOVE, List.of(),
              !existing.contains(key) ? "gone from Superset" : dropsGone
                  ? "uses only models gone from the dbt project (or disabled)" : "no longer uses a synced model"));
          replacement.add(null);
          removed.add(true);
        }
        continue;
      }
      ObjectNode updated = update(old, a, outside, fallback);
      boolean same = updated.equals(old);
      List<String> deps = new ArrayList<>();
      updated.path("depends_on").forEach(d -> deps.add(d.asText()));
      changes.add(new ExposureChange(name, kind, id, same ? Action.UNCHANGED : Action.UPDATE, deps,
          kept(old, updated) ? "description edited by hand; kept" : null));
      replacement.add(same ? null : updated);
      removed.add(false);
      expected.add(same ? old : updated);
    }
    List<JsonNode> added = new ArrayList<>();
    for (Asset a : byKey.values()) {
      String name = ExposureNames.name(a.kind(), a.id(), a.title());
      if (names.contains(name)) {
        changes.add(new ExposureChange(name, a.kind(), a.id(), Action.SKIPPED, List.of(),
            "an exposure named " + name + " exists and was not written by the sync"));
        continue;
      }
      names.add(name);
      ObjectNode fresh = create(name, a, fallback);
      List<String> deps = new ArrayList<>();
      fresh.path("depends_on").forEach(d -> deps.add(d.asText()));
      changes.add(new ExposureChange(name, a.kind(), a.id(), Action.ADD, deps, null));
      added.add(fresh);
      expected.add(fresh);
    }

    String out = splice(text, parsed, replacement, removed, added);
    if (out.equals(text)) {
      return new Result(oldText == null ? "" : oldText, false, changes);
    }
    verify(file, parsed, out, expected);
    return new Result(out.replace("\n", crlf), true, changes);
  }

  // ------------------------------------------------------------------------------- entries

  private static @Nullable String markerKey(JsonNode n) {
    JsonNode m = n.path("config").path("meta").path(MARKER);
    if (!m.isObject()) {
      m = n.path("meta").path(MARKER);
    }
    if (!m.isObject() || !m.path("kind").isTextual() || !m.path("id").canConvertToLong()
        && !m.path("id").asText("").matches("\\d+")) {
      return null;
    }
    String kind = m.path("kind").asText();
    if (!kind.equals(Asset.DASHBOARD) && !kind.equals(Asset.CHART)) {
      return null;
    }
    return kind + ":" + Long.parseLong(m.path("id").asText());
  }

  private static ObjectNode create(String name, Asset a, Owner fallback) {
    ObjectNode n = NODES.objectNode();
    n.put("name", name);
    return update(n, a, List.of(), fallback);
  }

  /** The entry with the fields the sync manages set from the asset; other keys kept. */
  private static ObjectNode update(ObjectNode old, Asset a, List<String> outside, Owner fallback) {
    ObjectNode n = old.deepCopy();
    n.put("label", a.title());
    n.put("type", a.kind().equals(Asset.DASHBOARD) ? "dashboard" : "analysis");
    n.put("url", a.url());
    ObjectNode owner = NODES.objectNode();
    String ownerName = a.ownerName();
    String email = a.ownerEmail();
    if (isBlank(ownerName) && isBlank(email)) {
      ownerName = fallback.name();
      email = fallback.email();
    }
    if (!isBlank(ownerName)) {
      owner.put("name", ownerName);
    }
    if (!isBlank(email)) {
      owner.put("email", email);
    }
    n.set("owner", owner);
    Set<String> deps = new LinkedHashSet<>();
    for (String uid : a.uniqueIds()) {
      String r = ExposureNames.ref(uid);
      if (r != null) {
        deps.add(r);
      }
    }
    deps.addAll(outside);
    ArrayNode dependsOn = NODES.arrayNode();
    deps.stream().sorted().forEach(dependsOn::add);
    n.set("depends_on", dependsOn);
    String generated = description(a);
    ObjectNode marker = NODES.objectNode();
    marker.put("kind", a.kind());
    marker.put("id", a.id());
    JsonNode oldMarker = old.path("config").path("meta").path(MARKER);
    if (!oldMarker.isObject()) {
      oldMarker = old.path("meta").path(MARKER);
    }
    String oldDescription = old.path("description").isTextual() ? old.path("description").asText() : null;
    String oldHash = oldMarker.path("description_hash").asText(null);
    if (oldDescription != null && !oldDescription.isBlank()
        && (oldHash == null || !oldHash.equals(hash(oldDescription)))) {
      // A person wrote or changed it since the sync last did: keep theirs.
      marker.put("description_hash", oldHash == null ? "" : oldHash);
    } else {
      n.put("description", generated);
      marker.put("description_hash", hash(generated));
    }
    // The marker moves to config.meta, where dbt 1.10+ wants meta; an old top-level one goes.
    if (n.path("meta").isObject()) {
      ((ObjectNode) n.get("meta")).remove(MARKER);
      if (n.get("meta").isEmpty()) {
        n.remove("meta");
      }
    }
    ObjectNode config = n.path("config").isObject() ? (ObjectNode) n.get("config") : NODES.objectNode();
    ObjectNode meta = config.path("meta").isObject() ? (ObjectNode) config.get("meta") : NODES.objectNode();
    meta.set(MARKER, marker);
    config.set("meta", meta);
    n.set("config", config);
    // Keep a stable key order for new entries: name, label, type, url, owner, depends_on, description, config.
    return roundTrip(order(n));
  }

  /** The node as it reads back from YAML, so that it compares equal to a parsed one. */
  private static ObjectNode roundTrip(ObjectNode n) {
    try {
      return (ObjectNode) MAPPER.readTree(MAPPER.writeValueAsString(n));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ObjectNode order(ObjectNode n) {
    ObjectNode o = NODES.objectNode();
    for (String k : List.of("name", "label", "type", "url", "owner", "depends_on", "description")) {
      if (n.has(k)) {
        o.set(k, n.get(k));
      }
    }
    Iterator<Map.Entry<String, JsonNode>> it = n.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!o.has(e.getKey()) && !e.getKey().equals("config")) {
        o.set(e.getKey(), e.getValue());
      }
    }
    o.set("config", n.get("config"));
    return o;
  }

  private static boolean kept(ObjectNode old, ObjectNode updated) {
    return old.path("description").isTextual()
        && updated.path("description").equals(old.path("description"))
        && !hash(old.path("description").asText()).equals(
            updated.path("config").path("meta").path(MARKER).path("description_hash").asText());
  }

  static String description(Asset a) {
    String own = a.description();
    if (own != null && !own.isBlank()) {
      return own.strip();
    }
    return "Superset " + a.kind() + " \"" + a.title() + "\" (id " + a.id() + ").";
  }

  static String hash(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.strip().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean isBlank(@Nullable String s) {
    return s == null || s.isBlank();
  }

  // ------------------------------------------------------------------------------- parse

  private static Parsed parse(Path file, String text) {
    try (JsonParser p = FACTORY.createParser(text)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        return new Parsed(null, false, -1, -1, true, List.of(), -1);
      }
      if (t != JsonToken.START_OBJECT) {
        throw error(file, p.currentTokenLocation(), "the top level must be a mapping (version, models, exposures, ...)");
      }
      if (charAt(text, p.currentTokenLocation()) == '{') {
        throw error(file, p.currentTokenLocation(), "the top level is in flow style ({...}); write it in block style");
      }
      boolean hasKey = false;
      int keyLine = -1;
      int keyEndLine = -1;
      boolean block = true;
      List<Item> items = new ArrayList<>();
      int seqEnd = -1;
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonLocation keyLoc = p.currentTokenLocation();
        JsonToken v = p.nextToken();
        if (!"exposures".equals(name)) {
          p.skipChildren();
          continue;
        }
        if (hasKey) {
          throw error(file, keyLoc, "exposures appears twice");
        }
        hasKey = true;
        keyLine = keyLoc.getLineNr() - 1;
        if (v == JsonToken.VALUE_NULL) {
          keyEndLine = keyLine;
          block = false;
        } else if (v == JsonToken.START_ARRAY) {
          JsonLocation start = p.currentTokenLocation();
          if (charAt(text, start) == '[') {
            block = false;
            if (p.nextToken() != JsonToken.END_ARRAY) {
              throw error(file, start, "exposures is a non-empty flow list ([...]); write it as a block list (- name: ...)");
            }
            keyEndLine = p.currentTokenLocation().getLineNr() - 1;
          } else {
            JsonToken e;
            while ((e = p.nextToken()) != JsonToken.END_ARRAY) {
              JsonLocation loc = p.currentTokenLocation();
              if (e != JsonToken.START_OBJECT) {
                throw error(file, loc, "each exposure must be a mapping (name, type, owner, ...)");
              }
              if (charAt(text, loc) == '{') {
                throw error(file, loc, "an exposure in flow style ({...}); write it in block style");
              }
              int dash = dashBefore(text, (int) loc.getCharOffset());
              JsonNode node = MAPPER.readTree(p);
              items.add(new Item(lineOf(text, dash), columnOf(text, dash), node));
            }
            JsonLocation end = p.currentTokenLocation();
            seqEnd = end.getCharOffset() >= text.length() || text.substring((int) end.getCharOffset()).isBlank()
                ? lineCount(text) : end.getLineNr() - 1;
          }
        } else {
          throw error(file, p.currentTokenLocation(), "exposures must be a list");
        }
      }
      if (p.nextToken() != null) {
        throw error(file, p.currentTokenLocation(), "more than one YAML document; the file must hold one");
      }
      ObjectNode root = (ObjectNode) MAPPER.readTree(text);
      return new Parsed(root, hasKey, keyLine, keyEndLine, block, items, seqEnd);
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      throw new ExposuresFileException(file, loc == null ? 0 : loc.getLineNr(),
          loc == null ? 0 : loc.getColumnNr(), "not valid YAML: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ExposuresFileException error(Path file, JsonLocation loc, String problem) {
    return new ExposuresFileException(file, loc.getLineNr(), loc.getColumnNr(), problem, null);
  }

  private static char charAt(String text, JsonLocation loc) {
    long o = loc.getCharOffset();
    return o >= 0 && o < text.length() ? text.charAt((int) o) : 0;
  }

  private static int dashBefore(String text, int offset) {
    int i = Math.min(offset, text.length()) - 1;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    if (i < 0 || text.charAt(i) != '-') {
      throw new IllegalStateException("no list indicator before offset " + offset);
    }
    return i;
  }

  private static int lineOf(String text, int offset) {
    int n = 0;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        n++;
      }
    }
    return n;
  }

  private static int columnOf(String text, int offset) {
    int nl = text.lastIndexOf('\n', offset - 1);
    return offset - nl - 1;
  }

  private static int lineCount(String text) {
    return lines(text).size();
  }

  /** Lines without their newline; a final newline gives no extra empty line. */
  private static List<String> lines(String text) {
    List<String> out = new ArrayList<>(List.of(text.split("\n", -1)));
    if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  // ------------------------------------------------------------------------------- splice

  private static String splice(String text, Parsed parsed, List<@Nullable JsonNode> replacement,
      List<Boolean> removed, List<JsonNode> added) {
    List<String> lines = lines(text);
    if (!parsed.hasKey()) {
      if (added.isEmpty()) {
        return text;
      }
      StringBuilder sb = new StringBuilder();
      if (parsed.root() == null && text.isBlank()) {
        sb.append("version: 2\n\n");
      } else {
        sb.append(text);
        if (!text.endsWith("\n")) {
          sb.append('\n');
        }
        sb.append('\n');
      }
      sb.append("exposures:\n");
      added.forEach(n -> sb.append(render(n, 2)));
      return sb.toString();
    }
    if (!parsed.block()) {
      if (added.isEmpty()) {
        return text;
      }
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < parsed.keyLine(); i++) {
        sb.append(lines.get(i)).append('\n');
      }
      String keyLineText = lines.get(parsed.keyLine());
      sb.append(keyLineText, 0, keyLineText.indexOf("exposures")).append("exposures:\n");
      int indent = keyLineText.indexOf("exposures") + 2;
      added.forEach(n -> sb.append(render(n, indent)));
      for (int i = parsed.keyEndLine() + 1; i < lines.size(); i++) {
        sb.append(lines.get(i)).append('\n');
      }
      return sb.toString();
    }
    List<Item> items = parsed.items();
    if (items.isEmpty()) {
      // "exposures:" followed by a block list with no items cannot parse; nothing to anchor on.
      return text;
    }
    if (added.isEmpty() && !removed.contains(false)) {
      // Every entry goes: an empty list, as "exposures:" alone would be null.
      String keyLineText = lines.get(parsed.keyLine());
      lines.set(parsed.keyLine(), keyLineText.substring(0, keyLineText.indexOf("exposures"))
          + "exposures: []");
    }
    StringBuilder sb = new StringBuilder();
    int first = items.get(0).dashLine();
    for (int i = 0; i < first; i++) {
      sb.append(lines.get(i)).append('\n');
    }
    for (int k = 0; k < items.size(); k++) {
      Item it = items.get(k);
      int start = it.dashLine();
      int end = k + 1 < items.size() ? items.get(k + 1).dashLine() : parsed.seqEndLine();
      int trimmed = end;
      while (trimmed > start + 1 && isFiller(lines.get(trimmed - 1))) {
        trimmed--;
      }
      JsonNode r = replacement.get(k);
      if (removed.get(k)) {
        // The entry goes; blank lines and comments after it stay.
      } else if (r != null) {
        sb.append(render(r, it.dashColumn()));
      } else {
        for (int i = start; i < trimmed; i++) {
          sb.append(lines.get(i)).append('\n');
        }
      }
      if (k == items.size() - 1) {
        added.forEach(n -> sb.append(render(n, it.dashColumn())));
      }
      for (int i = trimmed; i < end; i++) {
        sb.append(lines.get(i)).append('\n');
      }
    }
    for (int i = parsed.seqEndLine(); i < lines.size(); i++) {
      sb.append(lines.get(i)).append('\n');
    }
    String out = sb.toString();
    if (!text.endsWith("\n") && out.endsWith("\n") && !text.isEmpty()) {
      out = out.substring(0, out.length() - 1);
    }
    return out;
  }

  private static boolean isFiller(String line) {
    String s = line.strip();
    return s.isEmpty() || s.startsWith("#");
  }

  static String render(JsonNode node, int indent) {
    String yaml;
    try {
      yaml = MAPPER.writeValueAsString(List.of(node));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    // The generator indents the top-level "- " too; re-base every line on the list's own column.
    List<String> ls = lines(yaml);
    int own = ls.get(0).indexOf('-');
    String pad = " ".repeat(indent);
    StringBuilder sb = new StringBuilder();
    for (String l : ls) {
      int cut = 0;
      while (cut < own && cut < l.length() && l.charAt(cut) == ' ') {
        cut++;
      }
      String rest = l.substring(cut);
      sb.append(rest.isEmpty() ? "" : pad + rest).append('\n');
    }
    return sb.toString();
  }

  // ------------------------------------------------------------------------------- verify

  private static void verify(Path file, Parsed parsed, String out, List<JsonNode> expected) {
    JsonNode after;
    try {
      after = MAPPER.readTree(out);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("merged exposures do not parse (" + file + "): " + e.getOriginalMessage(), e);
    }
    ObjectNode before = parsed.root() == null ? NODES.objectNode() : parsed.root().deepCopy();
    Map<String, JsonNode> want = new HashMap<>();
    before.fields().forEachRemaining(e -> want.put(e.getKey(), e.getValue()));
    ArrayNode list = NODES.arrayNode();
    expected.forEach(list::add);
    if (!expected.isEmpty() || parsed.hasKey()) {
      want.put("exposures", list);
    }
    Map<String, JsonNode> got = new HashMap<>();
    after.fields().forEachRemaining(e -> got.put(e.getKey(), e.getValue()));
    if (parsed.root() == null) {
      got.remove("version");
    }
    if (!Objects.equals(normalizeEmpty(want), normalizeEmpty(got))) {
      // A bug, never a user's error: refuse rather than write a file that loses content.
      throw new IllegalStateException("merging exposures into " + file
          + " would change content it must keep; nothing written");
    }
  }

  private static Map<String, JsonNode> normalizeEmpty(Map<String, JsonNode> m) {
    Map<String, JsonNode> c = new HashMap<>(m);
    JsonNode e = c.get("exposures");
    if (e != null && (e.isNull() || e.isArray() && e.isEmpty())) {
      c.remove("exposures");
    }
    return c;
  }
}
