package io.github.supersetsdk.sync.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.supersetsdk.client.model.Dataset;
import io.github.supersetsdk.client.model.DatasetColumn;
import io.github.supersetsdk.client.model.DatasetMetric;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/** Reads a Superset dataset into the sync's field paths, and the sync's block in its extra. */
public final class Current {

  /** The key of the sync's block in a dataset's {@code extra}. */
  public static final String BLOCK = "superset_sdk_sync";

  static final ObjectMapper JSON = new ObjectMapper();

  private Current() {}

  /**
   * The sync's state kept in a dataset's extra.
   *
   * @param uniqueId the claimed dbt unique_id, or null
   * @param marked whether the sync's block is present
   * @param hash the hash of what the sync last wanted, or null
   * @param fields field path to the hash of the value the sync last wrote
   * @param metrics the metrics the sync last wrote
   * @param columns the calculated columns the sync last wrote, lower case
   * @param absent the columns dbt documents that the table lacked when the sync last read its
   *     columns from the warehouse (kept only without catalog.json, which says it each time), by
   *     their keys ({@link Desired#columnKey})
   */
  public record Block(
      @Nullable String uniqueId,
      boolean marked,
      @Nullable String hash,
      Map<String, String> fields,
      List<String> metrics,
      List<String> columns,
      List<String> absent) {}

  /**
   * Parses the extra JSON of a dataset.
   *
   * @param extra the extra text, or null
   * @return the object, empty if absent or not an object
   */
  public static ObjectNode extra(@Nullable String extra) {
    if (extra == null || extra.isBlank()) {
      return JSON.createObjectNode();
    }
    try {
      JsonNode n = JSON.readTree(extra);
      return n instanceof ObjectNode o ? o : JSON.createObjectNode();
    } catch (Exception e) {
      // A hand-broken extra is treated as empty; the sync rewrites it.
      return JSON.createObjectNode();
    }
  }

  /**
   * Reads the sync's block.
   *
   * @param extra the dataset's extra text
   * @return the block; unmarked when absent
   */
  public static Block block(@Nullable String extra) {
    ObjectNode o = extra(extra);
    String uid = o.path("unique_id").isTextual() ? o.get("unique_id").asText() : null;
    JsonNode b = o.get(BLOCK);
    if (!(b instanceof ObjectNode)) {
      return new Block(uid, false, null, Map.of(), List.of(), List.of(), List.of());
    }
    Map<String, String> fields = new LinkedHashMap<>();
    b.path("fields").fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue().asText()));
    List<String> metrics = new ArrayList<>();
    b.path("metrics").forEach(m -> metrics.add(m.asText()));
    List<String> columns = new ArrayList<>();
    b.path("columns").forEach(c -> columns.add(c.asText().toLowerCase(Locale.ROOT)));
    List<String> absent = new ArrayList<>();
    b.path("absent").forEach(c -> absent.add(c.asText()));
    String hash = b.path("hash").isTextual() ? b.get("hash").asText() : null;
    return new Block(uid, true, hash, fields, metrics, columns, absent);
  }

  /**
   * Flattens a dataset's details into field paths, its columns under the keys dbt's are under.
   *
   * @param d the dataset with its columns and metrics
   * @param columnKey a column's key from its name (see {@link #columnKey(Desired, Dataset)})
   * @return field path to value
   */
  public static Map<String, @Nullable String> fields(Dataset d, UnaryOperator<String> columnKey) {
    Map<String, @Nullable String> f = new LinkedHashMap<>();
    f.put("description", d.description());
    f.put("cache_timeout", d.cacheTimeout() == null ? null : d.cacheTimeout().toString());
    f.put("main_dttm_col", d.mainDttmCol());
    f.put("external_url", d.externalUrl());
    f.put("is_managed_externally",
        d.isManagedExternally() == null ? null : d.isManagedExternally().toString());
    ObjectNode extra = extra(d.extra());
    f.put("certified_by", text(extra.path("certification").path("certified_by")));
    f.put("certification_details", text(extra.path("certification").path("details")));
    f.put("warning_markdown", text(extra.path("warning_markdown")));
    for (DatasetColumn c : d.columns()) {
      String p = "columns." + columnKey.apply(c.columnName()) + ".";
      f.put(p + "description", c.description());
      f.put(p + "verbose_name", c.verboseName());
      f.put(p + "is_dttm", c.isDttm() == null ? "false" : c.isDttm().toString());
      f.put(p + "groupby", c.groupby() == null ? "true" : c.groupby().toString());
      f.put(p + "filterable", c.filterable() == null ? "true" : c.filterable().toString());
      f.put(p + "type", c.type());
      if (c.expression() != null && !c.expression().isEmpty()) {
        f.put(p + "expression", c.expression());
      }
    }
    for (DatasetMetric m : d.metrics()) {
      String p = "metrics." + m.metricName() + ".";
      f.put(p + "expression", m.expression());
      f.put(p + "verbose_name", m.verboseName());
      f.put(p + "description", m.description());
      f.put(p + "d3format", m.d3format());
      f.put(p + "certified_by", text(extra(m.extra()).path("certification").path("certified_by")));
      f.put(p + "certification_details", text(extra(m.extra()).path("certification").path("details")));
      f.put(p + "warning_text", m.warningText());
    }
    return f;
  }

  /**
   * How the dataset's columns are keyed to meet dbt's: as {@link Desired#columnKey}, and also by
   * exact name where the dataset itself has columns differing only in case (only a warehouse that
   * keeps case can give it both), so that two columns never share one key.
   *
   * @param d what dbt wants
   * @param ds the dataset
   * @return a column's key from its name
   */
  public static UnaryOperator<String> columnKey(Desired d, Dataset ds) {
    Map<String, String> first = new LinkedHashMap<>();
    Set<String> twice = new HashSet<>();
    for (DatasetColumn c : ds.columns()) {
      String lower = c.columnName().toLowerCase(Locale.ROOT);
      String had = first.putIfAbsent(lower, c.columnName());
      if (had != null && !had.equals(c.columnName())) {
        twice.add(lower);
      }
    }
    if (twice.isEmpty()) {
      return d::columnKey;
    }
    return n -> {
      String lower = n.toLowerCase(Locale.ROOT);
      return twice.contains(lower) ? n : d.columnKey(n);
    };
  }

  private static @Nullable String text(JsonNode n) {
    return n.isTextual() ? n.asText() : null;
  }
}
