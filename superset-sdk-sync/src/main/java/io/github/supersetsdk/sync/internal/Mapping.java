package io.github.supersetsdk.sync.internal;

import io.github.supersetsdk.dbt.catalog.CatalogColumn;
import io.github.supersetsdk.dbt.catalog.CatalogTable;
import io.github.supersetsdk.dbt.catalog.DbtCatalog;
import io.github.supersetsdk.dbt.manifest.DbtColumn;
import io.github.supersetsdk.dbt.manifest.DbtManifest;
import io.github.supersetsdk.dbt.manifest.DbtNode;
import io.github.supersetsdk.dbt.manifest.DbtSemanticModel;
import io.github.supersetsdk.dbt.manifest.DbtSource;
import io.github.supersetsdk.dbt.semantic.Dimension;
import io.github.supersetsdk.dbt.semantic.SemanticModel;
import io.github.supersetsdk.sync.SyncException;
import io.github.supersetsdk.sync.SyncMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Maps dbt nodes to the datasets the sync wants, field by field. Stateless. */
public final class Mapping {

  /** Bumped when the mapping changes, so that every dataset is re-checked once. */
  static final String FORMAT = "1";

  // A dimension expression that is a plain column name (possibly quoted) maps to that column.
  private static final Pattern PLAIN_COLUMN = Pattern.compile("\"?[A-Za-z_][A-Za-z0-9_$]*\"?");

  // A relation name whose schema and table dbt quoted: "schema"."table" at its end.
  private static final Pattern QUOTED_RELATION = Pattern.compile("\"(?:[^\"]|\"\")*\"\\.\"(?:[^\"]|\"\")*\"$");

  private final DbtManifest manifest;
  private final @Nullable DbtCatalog catalog;
  private final SyncMode mode;
  private final @Nullable String docsUrl;
  private final boolean managedExternally;
  private final boolean upperCaseFolding;
  private final boolean caseSensitiveRelations;
  private final Instant now;
  private final Map<String, List<DimensionRef>> dimensionsByModel = new LinkedHashMap<>();
  private final Map<String, List<CalculatedRef>> calculatedByModel = new LinkedHashMap<>();
  private final Map<String, String> defaultTimeByModel = new LinkedHashMap<>();

  // A dimension on a column: its flags, and its label and description where the column has none.
  private record DimensionRef(
      String column, boolean time, @Nullable String label, @Nullable String description) {}

  // A dimension defined by an SQL expression: it becomes a calculated column named as the dimension.
  private record CalculatedRef(
      String name, String expr, boolean time, @Nullable String description, @Nullable String label,
      String semanticModel) {}

  /**
   * Creates a mapping.
   *
   * @param manifest the manifest
   * @param catalog the catalog, or null
   * @param mode the sync mode
   * @param docsUrl the dbt docs site, or null
   * @param managedExternally whether datasets are marked as managed externally
   * @param upperCaseFolding whether the warehouse folds unquoted names to upper case
   */
  public Mapping(
      DbtManifest manifest,
      @Nullable DbtCatalog catalog,
      SyncMode mode,
      @Nullable String docsUrl,
      boolean managedExternally,
      boolean upperCaseFolding) {
    this(manifest, catalog, mode, docsUrl, managedExternally, upperCaseFolding, false, Instant.now());
  }

  /**
   * Creates a mapping for a warehouse that may tell tables apart by case, judging deprecation dates
   * at a given instant.
   *
   * @param manifest the manifest
   * @param catalog the catalog, or null
   * @param mode the sync mode
   * @param docsUrl the dbt docs site, or null
   * @param managedExternally whether datasets are marked as managed externally
   * @param upperCaseFolding whether the warehouse folds unquoted names to upper case
   * @param caseSensitiveRelations whether the warehouse tells tables apart by the case of their
   *     names (see {@link Desired#caseSensitiveRelation()})
   * @param now the instant a model's {@code deprecation_date} is compared with
   */
  public Mapping(
      DbtManifest manifest,
      @Nullable DbtCatalog catalog,
      SyncMode mode,
      @Nullable String docsUrl,
      boolean managedExternally,
      boolean upperCaseFolding,
      boolean caseSensitiveRelations,
      Instant now) {
    this.now = now;
    this.manifest = manifest;
    this.catalog = catalog;
    this.mode = mode;
    this.docsUrl = docsUrl;
    this.managedExternally = managedExternally;
    this.upperCaseFolding = upperCaseFolding;
    this.caseSensitiveRelations = caseSensitiveRelations;
    for (DbtSemanticModel sm : manifest.semanticModels().values()) {
      SemanticModel def = sm.definition();
      for (String parent : sm.dependsOn().nodes()) {
        List<DimensionRef> dims = dimensionsByModel.computeIfAbsent(parent, k -> new ArrayList<>());
        List<CalculatedRef> calculated = calculatedByModel.computeIfAbsent(parent, k -> new ArrayList<>());
        for (Dimension d : def.dimensions()) {
          String expr = d.expr() == null ? d.name() : d.expr().trim();
          boolean time = "time".equalsIgnoreCase(d.type());
          if (PLAIN_COLUMN.matcher(expr).matches()) {
            dims.add(new DimensionRef(unquote(expr), time, d.label(), d.description()));
          } else {
            calculated.add(new CalculatedRef(d.name(), expr, time, d.description(), d.label(), def.name()));
          }
        }
        String agg = def.defaultAggTimeDimension();
        if (agg != null) {
          for (Dimension d : def.dimensions()) {
            if (d.name().equals(agg)) {
              String expr = d.expr() == null ? d.name() : d.expr().trim();
              // An expression's calculated column carries the dimension's name.
              defaultTimeByModel.put(parent, PLAIN_COLUMN.matcher(expr).matches() ? unquote(expr) : d.name());
            }
          }
        }
      }
    }
  }

  /**
   * The desired dataset of a model, seed or snapshot.
   *
   * @param node the node
   * @param metrics the node's metrics
   * @param metricNotes notes about the node's metrics that could not be compiled
   * @return the desired dataset
   */
  public Desired map(DbtNode node, List<DesiredMetric> metrics, List<String> metricNotes) {
    String table = node.alias() != null && !node.alias().isBlank() ? node.alias() : node.name();
    Map<String, @Nullable Object> meta = node.config().meta().isEmpty() ? node.meta() : node.config().meta();
    String file = node.patchPath() != null ? node.patchPath() : node.originalFilePath();
    List<String> notes = new ArrayList<>(metricNotes);
    notes.addAll(governanceNotes(node));
    return build(node.uniqueId(), file, node.schema(), table, node.description(), supersetMeta(meta),
        node.columns(), metrics, notes, "model", quoted(node.relationName()));
  }

  /**
   * What dbt says of the model's future and audience that the dataset does not show: a passed
   * {@code deprecation_date}, and {@code access: private}. Neither changes what is synced.
   */
  private List<String> governanceNotes(DbtNode node) {
    List<String> notes = new ArrayList<>(2);
    if (node.isDeprecatedAt(now)) {
      OffsetDateTime date = Objects.requireNonNull(node.deprecationDate()).withOffsetSameInstant(ZoneOffset.UTC);
      String when = date.toLocalTime().equals(LocalTime.MIDNIGHT) ? date.toLocalDate().toString() : date.toString();
      String latest = node.latestVersion();
      notes.add("dbt deprecated this model" + (node.version() == null ? "" : " version (v" + node.version() + ")")
          + " on " + when + " (deprecation_date): the dataset is still synced, but the model may be"
          + " removed; move its charts to " + (latest != null && !latest.equals(node.version())
              ? "version " + latest + " (latest_version)" : "its replacement"));
    }
    if ("private".equals(node.access())) {
      notes.add("dbt access is private" + (node.group() == null ? "" : " to group " + node.group())
          + ": only that group's models may ref it in dbt, but the sync publishes it to Superset like"
          + " any model; exclude it (--exclude access:private) if dashboards should not read it");
    }
    return notes;
  }

  /**
   * The desired dataset of a source table.
   *
   * @param source the source
   * @return the desired dataset
   */
  public Desired map(DbtSource source) {
    String table = source.identifier() != null ? source.identifier() : source.name();
    return build(source.uniqueId(), source.originalFilePath(), source.schema(), table,
        source.description(), supersetMeta(source.meta()), source.columns(), List.of(), List.of(),
        "source", quoted(source.relationName()));
  }

  private Desired build(
      String uniqueId,
      @Nullable String file,
      @Nullable String schema,
      String table,
      String description,
      Map<String, @Nullable Object> sm,
      Map<String, DbtColumn> dbtColumns,
      List<DesiredMetric> metrics,
      List<String> metricNotes,
      String docsKind,
      boolean quotedRelation) {
    Map<String, @Nullable String> f = new LinkedHashMap<>();
    List<String> notes = new ArrayList<>(metricNotes);
    text(f, "description", blankToNull(description));
    String timeout = str(sm.get("cache_timeout"));
    if (timeout != null && !timeout.matches("-?\\d{1,9}")) {
      throw new SyncException(where(uniqueId, file) + ": meta.superset.cache_timeout '" + timeout
          + "' is not a whole number of seconds");
    }
    text(f, "cache_timeout", timeout);
    text(f, "certified_by", str(sm.get("certified_by")));
    text(f, "certification_details", str(sm.get("certification_details")));
    text(f, "warning_markdown", str(sm.get("warning_markdown")));
    if (sm.get("dataset_name") != null) {
      notes.add("meta.superset.dataset_name '" + sm.get("dataset_name") + "' is not applied: a"
          + " physical dataset is named by its table (" + table + ")");
    }
    if (docsUrl != null) {
      f.put("external_url", docsUrl.replaceAll("/+$", "") + "/#!/" + docsKind + "/" + uniqueId);
    }
    if (managedExternally) {
      f.put("is_managed_externally", "true");
    }
    Map<String, String> catalogTypes = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    CatalogTable ct = catalogTable(uniqueId);
    Set<String> caseKept = caseKeptColumns(ct, dbtColumns);
    UnaryOperator<String> keyOf = n -> {
      String lower = n.toLowerCase(Locale.ROOT);
      return caseKept.contains(lower) ? n : lower;
    };
    if (ct != null) {
      for (CatalogColumn c : ct.columns().values()) {
        catalogTypes.put(keyOf.apply(c.name()), c.type());
        names.put(keyOf.apply(c.name()), c.name());
      }
    }
    Map<String, DimensionRef> dims = new LinkedHashMap<>();
    for (DimensionRef d : dimensionsByModel.getOrDefault(uniqueId, List.of())) {
      dims.put(keyOf.apply(d.column()), d);
    }
    // Dimensions with an expression become calculated columns, unless a column of the table has
    // their name (Superset's column names are unique): that column then takes the dimension's flags.
    Map<String, CalculatedRef> calculated = new LinkedHashMap<>();
    for (CalculatedRef c : calculatedByModel.getOrDefault(uniqueId, List.of())) {
      String key = c.name().toLowerCase(Locale.ROOT);
      if (names.containsKey(key) || dbtColumns.keySet().stream().anyMatch(k -> k.equalsIgnoreCase(key))) {
        // The column is not the dimension (its values are not the expression's): flags only.
        dims.putIfAbsent(key, new DimensionRef(c.name(), c.time(), null, null));
        notes.add("dimension " + c.name() + " of semantic model " + c.semanticModel() + " is not a"
            + " calculated column: the table has a column of that name, which takes its flags");
      } else if (!dims.containsKey(key)) {
        calculated.putIfAbsent(key, c);
      }
    }
    List<String> columnKeys = new ArrayList<>();
    for (DbtColumn c : dbtColumns.values()) {
      String key = keyOf.apply(c.name());
      if (ct != null && !catalogTypes.containsKey(key)) {
        // Known from the artifacts alone, so every plan says it, not only one that reads the dataset.
        notes.add("dbt documents column " + c.name() + ", which the table does not have (catalog.json)");
      }
      names.putIfAbsent(key, caseKept.contains(key.toLowerCase(Locale.ROOT)) ? c.name() : fold(c.name()));
      columnKeys.add(key);
      Map<String, @Nullable Object> cm = supersetMeta(c.meta());
      String p = "columns." + key + ".";
      DimensionRef dim = dims.get(key);
      String columnDescription = blankToNull(c.description());
      if (columnDescription == null && dim != null) {
        columnDescription = blankToNull(dim.description());
      }
      text(f, p + "description", columnDescription);
      String label = str(cm.get("verbose_name"));
      if (label == null) {
        label = str(c.meta().get("label"));
      }
      if (label == null && dim != null) {
        label = blankToNull(dim.label());
      }
      text(f, p + "verbose_name", label);
      Boolean dttm = bool(cm.get("is_dttm"));
      if (dttm == null && dim != null && dim.time()) {
        dttm = true;
      }
      if (dttm == null && isTemporal(catalogTypes.get(key))) {
        dttm = true;
      }
      put(f, p + "is_dttm", dttm == null ? null : dttm.toString());
      Boolean groupby = bool(cm.get("groupby"));
      Boolean filterable = bool(cm.get("filterable"));
      if (dim != null && !dim.time()) {
        groupby = groupby == null ? Boolean.TRUE : groupby;
        filterable = filterable == null ? Boolean.TRUE : filterable;
      }
      put(f, p + "groupby", groupby == null ? null : groupby.toString());
      put(f, p + "filterable", filterable == null ? null : filterable.toString());
      put(f, p + "type", catalogTypes.get(key));
    }
    // Dimensions on columns dbt does not document still set their flags.
    for (Map.Entry<String, DimensionRef> e : dims.entrySet()) {
      String key = e.getKey();
      if (columnKeys.contains(key)) {
        continue;
      }
      columnKeys.add(key);
      String column = e.getValue().column();
      names.putIfAbsent(key, caseKept.contains(key.toLowerCase(Locale.ROOT)) ? column : fold(column));
      String p = "columns." + key + ".";
      text(f, p + "description", blankToNull(e.getValue().description()));
      text(f, p + "verbose_name", blankToNull(e.getValue().label()));
      if (e.getValue().time()) {
        f.put(p + "is_dttm", "true");
      } else {
        f.put(p + "groupby", "true");
        f.put(p + "filterable", "true");
      }
      put(f, p + "type", catalogTypes.get(key));
    }
    List<String> calculatedNames = new ArrayList<>();
    for (Map.Entry<String, CalculatedRef> e : calculated.entrySet()) {
      CalculatedRef c = e.getValue();
      String p = "columns." + e.getKey() + ".";
      calculatedNames.add(c.name());
      names.put(e.getKey(), c.name());
      f.put(p + "expression", c.expr());
      text(f, p + "description", blankToNull(c.description()));
      text(f, p + "verbose_name", blankToNull(c.label()));
      if (c.time()) {
        f.put(p + "is_dttm", "true");
      } else {
        f.put(p + "groupby", "true");
        f.put(p + "filterable", "true");
      }
    }
    String mainDttm = str(sm.get("main_dttm_col"));
    if (mainDttm == null) {
      String agg = defaultTimeByModel.get(uniqueId);
      mainDttm = agg == null ? null : names.getOrDefault(keyOf.apply(agg), agg);
    }
    // With catalog.json, the table's columns are known: a documented column it lacks is no column.
    String wantedTime = mainDttm;
    if (wantedTime != null && ct != null
        && ct.columns().values().stream().noneMatch(c -> c.name().equalsIgnoreCase(wantedTime))
        && calculatedNames.stream().noneMatch(c -> c.equalsIgnoreCase(wantedTime))) {
      notes.add("main_dttm_col '" + mainDttm + "' is not set: the table has no column of that name"
          + " (catalog.json)");
      mainDttm = null;
    }
    put(f, "main_dttm_col", mainDttm);
    List<String> metricNames = new ArrayList<>();
    for (DesiredMetric m : metrics) {
      metricNames.add(m.name());
      String p = "metrics." + m.name() + ".";
      f.put(p + "expression", m.expression());
      text(f, p + "verbose_name", m.verboseName());
      text(f, p + "description", m.description());
      text(f, p + "d3format", m.d3format());
      text(f, p + "certified_by", m.certifiedBy());
      text(f, p + "certification_details", m.certificationDetails());
      text(f, p + "warning_text", m.warningText());
    }
    checkLengths(uniqueId, file, f, metricNames, calculatedNames);
    Map<String, String> usedNames = new LinkedHashMap<>();
    for (String k : columnKeys) {
      usedNames.put(k, names.get(k));
    }
    // The catalog's column names count too: a column the table gained or lost that dbt does not
    // document makes the plan read the dataset (and refresh it).
    List<String> catalogColumns = new ArrayList<>();
    if (ct != null) {
      ct.columns().values().forEach(c -> catalogColumns.add(keyOf.apply(c.name())));
      java.util.Collections.sort(catalogColumns);
    }
    String hash = hash(uniqueId, schema, table, f, metricNames, catalogColumns);
    return new Desired(uniqueId, schema, table, f, usedNames, calculatedNames, metricNames,
        columnKeys.size() + calculatedNames.size(), notes, hash, ct, caseSensitiveRelations && quotedRelation,
        caseKept);
  }

  // The lower-cased names of columns that differ only in case ("Amount" and amount): where the
  // warehouse keeps the case of quoted names (PostgreSQL), those are two columns, which the sync
  // tells apart by their exact names. Read from catalog.json, which lists the table's columns, or,
  // without it, from dbt's column keys. Elsewhere, and for any other column, names are folded.
  private Set<String> caseKeptColumns(@Nullable CatalogTable ct, Map<String, DbtColumn> dbtColumns) {
    if (!caseSensitiveRelations) {
      return Set.of();
    }
    Map<String, Set<String>> spellings = new LinkedHashMap<>();
    if (ct != null) {
      ct.columns().values().forEach(c -> spellings.computeIfAbsent(c.name().toLowerCase(Locale.ROOT),
          k -> new HashSet<>()).add(c.name()));
    } else {
      dbtColumns.values().forEach(c -> spellings.computeIfAbsent(c.name().toLowerCase(Locale.ROOT),
          k -> new HashSet<>()).add(c.name()));
    }
    Set<String> kept = new HashSet<>();
    spellings.forEach((lower, spelt) -> {
      if (spelt.size() > 1) {
        kept.add(lower);
      }
    });
    return kept;
  }

  // The widths of Superset's metadata columns (6.1, and 4.1 to 6.0 alike). A longer value fails the
  // dataset's whole update with a bare 422, or a bundle import of many datasets with a 500 naming
  // none of them: bad input, said before anything is written.
  static final int MAX_LABEL = 1024;
  static final int MAX_D3FORMAT = 128;
  static final int MAX_NAME = 255;

  private static void checkLengths(String uniqueId, @Nullable String file,
      Map<String, @Nullable String> f, List<String> metricNames, List<String> calculatedNames) {
    for (Map.Entry<String, @Nullable String> e : f.entrySet()) {
      String key = e.getKey();
      String value = e.getValue();
      int max = key.endsWith(".verbose_name") ? MAX_LABEL : key.endsWith(".d3format") ? MAX_D3FORMAT : 0;
      if (value != null && max > 0 && length(value) > max) {
        String owner = key.startsWith("metrics.") ? "metric " : "column ";
        String name = key.substring(key.indexOf('.') + 1, key.lastIndexOf('.'));
        String what = key.endsWith(".d3format") ? "d3format" : "label";
        throw tooLong(uniqueId, file, "the " + what + " of " + owner + name, value, max);
      }
    }
    for (String m : metricNames) {
      if (length(m) > MAX_NAME) {
        throw tooLong(uniqueId, file, "the name of metric '" + m.substring(0, 40) + "...'", m, MAX_NAME);
      }
    }
    for (String c : calculatedNames) {
      if (length(c) > MAX_NAME) {
        throw tooLong(uniqueId, file, "the name of dimension '" + c.substring(0, 40) + "...'", c, MAX_NAME);
      }
    }
  }

  private static int length(String s) {
    return s.codePointCount(0, s.length());
  }

  private static SyncException tooLong(String uniqueId, @Nullable String file, String what, String value,
      int max) {
    return new SyncException(where(uniqueId, file) + ": " + what + " is " + length(value)
        + " characters long; Superset stores at most " + max);
  }

  // The node, and the YAML file that declares it when known: where bad input is.
  private static String where(String uniqueId, @Nullable String file) {
    return uniqueId + (file == null ? "" : " (" + file + ")");
  }

  private @Nullable CatalogTable catalogTable(String uniqueId) {
    if (catalog == null) {
      return null;
    }
    CatalogTable t = catalog.nodes().get(uniqueId);
    return t != null ? t : catalog.sources().get(uniqueId);
  }

  // Replace mode clears dbt-managed text fields dbt leaves empty; the other modes leave them alone.
  private void text(Map<String, @Nullable String> f, String key, @Nullable String value) {
    if (value != null) {
      f.put(key, value);
    } else if (mode == SyncMode.REPLACE) {
      f.put(key, null);
    }
  }

  private static void put(Map<String, @Nullable String> f, String key, @Nullable String value) {
    if (value != null) {
      f.put(key, value);
    }
  }

  // Whether dbt quoted the relation's schema and table ("db"."schema"."table"): only a quoted name
  // keeps its case in the warehouse (with dbt's quoting turned off, PostgreSQL folds it).
  private static boolean quoted(@Nullable String relationName) {
    return relationName != null && QUOTED_RELATION.matcher(relationName).find();
  }

  private String fold(String name) {
    if (name.startsWith("\"")) {
      return unquote(name);
    }
    return upperCaseFolding ? name.toUpperCase(Locale.ROOT) : name.toLowerCase(Locale.ROOT);
  }

  private static String unquote(String s) {
    return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
  }

  static boolean isTemporal(@Nullable String type) {
    if (type == null) {
      return false;
    }
    String t = type.toLowerCase(Locale.ROOT);
    return t.startsWith("date") || t.startsWith("timestamp") || t.startsWith("datetime")
        || t.equals("time");
  }

  @SuppressWarnings("unchecked")
  static Map<String, @Nullable Object> supersetMeta(Map<String, @Nullable Object> meta) {
    Object s = meta.get("superset");
    return s instanceof Map<?, ?> m ? (Map<String, @Nullable Object>) m : Map.of();
  }

  private static @Nullable String str(@Nullable Object o) {
    if (o == null) {
      return null;
    }
    if (o instanceof Double d && d == Math.rint(d)) {
      return Long.toString(d.longValue());
    }
    String s = o.toString();
    return s.isBlank() ? null : s;
  }

  private static @Nullable Boolean bool(@Nullable Object o) {
    if (o instanceof Boolean b) {
      return b;
    }
    if (o instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
      return Boolean.parseBoolean(s);
    }
    return null;
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private String hash(
      String uniqueId, @Nullable String schema, String table, Map<String, @Nullable String> f,
      List<String> metricNames, List<String> catalogColumns) {
    StringBuilder sb = new StringBuilder();
    sb.append(FORMAT).append('\n').append(mode).append('\n').append(uniqueId).append('\n')
        .append(schema).append('\n').append(table).append('\n');
    for (Map.Entry<String, @Nullable String> e : new TreeMap<>(f).entrySet()) {
      sb.append(e.getKey()).append('=').append(e.getValue() == null ? "\u0000" : e.getValue())
          .append('\n');
    }
    sb.append(metricNames).append('\n').append(catalogColumns);
    return sha256(sb.toString()).substring(0, 32);
  }

  /**
   * The hex SHA-256 of a text.
   *
   * @param s the text
   * @return 64 hex digits
   */
  public static String sha256(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A short hash of one field value, kept in {@code extra} to tell hand edits from the sync's.
   *
   * @param value the value, or null
   * @return 8 hex digits
   */
  public static String fieldHash(@Nullable String value) {
    return sha256(value == null ? "\u0000" : value).substring(0, 8);
  }
}
