package io.github.supersetsdk.dbt.internal.parse;

import io.github.supersetsdk.dbt.ArtifactKind;
import io.github.supersetsdk.dbt.ArtifactMetadata;
import io.github.supersetsdk.dbt.internal.Immutables;
import io.github.supersetsdk.dbt.internal.json.JsonIn;
import io.github.supersetsdk.dbt.manifest.DbtColumn;
import io.github.supersetsdk.dbt.manifest.DbtConfig;
import io.github.supersetsdk.dbt.manifest.DbtConstraint;
import io.github.supersetsdk.dbt.manifest.DbtDependsOn;
import io.github.supersetsdk.dbt.manifest.DbtRef;
import io.github.supersetsdk.dbt.manifest.DbtSourceRef;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Readers for the pieces every artifact shares. */
final class Common {
  private static final Pattern SCHEMA_URL = Pattern.compile("/dbt/([a-z_-]+)/v(\\d+)(?:\\.json)?/?$");

  private Common() {}

  /**
   * Reads {@code metadata}; records the schema version on the cursor for later errors.
   *
   * @param in the cursor on the metadata object
   * @return the metadata
   * @throws IOException on read failure, a missing or unknown {@code dbt_schema_version}
   */
  static ArtifactMetadata metadata(JsonIn in) throws IOException {
    if (!in.startObject()) {
      throw in.error("metadata is null");
    }
    String url = null;
    String dbtVersion = null;
    String generatedAt = null;
    String invocationId = null;
    String adapterType = null;
    String projectName = null;
    int urlLine = 0;
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "dbt_schema_version":
          url = in.string();
          break;
        case "dbt_version":
          dbtVersion = in.scalarText();
          break;
        case "generated_at":
          generatedAt = in.string();
          break;
        case "invocation_id":
          invocationId = in.string();
          break;
        case "adapter_type":
          adapterType = in.string();
          break;
        case "project_name":
          projectName = in.string();
          break;
        default:
          in.skip();
      }
    }
    if (url == null) {
      throw in.error("metadata has no dbt_schema_version");
    }
    Matcher m = SCHEMA_URL.matcher(url);
    ArtifactKind kind = m.find() ? ArtifactKind.fromSchemaPathSegment(m.group(1)) : null;
    if (kind == null) {
      throw in.error("unrecognised dbt_schema_version '" + url + "'");
    }
    int version;
    try {
      version = Integer.parseInt(m.group(2));
    } catch (NumberFormatException e) {
      throw in.error("unrecognised dbt_schema_version '" + url + "'");
    }
    in.schemaVersion(version);
    return new ArtifactMetadata(
        kind, version, url, dbtVersion, generatedAt, invocationId, adapterType, projectName);
  }

  /**
   * Fails unless the metadata names the expected kind.
   *
   * @param in the cursor, for the error location
   * @param metadata the metadata read
   * @param expected the kind the caller asked for
   */
  static void requireKind(JsonIn in, ArtifactMetadata metadata, ArtifactKind expected) {
    if (metadata.kind() != expected) {
      throw in.error(
          "expected a " + expected.id() + " artifact but this is a " + metadata.kind().id()
              + " artifact (" + metadata.schemaUrl() + ")");
    }
  }

  /** Merges {@code config.meta} and top-level {@code meta}; the top level wins on conflicts. */
  static Map<String, @Nullable Object> mergeMeta(
      Map<String, @Nullable Object> top, DbtConfig config) {
    Map<String, @Nullable Object> cfg = config.meta();
    if (cfg.isEmpty()) {
      return top;
    }
    if (top.isEmpty() || top.equals(cfg)) {
      return cfg;
    }
    LinkedHashMap<String, @Nullable Object> merged = new LinkedHashMap<>(cfg);
    merged.putAll(top);
    return Immutables.adopt(merged);
  }

  /**
   * A resource's tags as dbt selects on them: the {@code tags} field as written (dbt Core already
   * merged {@code config.tags} into it where dbt does so, and not for metrics, say), or
   * {@code config.tags} when the file has no tags (Fusion writes {@code null}).
   */
  static List<String> resourceTags(@Nullable List<String> tags, DbtConfig config) {
    return tags != null ? tags : config.tags();
  }

  /** Unions tags and {@code config.tags}, keeping order and dropping duplicates. */
  static List<String> mergeTags(List<String> top, DbtConfig config) {
    List<String> cfg = config.tags();
    if (cfg.isEmpty() || top.containsAll(cfg)) {
      return top;
    }
    if (top.isEmpty()) {
      return cfg;
    }
    LinkedHashSet<String> all = new LinkedHashSet<>(top);
    all.addAll(cfg);
    return List.copyOf(all);
  }

  static DbtConfig config(JsonIn in) throws IOException {
    Map<String, @Nullable Object> values = in.anyMapWithoutNulls();
    return values.isEmpty() ? DbtConfig.EMPTY : new DbtConfig(values);
  }

  /** A column's config: only {@code meta} and {@code tags} are merged into the column. */
  private static DbtConfig columnConfig(JsonIn in) throws IOException {
    if (!in.startObject()) {
      return DbtConfig.EMPTY;
    }
    Map<String, @Nullable Object> meta = null;
    List<String> tags = null;
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "meta":
          meta = in.anyMap();
          break;
        case "tags":
          tags = in.stringOrStrings();
          break;
        default:
          in.skip();
      }
    }
    boolean noMeta = meta == null || meta.isEmpty();
    boolean noTags = tags == null || tags.isEmpty();
    if (noMeta && noTags) {
      return DbtConfig.EMPTY;
    }
    Immutables.MapBuilder<@Nullable Object> values = new Immutables.MapBuilder<>();
    if (!noMeta) {
      values.put("meta", meta);
    }
    if (!noTags) {
      values.put("tags", tags);
    }
    return new DbtConfig(values.build());
  }

  static DbtDependsOn dependsOn(JsonIn in) throws IOException {
    if (!in.startObject()) {
      return DbtDependsOn.EMPTY;
    }
    List<String> nodes = List.of();
    List<String> macros = List.of();
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "nodes":
          nodes = in.strings();
          break;
        case "macros":
          macros = in.strings();
          break;
        default:
          in.skip();
      }
    }
    return nodes.isEmpty() && macros.isEmpty() ? DbtDependsOn.EMPTY : new DbtDependsOn(nodes, macros);
  }

  /** Reads {@code refs} in either shape: lists of strings (v1 to v8) or objects (v9 and later). */
  static List<DbtRef> refs(JsonIn in) throws IOException {
    return in.list(
        (c, k) -> {
          if (c.parser().currentToken() == com.fasterxml.jackson.core.JsonToken.START_ARRAY) {
            List<String> parts = new ArrayList<>(3);
            while (c.nextElement()) {
              String s = c.scalarText();
              if (s != null) {
                parts.add(s);
              }
            }
            if (parts.isEmpty()) {
              throw c.error("empty ref");
            }
            return parts.size() == 1
                ? new DbtRef(parts.get(0), null, null)
                : new DbtRef(parts.get(1), parts.get(0), parts.size() > 2 ? parts.get(2) : null);
          }
          if (!c.startObject()) {
            return null;
          }
          String name = null;
          String pkg = null;
          String version = null;
          for (String f; (f = c.nextField()) != null; ) {
            switch (f) {
              case "name":
                name = c.string();
                break;
              case "package":
                pkg = c.string();
                break;
              case "version":
                version = c.scalarText();
                break;
              default:
                c.skip();
            }
          }
          if (name == null) {
            throw c.error("ref without a name");
          }
          return new DbtRef(name, pkg, version);
        });
  }

  /** Reads {@code sources}: lists of {@code [source_name, table_name]}. */
  static List<DbtSourceRef> sourceRefs(JsonIn in) throws IOException {
    return in.list(
        (c, k) -> {
          List<String> parts = c.strings();
          if (parts.size() < 2) {
            throw c.error("expected [source_name, table_name]");
          }
          return new DbtSourceRef(parts.get(0), parts.get(1));
        });
  }

  static Map<String, DbtColumn> columns(JsonIn in) throws IOException {
    return in.map(Common::column);
  }

  private static DbtColumn column(JsonIn in, @Nullable String key) throws IOException {
    if (!in.startObject()) {
      return null;
    }
    String name = key;
    String description = null;
    String dataType = null;
    Map<String, @Nullable Object> meta = Map.of();
    List<String> tags = List.of();
    DbtConfig config = DbtConfig.EMPTY;
    List<DbtConstraint> constraints = List.of();
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "name":
          String n = in.sharedString();
          name = n != null ? n : name;
          break;
        case "description":
          description = in.string();
          break;
        case "data_type":
          dataType = in.sharedString();
          break;
        case "meta":
          meta = in.anyMap();
          break;
        case "tags":
          tags = in.stringOrStrings();
          break;
        case "config":
          config = columnConfig(in);
          break;
        case "constraints":
          constraints = constraints(in);
          break;
        default:
          in.skip();
      }
    }
    return new DbtColumn(
        name == null ? "" : name, description, dataType, mergeMeta(meta, config), mergeTags(tags, config),
        constraints);
  }

  /** Reads a list of contract constraints, of a model or of a column. */
  static List<DbtConstraint> constraints(JsonIn in) throws IOException {
    return in.list((c, k) -> constraint(c));
  }

  private static @Nullable DbtConstraint constraint(JsonIn in) throws IOException {
    if (!in.startObject()) {
      return null;
    }
    String type = null;
    String name = null;
    String expression = null;
    List<String> columns = List.of();
    String to = null;
    List<String> toColumns = List.of();
    boolean warnUnenforced = true;
    boolean warnUnsupported = true;
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "type":
          type = in.sharedString();
          break;
        case "name":
          name = in.string();
          break;
        case "expression":
          expression = in.scalarText();
          break;
        case "columns":
          columns = in.strings();
          break;
        case "to":
          to = in.string();
          break;
        case "to_columns":
          toColumns = in.strings();
          break;
        case "warn_unenforced":
          warnUnenforced = !Boolean.FALSE.equals(in.bool());
          break;
        case "warn_unsupported":
          warnUnsupported = !Boolean.FALSE.equals(in.bool());
          break;
        default:
          in.skip();
      }
    }
    if (type == null) {
      throw in.error("constraint without a type");
    }
    return new DbtConstraint(
        type.toLowerCase(Locale.ROOT), name, expression, columns, to, toColumns, warnUnenforced,
        warnUnsupported);
  }

  /**
   * Reads an ISO date-time as dbt writes it ({@code 2024-06-30T00:00:00+00:00}); one without an
   * offset, or a bare date, is taken as UTC, as dbt does.
   *
   * @param in the cursor on the value
   * @param what the field's name, for the error
   * @return the date-time, or null for JSON null or an empty string
   * @throws IOException on read failure, a non-string value or text that is no ISO date
   */
  static @Nullable OffsetDateTime dateTime(JsonIn in, String what) throws IOException {
    String text = in.string();
    if (text == null || text.isBlank()) {
      return null;
    }
    String s = text.trim();
    if (s.length() > 10 && s.charAt(10) == ' ') {
      // Python's str(datetime) separates date and time with a space
      s = s.substring(0, 10) + 'T' + s.substring(11);
    }
    try {
      return OffsetDateTime.parse(s);
    } catch (DateTimeParseException e) {
      // not with an offset: try the shorter forms
    }
    try {
      return LocalDateTime.parse(s).atOffset(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      // not a local date-time either
    }
    try {
      return LocalDate.parse(s).atStartOfDay().atOffset(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw in.error(what + " is not an ISO date or date-time: '" + text + "'");
    }
  }

  /** Reads an owner object ({@code name}, {@code email}); email may be a list in newer dbt. */
  static String[] owner(JsonIn in) throws IOException {
    String[] out = new String[2];
    if (!in.startObject()) {
      return out;
    }
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "name":
          out[0] = in.string();
          break;
        case "email":
          if (in.parser().currentToken() == com.fasterxml.jackson.core.JsonToken.START_ARRAY) {
            out[1] = String.join(",", in.strings());
          } else {
            out[1] = in.string();
          }
          break;
        default:
          in.skip();
      }
    }
    return out;
  }

  /** The second segment of a unique id ({@code model.pkg.name}), used when a field is absent. */
  static String packageFromId(String uniqueId) {
    String[] parts = uniqueId.split("\\.", 3);
    return parts.length > 1 ? parts[1] : "";
  }

  static String prefixOf(String uniqueId) {
    int dot = uniqueId.indexOf('.');
    return dot < 0 ? uniqueId : uniqueId.substring(0, dot);
  }

  static String lastSegment(String uniqueId) {
    int dot = uniqueId.lastIndexOf('.');
    return dot < 0 ? uniqueId : uniqueId.substring(dot + 1);
  }
}
