package io.github.supersetsdk.sync.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.supersetsdk.client.model.Dataset;
import io.github.supersetsdk.client.model.DatasetColumn;
import io.github.supersetsdk.client.model.DatasetMetric;
import io.github.supersetsdk.client.request.DatasetColumnUpdate;
import io.github.supersetsdk.client.request.DatasetMetricUpdate;
import io.github.supersetsdk.client.request.UpdateDatasetRequest;
import io.github.supersetsdk.sync.FieldChange;
import io.github.supersetsdk.sync.SyncMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/** Compares what dbt wants with a dataset's details and builds the one PUT that closes the gap. */
public final class Differ {

  private Differ() {}

  /**
   * The comparison's outcome.
   *
   * @param changes the field-level diff
   * @param kept fields left as a person set them
   * @param missingColumns columns dbt describes that the dataset does not have (yet)
   * @param removedMetrics metrics the update removes
   * @param removedColumns calculated columns the update removes
   * @param notes what the update cannot do, and why
   * @param request the update, or null if nothing is to be written
   */
  public record Diff(
      List<FieldChange> changes,
      List<String> kept,
      Set<String> missingColumns,
      List<String> removedMetrics,
      List<String> removedColumns,
      List<String> notes,
      @Nullable UpdateDatasetRequest request) {}

  /** The field a plan names when only the sync's record in the dataset's extra changes. */
  public static final String SYNC_RECORD = "sync_record";

  private static final Set<String> DATASET_FIELDS =
      Set.of("description", "cache_timeout", "main_dttm_col", "external_url",
          "is_managed_externally", "certified_by", "certification_details", "warning_markdown");

  /**
   * Diffs one dataset.
   *
   * @param d what dbt wants
   * @param ds the dataset's details
   * @param block the sync's block in its extra
   * @param mode the mode
   * @param metricsSynced whether the sync manages metrics; without, it leaves them as they are
   * @return the diff
   */
  public static Diff diff(Desired d, Dataset ds, Current.Block block, SyncMode mode, boolean metricsSynced) {
    return diff(d, ds, block, mode, metricsSynced, false);
  }

  /**
   * Diffs one dataset whose columns may have just been read from the warehouse.
   *
   * @param d what dbt wants
   * @param ds the dataset's details
   * @param block the sync's block in its extra
   * @param mode the mode
   * @param metricsSynced whether the sync manages metrics; without, it leaves them as they are
   * @param columnsFromTable whether the dataset's columns are the table's as of now (just created
   *     or refreshed), so that a documented column it lacks is one the table lacks
   * @return the diff
   */
  public static Diff diff(Desired d, Dataset ds, Current.Block block, SyncMode mode, boolean metricsSynced,
      boolean columnsFromTable) {
    UnaryOperator<String> columnKey = Current.columnKey(d, ds);
    Map<String, @Nullable String> cur = Current.fields(ds, columnKey);
    Map<String, @Nullable String> accepted = new LinkedHashMap<>();
    List<FieldChange> changes = new ArrayList<>();
    List<String> kept = new ArrayList<>();
    Set<String> missing = new LinkedHashSet<>();
    // Without catalog.json, a documented column the table lacked at the last refresh is not
    // refreshed for again: a refresh cannot bring it, and would run on every verifying plan.
    boolean noCatalog = d.catalogTable() == null;
    Set<String> stillAbsent = new LinkedHashSet<>();
    Set<String> newMetrics = new LinkedHashSet<>();
    Map<String, String> calculated = new LinkedHashMap<>();
    d.calculatedColumns().forEach(n -> calculated.put(n.toLowerCase(Locale.ROOT), n));
    Set<String> newColumns = new LinkedHashSet<>();
    List<String> notes = new ArrayList<>();
    Set<String> ownedColumns = new LinkedHashSet<>(calculated.keySet());
    for (Map.Entry<String, @Nullable String> e : d.fields().entrySet()) {
      String key = e.getKey();
      String want = e.getValue();
      if (key.startsWith("columns.")) {
        String col = key.substring(8, key.lastIndexOf('.'));
        DatasetColumn have = column(ds, col, columnKey);
        if (have == null && calculated.containsKey(col)) {
          newColumns.add(col);
          accepted.put(key, want);
          continue;
        }
        if (have == null) {
          if (noCatalog && block.absent().contains(col)) {
            stillAbsent.add(col);
          } else {
            missing.add(col);
          }
          continue;
        }
        if (key.endsWith(".expression") && isPhysical(have)) {
          // The table gained a column of the dimension's name: it stays the table's column.
          ownedColumns.remove(col);
          notes.add("dimension " + calculated.get(col) + " is not a calculated column: the table"
              + " has a column of that name, which takes its flags");
          continue;
        }
      }
      if (key.startsWith("metrics.")) {
        String name = key.substring(8, key.lastIndexOf('.'));
        if (ds.metric(name) == null) {
          newMetrics.add(name);
          accepted.put(key, want);
          continue;
        }
      }
      if (key.equals("main_dttm_col") && want != null
          && !isColumn(want, d, ds, block, columnsFromTable, columnKey)) {
        // Superset would take it, and every chart with a time range would then fail.
        notes.add("main_dttm_col '" + want + "' is not set: the dataset has no column of that name");
        continue;
      }
      String have = cur.get(key);
      if (same(have, want)) {
        continue;
      }
      // Types come from the warehouse (refresh); the catalog's only fills a column that has none.
      if (key.endsWith(".type") && have != null && !have.isBlank()) {
        continue;
      }
      if (isProtected(key, mode) && handEdited(key, have, block, mode)) {
        kept.add(key);
        continue;
      }
      accepted.put(key, want);
      changes.add(new FieldChange(key, have, want));
    }
    for (String m : newMetrics) {
      changes.add(new FieldChange("metrics." + m, null, d.fields().get("metrics." + m + ".expression")));
      addedFields(changes, "metrics." + m + ".", accepted);
    }
    for (String c : newColumns) {
      changes.add(new FieldChange("columns." + calculated.get(c), null,
          d.fields().get("columns." + c + ".expression")));
      addedFields(changes, "columns." + c + ".", accepted);
    }
    // Calculated columns the sync wrote and dbt no longer defines go, in every mode; those a
    // person made stay.
    List<String> removedColumns = new ArrayList<>();
    for (DatasetColumn c : ds.columns()) {
      String key = c.columnName().toLowerCase(Locale.ROOT);
      if (!isPhysical(c) && !calculated.containsKey(key) && block.columns().contains(key)) {
        removedColumns.add(c.columnName());
        changes.add(new FieldChange("columns." + c.columnName(), c.expression(), null));
      }
    }
    List<String> removed = new ArrayList<>();
    for (DatasetMetric m : metricsSynced ? ds.metrics() : List.<DatasetMetric>of()) {
      boolean ours = block.metrics().contains(m.metricName());
      if (!d.metricNames().contains(m.metricName()) && (mode == SyncMode.REPLACE || ours)) {
        removed.add(m.metricName());
        changes.add(new FieldChange("metrics." + m.metricName(), m.expression(), null));
      }
    }
    List<String> owned = metricsSynced ? d.metricNames() : block.metrics();
    // Without metrics the hash leaves them out, so it differs from the one a full sync stored:
    // that alone is no reason to write.
    stillAbsent.forEach(col -> notes.add(absentNote(d, col)));
    Set<String> absent = new LinkedHashSet<>();
    if (noCatalog) {
      absent.addAll(stillAbsent);
      if (columnsFromTable) {
        absent.addAll(missing);
      }
    }
    boolean hashMoved = metricsSynced && !Objects.equals(d.hash(), block.hash());
    boolean claimChanged = !d.uniqueId().equals(block.uniqueId()) || hashMoved
        || !new HashSet<>(owned).equals(new HashSet<>(block.metrics()))
        || !ownedColumns.equals(new HashSet<>(block.columns()))
        || !absent.equals(new HashSet<>(block.absent()));
    if (changes.isEmpty() && claimChanged) {
      // Only the sync's record in extra changes (dbt inputs moved without changing anything in
      // Superset: another mode, other catalog types): one write, named in the plan, so that the
      // next plans skip the dataset again.
      changes.add(new FieldChange(SYNC_RECORD, block.hash(), d.hash()));
    }
    if (changes.isEmpty() && !claimChanged) {
      return new Diff(List.of(), kept, missing, removed, removedColumns, notes, null);
    }
    UpdateDatasetRequest.Builder b = UpdateDatasetRequest.builder();
    for (String f : List.of("description", "main_dttm_col", "external_url")) {
      if (accepted.containsKey(f)) {
        String v = accepted.get(f);
        if (v == null) {
          switch (f) {
            case "description" -> b.clearDescription();
            case "main_dttm_col" -> b.clearMainDttmCol();
            default -> b.clearExternalUrl();
          }
        } else {
          switch (f) {
            case "description" -> b.description(v);
            case "main_dttm_col" -> b.mainDttmCol(v);
            default -> b.externalUrl(v);
          }
        }
      }
    }
    if (accepted.containsKey("cache_timeout")) {
      String timeout = accepted.get("cache_timeout");
      if (timeout == null) {
        b.clearCacheTimeout();
      } else {
        b.cacheTimeout(Integer.parseInt(timeout));
      }
    }
    if (accepted.containsKey("is_managed_externally")) {
      b.isManagedExternally(Boolean.parseBoolean(accepted.get("is_managed_externally")));
    }
    b.extra(newExtra(ds.extra(), d, accepted, cur, owned, List.copyOf(ownedColumns), List.copyOf(absent),
        metricsSynced ? Map.of() : metricFieldHashes(block)));
    if (changes.stream().anyMatch(c -> c.field().startsWith("columns."))) {
      List<DatasetColumnUpdate> cols = new ArrayList<>();
      for (DatasetColumn c : ds.columns()) {
        if (!removedColumns.contains(c.columnName())) {
          cols.add(applyColumn(c.toUpdate(), columnKey.apply(c.columnName()), accepted));
        }
      }
      for (String c : newColumns) {
        String name = Objects.requireNonNull(calculated.get(c));
        cols.add(applyColumn(DatasetColumnUpdate.builder(name).build(), c, accepted));
      }
      b.columns(cols);
    }
    if (changes.stream().anyMatch(c -> c.field().startsWith("metrics."))) {
      List<DatasetMetricUpdate> ms = new ArrayList<>();
      for (DatasetMetric m : ds.metrics()) {
        if (!removed.contains(m.metricName())) {
          ms.add(applyMetric(m.toUpdate(), m.extra(), m.metricName(), accepted));
        }
      }
      for (String name : d.metricNames()) {
        if (newMetrics.contains(name)) {
          String expr = Objects.requireNonNull(accepted.get("metrics." + name + ".expression"));
          ms.add(applyMetric(DatasetMetricUpdate.builder(name, expr).build(), null, name, accepted));
        }
      }
      b.metrics(ms);
    }
    return new Diff(changes, kept, missing, removed, removedColumns, notes, b.build());
  }

  // The fields a new metric or calculated column gets besides its expression, so that a plan shows
  // them (its label, description, flags) as it does for a new dataset.
  private static void addedFields(List<FieldChange> changes, String prefix, Map<String, @Nullable String> accepted) {
    accepted.forEach((key, value) -> {
      if (key.startsWith(prefix) && !key.endsWith(".expression") && value != null) {
        changes.add(new FieldChange(key, null, value));
      }
    });
  }

  /**
   * The note on a documented column the sync recorded the table lacked, without catalog.json.
   *
   * @param d what dbt wants
   * @param column the column, lower case
   * @return the note
   */
  static String absentNote(Desired d, String column) {
    return "dbt documents column " + d.columnNames().getOrDefault(column, column) + ", which the table did"
        + " not have when the sync last read its columns from the warehouse (without catalog.json the plan"
        + " cannot tell if it has it now; refreshing the dataset once the table has it brings it)";
  }

  /** Whether a field is one whose hand edits the mode keeps. */
  static boolean isProtected(String key, SyncMode mode) {
    if (mode == SyncMode.PRESERVE) {
      return true;
    }
    return mode == SyncMode.MERGE
        && (key.endsWith(".is_dttm") || key.endsWith(".groupby") || key.endsWith(".filterable"));
  }

  // A field is hand-edited when it differs from what the sync last wrote; without a record of that
  // (first sync of an existing dataset), non-empty text in preserve mode counts as a person's.
  static boolean handEdited(String key, @Nullable String have, Current.Block block, SyncMode mode) {
    String written = block.fields().get(key);
    if (written != null) {
      return !written.equals(Mapping.fieldHash(norm(have)));
    }
    boolean flag = key.endsWith(".is_dttm") || key.endsWith(".groupby") || key.endsWith(".filterable");
    return mode == SyncMode.PRESERVE && !flag && have != null && !have.isBlank();
  }

  private static @Nullable DatasetColumn column(Dataset ds, String key, UnaryOperator<String> columnKey) {
    for (DatasetColumn c : ds.columns()) {
      if (columnKey.apply(c.columnName()).equals(key)) {
        return c;
      }
    }
    return null;
  }

  // A column of the dataset, a calculated column dbt defines, or one a refresh brings: with
  // catalog.json, a column of the table; without, a documented column, unless the dataset's columns
  // were just read from the table or the sync recorded that the table lacks it.
  private static boolean isColumn(String name, Desired d, Dataset ds, Current.Block block,
      boolean columnsFromTable, UnaryOperator<String> columnKey) {
    String key = columnKey.apply(name);
    if (column(ds, key, columnKey) != null || d.calculatedColumns().stream().anyMatch(c -> c.equalsIgnoreCase(name))) {
      return true;
    }
    if (d.catalogTable() != null) {
      return d.catalogTable().columns().values().stream().anyMatch(c -> c.name().equalsIgnoreCase(name));
    }
    return d.columnNames().containsKey(key) && !columnsFromTable && !block.absent().contains(key);
  }

  private static boolean isPhysical(DatasetColumn c) {
    return c.expression() == null || c.expression().isBlank();
  }

  // The column's fields are those under its key.
  private static DatasetColumnUpdate applyColumn(
      DatasetColumnUpdate base, String key, Map<String, @Nullable String> a) {
    DatasetColumnUpdate.Builder u = base.toBuilder();
    String p = "columns." + key + ".";
    if (a.get(p + "expression") != null) {
      u.expression(Objects.requireNonNull(a.get(p + "expression")));
    }
    if (a.containsKey(p + "description")) {
      String v = a.get(p + "description");
      u.description(v == null ? "" : v);
    }
    if (a.containsKey(p + "verbose_name")) {
      String v = a.get(p + "verbose_name");
      u.verboseName(v == null ? "" : v);
    }
    if (a.containsKey(p + "is_dttm")) {
      u.isDttm(Boolean.parseBoolean(a.get(p + "is_dttm")));
    }
    if (a.containsKey(p + "groupby")) {
      u.groupby(Boolean.parseBoolean(a.get(p + "groupby")));
    }
    if (a.containsKey(p + "filterable")) {
      u.filterable(Boolean.parseBoolean(a.get(p + "filterable")));
    }
    if (a.containsKey(p + "type") && a.get(p + "type") != null) {
      u.type(Objects.requireNonNull(a.get(p + "type")));
    }
    return u.build();
  }

  private static DatasetMetricUpdate applyMetric(
      DatasetMetricUpdate base, @Nullable String extra, String name, Map<String, @Nullable String> a) {
    DatasetMetricUpdate.Builder u = base.toBuilder();
    String p = "metrics." + name + ".";
    if (a.containsKey(p + "expression")) {
      u.expression(Objects.requireNonNull(a.get(p + "expression")));
    }
    if (a.containsKey(p + "verbose_name")) {
      String v = a.get(p + "verbose_name");
      u.verboseName(v == null ? "" : v);
    }
    if (a.containsKey(p + "description")) {
      String v = a.get(p + "description");
      u.description(v == null ? "" : v);
    }
    if (a.containsKey(p + "d3format")) {
      String v = a.get(p + "d3format");
      u.d3format(v == null ? "" : v);
    }
    if (a.containsKey(p + "warning_text")) {
      String v = a.get(p + "warning_text");
      u.warningText(v == null ? "" : v);
    }
    if (a.containsKey(p + "certified_by") || a.containsKey(p + "certification_details")) {
      ObjectNode e = Current.extra(extra);
      JsonNode current = e.path("certification");
      String by = a.containsKey(p + "certified_by") ? a.get(p + "certified_by")
          : current.path("certified_by").isTextual() ? current.path("certified_by").asText() : null;
      String details = a.containsKey(p + "certification_details") ? a.get(p + "certification_details")
          : current.path("details").isTextual() ? current.path("details").asText() : null;
      if (by == null) {
        e.remove("certification");
      } else {
        ObjectNode c = e.putObject("certification");
        c.put("certified_by", by);
        if (details != null) {
          c.put("details", details);
        }
      }
      u.extra(e.toString());
    }
    return u.build();
  }

  // What the sync last wrote of the metrics it owns, kept while it does not manage them.
  private static Map<String, String> metricFieldHashes(Current.Block block) {
    Map<String, String> out = new LinkedHashMap<>();
    block.fields().forEach((k, v) -> {
      if (k.startsWith("metrics.")) {
        out.put(k, v);
      }
    });
    return out;
  }

  private static String newExtra(
      @Nullable String old, Desired d, Map<String, @Nullable String> accepted,
      Map<String, @Nullable String> cur, List<String> ownedMetrics, List<String> ownedColumns,
      List<String> absentColumns, Map<String, String> keptFieldHashes) {
    ObjectNode e = Current.extra(old);
    e.put("unique_id", d.uniqueId());
    if (accepted.containsKey("certified_by") || accepted.containsKey("certification_details")) {
      String by = accepted.containsKey("certified_by") ? accepted.get("certified_by") : cur.get("certified_by");
      String details = accepted.containsKey("certification_details")
          ? accepted.get("certification_details") : cur.get("certification_details");
      if (by == null) {
        e.remove("certification");
      } else {
        ObjectNode c = e.putObject("certification");
        c.put("certified_by", by);
        if (details != null) {
          c.put("details", details);
        }
      }
    }
    if (accepted.containsKey("warning_markdown")) {
      String w = accepted.get("warning_markdown");
      if (w == null) {
        e.remove("warning_markdown");
      } else {
        e.put("warning_markdown", w);
      }
    }
    ObjectNode block = e.putObject(Current.BLOCK);
    block.put("v", Mapping.FORMAT);
    block.put("hash", d.hash());
    ObjectNode fields = block.putObject("fields");
    for (Map.Entry<String, @Nullable String> f : d.fields().entrySet()) {
      if (!f.getKey().endsWith(".type")) {
        fields.put(f.getKey(), Mapping.fieldHash(norm(f.getValue())));
      }
    }
    keptFieldHashes.forEach(fields::put);
    ArrayNode metrics = block.putArray("metrics");
    ownedMetrics.forEach(metrics::add);
    if (!ownedColumns.isEmpty()) {
      ArrayNode columns = block.putArray("columns");
      ownedColumns.forEach(columns::add);
    }
    if (!absentColumns.isEmpty()) {
      ArrayNode absent = block.putArray("absent");
      absentColumns.forEach(absent::add);
    }
    return e.toString();
  }

  static boolean same(@Nullable String a, @Nullable String b) {
    return Objects.equals(norm(a), norm(b));
  }

  static @Nullable String norm(@Nullable String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  /** The dataset-level fields of the mapping (for documentation and tests). */
  static Set<String> datasetFields() {
    return DATASET_FIELDS;
  }
}
