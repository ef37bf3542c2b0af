package io.github.supersetsdk.assets.internal;

import io.github.supersetsdk.assets.AssetType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The folder's normal form of an asset document, applied alike to what the server exports and to
 * what a folder holds, so that comparing them compares meaning, not accidents. Idempotent.
 *
 * <ul>
 *   <li>Secrets never appear: database passwords (masked in the URI), encrypted extras and SSH
 *       tunnel secrets are dropped.
 *   <li>Server-local ids are dropped or replaced: a chart's {@code params.datasource}, {@code
 *       slice_id} and {@code dashboards}, the datasource ids of its query context; a dashboard's
 *       chart ids (position {@code chartId} and the ids in its metadata) become a number derived
 *       from the chart's UUID, which the import maps to the real id through the position.
 *   <li>JSON held in strings (a chart's query context, a dataset's {@code extra}, {@code params},
 *       {@code template_params}, a dashboard's {@code default_filters}) becomes a tree.
 *   <li>A dashboard metadata that is empty once its empty keys are dropped is left out, as an
 *       export leaves out one never set; {@link #forImport} sends a missing one as an empty mapping.
 *   <li>Order that carries no meaning is fixed: dataset columns by name, metrics by name, the
 *       charts Superset appends to a dashboard without a layout (with random node ids) by UUID and
 *       with node ids derived from the UUIDs.
 * </ul>
 */
public final class Normalizer {

  /** Superset's mask for secrets in exports. */
  public static final String MASK = "XXXXXXXXXX";

  // The password runs to the last '@': SQLAlchemy takes any other character in it, '/', '?' and '#' too.
  private static final Pattern URI_PASSWORD = Pattern.compile("^([a-zA-Z0-9+.\\-]+://[^:/@?#]*:)(.*)(@[^@]*)$", Pattern.DOTALL);

  private Normalizer() {}

  /** The normal form of a document's content. */
  public static Map<String, Object> normalize(AssetType type, Map<String, Object> content) {
    Map<String, Object> c = copyMap(content);
    switch (type) {
      case DATABASE -> database(c);
      case DATASET -> dataset(c);
      case CHART -> chart(c);
      case DASHBOARD -> dashboard(c);
    }
    return c;
  }

  private static void database(Map<String, Object> c) {
    c.remove("password");
    c.remove("encrypted_extra");
    c.remove("masked_encrypted_extra");
    if (c.get("ssh_tunnel") instanceof Map<?, ?> ssh) {
      ssh.remove("password");
      ssh.remove("private_key");
      ssh.remove("private_key_password");
    }
    if (c.get("sqlalchemy_uri") instanceof String uri) {
      c.put("sqlalchemy_uri", maskUri(uri));
    }
    jsonField(c, "extra");
    // The dashboard and chart exports write the old names of these fields, the database export the
    // new ones; the import reads both.
    rename(c, "allow_csv_upload", "allow_file_upload");
    if (c.get("extra") instanceof Map<?, ?> extra) {
      @SuppressWarnings("unchecked")
      Map<String, Object> e = (Map<String, Object>) extra;
      rename(e, "schemas_allowed_for_csv_upload", "schemas_allowed_for_file_upload");
    }
  }

  private static void rename(Map<String, Object> m, String old, String now) {
    if (m.containsKey(old)) {
      Object v = m.remove(old);
      m.putIfAbsent(now, v);
    }
  }

  /** A URI with its password, if any, replaced by Superset's mask. */
  public static String maskUri(String uri) {
    var m = URI_PASSWORD.matcher(uri);
    return m.find() && !m.group(2).isEmpty() ? m.replaceFirst("$1" + MASK + "$3") : uri;
  }

  private static void dataset(Map<String, Object> c) {
    jsonField(c, "extra");
    jsonField(c, "params");
    jsonField(c, "template_params");
    sortList(c, "columns", "column_name");
    sortList(c, "metrics", "metric_name");
    for (String list : List.of("columns", "metrics")) {
      if (c.get(list) instanceof List<?> l) {
        for (Object o : l) {
          if (o instanceof Map<?, ?> m) {
            @SuppressWarnings("unchecked")
            Map<String, Object> mm = (Map<String, Object>) m;
            jsonField(mm, "extra");
          }
        }
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static void chart(Map<String, Object> c) {
    jsonField(c, "params");
    if (c.get("params") instanceof Map<?, ?> p) {
      dropServerIds((Map<String, Object>) p);
    }
    jsonField(c, "query_context");
    if (c.get("query_context") instanceof Map<?, ?> qc) {
      qc.remove("datasource");
      if (qc.get("form_data") instanceof Map<?, ?> fd) {
        dropServerIds((Map<String, Object>) fd);
      }
      if (qc.get("queries") instanceof List<?> queries) {
        for (Object q : queries) {
          if (q instanceof Map<?, ?> qm) {
            qm.remove("datasource");
          }
        }
      }
    }
  }

  // Keys whose empty value means the same as no value: Superset's import adds or drops them.
  private static final List<String> EMPTY_IS_ABSENT = List.of("annotation_layers", "default_filters",
      "native_filter_configuration", "filter_scopes", "expanded_slices", "timed_refresh_immune_slices",
      "chart_configuration", "label_colors", "shared_label_colors", "map_label_colors", "color_scheme_domain");

  private static void dropEmpty(Map<String, Object> m) {
    for (String k : EMPTY_IS_ABSENT) {
      Object v = m.get(k);
      if (m.containsKey(k) && (v == null || v instanceof Map<?, ?> x && x.isEmpty() || v instanceof List<?> l && l.isEmpty()
          || "{}".equals(v) || "[]".equals(v))) {
        m.remove(k);
      }
    }
  }

  private static void dropServerIds(Map<String, Object> formData) {
    dropEmpty(formData);
    formData.remove("datasource");
    formData.remove("slice_id");
    formData.remove("dashboards");
  }

  @SuppressWarnings("unchecked")
  private static void dashboard(Map<String, Object> c) {
    Map<String, Object> position = c.get("position") instanceof Map<?, ?> p ? (Map<String, Object>) p : new LinkedHashMap<>();
    canonicalAppendedRows(position);
    Map<Long, Long> ids = new HashMap<>();
    for (Object node : position.values()) {
      if (node instanceof Map<?, ?> n && "CHART".equals(n.get("type")) && n.get("meta") instanceof Map<?, ?> meta) {
        UUID u = Doc.parseUuid(meta.get("uuid"));
        if (u != null) {
          long ref = chartRef(u);
          if (meta.get("chartId") instanceof Number old) {
            ids.put(old.longValue(), ref);
          }
          ((Map<String, Object>) meta).put("chartId", ref);
        }
      }
    }
    if (c.get("metadata") instanceof Map<?, ?> md) {
      Map<String, Object> metadata = (Map<String, Object>) md;
      if (metadata.get("default_filters") instanceof String s) {
        Object parsed = Yaml.parseJson(s);
        if (parsed instanceof Map<?, ?>) {
          metadata.put("default_filters", parsed);
        }
      }
      remapChartIds(metadata, ids);
      dropEmpty(metadata);
      // Superset's import writes at least {"native_filter_configuration": []} for a dashboard that
      // had no metadata, and an export leaves out an empty one: both mean the same.
      if (metadata.isEmpty()) {
        c.remove("metadata");
      }
    }
  }

  /**
   * The number standing for a chart's server id in a normalised dashboard: derived from its UUID,
   * so the same on every server. Superset's import replaces it with the real id.
   */
  public static long chartRef(UUID chart) {
    return 100_000_000L + Math.floorMod(chart.getMostSignificantBits() ^ chart.getLeastSignificantBits(), 900_000_000L);
  }

  @SuppressWarnings("unchecked")
  private static void remapChartIds(Map<String, Object> md, Map<Long, Long> ids) {
    if (ids.isEmpty()) {
      return;
    }
    remapList(md, "timed_refresh_immune_slices", ids);
    remapKeys(md, "expanded_slices", ids);
    remapKeys(md, "default_filters", ids);
    if (remapKeys(md, "filter_scopes", ids) && md.get("filter_scopes") instanceof Map<?, ?> fs) {
      for (Object cols : fs.values()) {
        if (cols instanceof Map<?, ?> cm) {
          for (Object attrs : cm.values()) {
            if (attrs instanceof Map<?, ?> am) {
              remapList((Map<String, Object>) am, "immune", ids);
            }
          }
        }
      }
    }
    if (md.get("native_filter_configuration") instanceof List<?> filters) {
      for (Object f : filters) {
        if (f instanceof Map<?, ?> fm) {
          remapScope((Map<String, Object>) fm, ids);
        }
      }
    }
    if (md.get("global_chart_configuration") instanceof Map<?, ?> g) {
      remapScope((Map<String, Object>) g, ids);
    }
    if (remapKeys(md, "chart_configuration", ids) && md.get("chart_configuration") instanceof Map<?, ?> cc) {
      for (Object v : cc.values()) {
        if (v instanceof Map<?, ?> vm) {
          Map<String, Object> conf = (Map<String, Object>) vm;
          if (conf.get("id") instanceof Number n && ids.containsKey(n.longValue())) {
            conf.put("id", ids.get(n.longValue()));
          }
          if (conf.get("crossFilters") instanceof Map<?, ?> cf) {
            remapScope((Map<String, Object>) cf, ids);
          }
        }
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static void remapScope(Map<String, Object> holder, Map<Long, Long> ids) {
    remapList(holder, "chartsInScope", ids);
    if (holder.get("scope") instanceof Map<?, ?> scope) {
      remapList((Map<String, Object>) scope, "excluded", ids);
    }
  }

  private static void remapList(Map<String, Object> holder, String key, Map<Long, Long> ids) {
    if (holder.get(key) instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      for (Object o : l) {
        out.add(o instanceof Number n && ids.containsKey(n.longValue()) ? ids.get(n.longValue()) : o);
      }
      holder.put(key, out);
    }
  }

  private static boolean remapKeys(Map<String, Object> holder, String key, Map<Long, Long> ids) {
    if (!(holder.get(key) instanceof Map<?, ?> m)) {
      return false;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    m.forEach((k, v) -> {
      String ks = String.valueOf(k);
      Long mapped = null;
      try {
        mapped = ids.get(Long.parseLong(ks));
      } catch (NumberFormatException e) {
        // not a chart id: kept as it is
      }
      out.put(mapped == null ? ks : mapped.toString(), v);
    });
    holder.put(key, out);
    return true;
  }

  /**
   * Superset's export appends the charts a dashboard's layout lacks in a new row, with random node
   * ids and in no fixed order (its {@code append_charts}; the row's meta holds {@code "0":
   * "ROOT_ID"}, which nothing else writes). That row gets ids derived from its charts' UUIDs and
   * its charts sorted by UUID, so that two exports agree.
   */
  @SuppressWarnings("unchecked")
  private static void canonicalAppendedRows(Map<String, Object> position) {
    Map<String, String> renames = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : position.entrySet()) {
      if (e.getValue() instanceof Map<?, ?> row && "ROW".equals(row.get("type"))
          && row.get("meta") instanceof Map<?, ?> meta && "ROOT_ID".equals(meta.get("0"))
          && row.get("children") instanceof List<?> children) {
        List<String> kids = new ArrayList<>();
        for (Object k : children) {
          kids.add(String.valueOf(k));
        }
        Map<String, UUID> uuidOf = new HashMap<>();
        for (String k : kids) {
          if (position.get(k) instanceof Map<?, ?> chart && chart.get("meta") instanceof Map<?, ?> cm) {
            UUID u = Doc.parseUuid(cm.get("uuid"));
            if (u != null) {
              uuidOf.put(k, u);
            }
          }
        }
        if (uuidOf.size() != kids.size()) {
          continue;
        }
        kids.sort(Comparator.comparing(uuidOf::get));
        StringBuilder all = new StringBuilder();
        for (String k : kids) {
          String newId = "CHART-" + uuidOf.get(k).toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
          renames.put(k, newId);
          all.append(uuidOf.get(k));
        }
        String rowId = "ROW-N-" + Uuids.v5(new UUID(0, 0), all.toString()).toString().substring(0, 8)
            .toUpperCase(java.util.Locale.ROOT);
        renames.put(e.getKey(), rowId);
        ((Map<String, Object>) row).put("children", kids);
      }
    }
    if (renames.isEmpty()) {
      return;
    }
    Map<String, Object> renamed = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : position.entrySet()) {
      Object node = e.getValue();
      if (node instanceof Map<?, ?> n) {
        Map<String, Object> nm = (Map<String, Object>) n;
        if (nm.get("id") instanceof String id) {
          nm.put("id", renames.getOrDefault(id, id));
        }
        for (String listKey : List.of("children", "parents")) {
          if (nm.get(listKey) instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            for (Object o : l) {
              out.add(o instanceof String s ? renames.getOrDefault(s, s) : o);
            }
            nm.put(listKey, out);
          }
        }
      }
      renamed.put(renames.getOrDefault(e.getKey(), e.getKey()), node);
    }
    position.clear();
    position.putAll(renamed);
  }

  /**
   * The content as Superset's import reads it: JSON-string fields back to strings, and a dashboard
   * without metadata with an empty one, which replaces what the server has.
   */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> forImport(AssetType type, Map<String, Object> content) {
    Map<String, Object> c = copyMap(content);
    if (type == AssetType.CHART && c.get("query_context") instanceof Map<?, ?> qc) {
      c.put("query_context", Yaml.json(qc));
    }
    if (type == AssetType.DASHBOARD && c.get("metadata") instanceof Map<?, ?> md
        && md.get("default_filters") instanceof Map<?, ?> df) {
      ((Map<String, Object>) md).put("default_filters", Yaml.json(df));
    }
    if (type == AssetType.DASHBOARD && !c.containsKey("metadata")) {
      // The import keeps a dashboard's metadata when the file has none: an empty one replaces it.
      c.put("metadata", new LinkedHashMap<String, Object>());
    }
    return c;
  }

  private static void jsonField(Map<String, Object> c, String key) {
    if (c.get(key) instanceof String s && !s.isBlank()) {
      Object parsed = Yaml.parseJson(s);
      if (parsed instanceof Map<?, ?> || parsed instanceof List<?>) {
        c.put(key, parsed);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static void sortList(Map<String, Object> c, String key, String by) {
    if (c.get(key) instanceof List<?> l) {
      List<Object> sorted = new ArrayList<>(l);
      sorted.sort(Comparator.comparing(o -> o instanceof Map<?, ?> m && m.get(by) != null ? m.get(by).toString() : ""));
      c.put(key, sorted);
    }
  }

  /** A deep copy of a tree's mapping. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> copyMap(Map<String, Object> m) {
    return (Map<String, Object>) copy(m);
  }

  /** A deep copy of a tree. */
  public static @Nullable Object copy(@Nullable Object v) {
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, x) -> out.put(String.valueOf(k), copy(x)));
      return out;
    }
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      l.forEach(x -> out.add(copy(x)));
      return out;
    }
    return v;
  }
}
