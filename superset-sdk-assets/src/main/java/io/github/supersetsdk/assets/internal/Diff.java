package io.github.supersetsdk.assets.internal;

import io.github.supersetsdk.assets.FieldChange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Field-level differences of two trees: each leaf (scalar, empty mapping or empty list) by its path,
 * compared as JSON, so that {@code 5} and {@code 5L} are equal and a mapping's key order does not
 * matter. Items of a list that all carry a distinct name ({@code column_name}, {@code metric_name},
 * {@code uuid} or {@code id}) are paths by that name, {@code columns[revenue].type}, with the names in
 * order at {@code columns[]}; other items by position, {@code params.metrics[0]}. Thread-safe.
 */
public final class Diff {

  private Diff() {}

  /**
   * The differing leaves, in sorted path order.
   *
   * @param server the server's tree, or null when it has no such asset
   * @param folder the folder's tree
   * @return the changes
   */
  public static List<FieldChange> diff(@Nullable Map<String, Object> server, Map<String, Object> folder) {
    Map<String, String> a = flatten(server == null ? Map.of() : server);
    Map<String, String> b = flatten(folder);
    Set<String> paths = new LinkedHashSet<>(new TreeMap<>(a).keySet());
    paths.addAll(new TreeMap<>(b).keySet());
    List<FieldChange> out = new ArrayList<>();
    for (String p : new TreeMap<String, Boolean>(toMap(paths)).keySet()) {
      String x = a.get(p);
      String y = b.get(p);
      if (!Objects.equals(x, y)) {
        out.add(new FieldChange(p, x, y));
      }
    }
    return out;
  }

  private static Map<String, Boolean> toMap(Set<String> s) {
    Map<String, Boolean> m = new LinkedHashMap<>();
    s.forEach(k -> m.put(k, Boolean.TRUE));
    return m;
  }

  /** Each leaf of a tree as JSON by its path ({@code a.b[0].c}). */
  public static Map<String, String> flatten(Map<String, Object> root) {
    Map<String, String> out = new LinkedHashMap<>();
    walk("", root, out);
    return out;
  }

  private static void walk(String path, @Nullable Object v, Map<String, String> out) {
    if (v instanceof Map<?, ?> m && !m.isEmpty()) {
      m.forEach((k, x) -> walk(path.isEmpty() ? String.valueOf(k) : path + "." + k, x, out));
    } else if (v instanceof List<?> l && !l.isEmpty()) {
      String key = identity(l);
      if (key == null) {
        for (int i = 0; i < l.size(); i++) {
          walk(path + "[" + i + "]", l.get(i), out);
        }
        return;
      }
      // Named items by name, so that one added column is one change, not every later column
      // shifted; the names in order are a leaf of their own, so that a reorder still shows.
      List<Object> names = new ArrayList<>();
      for (Object item : l) {
        Object name = ((Map<?, ?>) item).get(key);
        names.add(name);
        walk(path + "[" + name + "]", item, out);
      }
      out.put(path + "[]", Yaml.json(names));
    } else {
      out.put(path, Yaml.json(v instanceof Number n ? normalNumber(n) : v));
    }
  }

  // The keys that name the items of Superset's lists: a dataset's columns and metrics, a dashboard's
  // native filters and other items with ids.
  private static final List<String> IDENTITIES = List.of("column_name", "metric_name", "uuid", "id");

  // The key that names every item of the list once, or null: the items are then compared by position.
  private static @Nullable String identity(List<?> l) {
    for (String key : IDENTITIES) {
      Set<Object> seen = new java.util.HashSet<>();
      boolean names = true;
      for (Object item : l) {
        Object name = item instanceof Map<?, ?> m ? m.get(key) : null;
        if (!(name instanceof String || name instanceof Number) || !seen.add(name.toString())) {
          names = false;
          break;
        }
      }
      if (names) {
        return key;
      }
    }
    return null;
  }

  private static Object normalNumber(Number n) {
    if (n instanceof Double || n instanceof Float || n instanceof java.math.BigDecimal) {
      double d = n.doubleValue();
      if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15) {
        return (long) d;
      }
      return d;
    }
    return n.longValue();
  }
}
