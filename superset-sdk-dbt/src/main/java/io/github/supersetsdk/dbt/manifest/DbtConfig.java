package io.github.supersetsdk.dbt.manifest;

import io.github.supersetsdk.dbt.internal.Immutables;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The {@code config} object of a resource. All keys are kept, so that any key can be selected with
 * {@code config.<key>:value}, except keys whose value is JSON null, which dbt writes by the dozen
 * and which no selector can match; typed accessors cover the common ones. Values are plain JSON values:
 * {@code String}, {@code Boolean}, a {@code Number}, an unmodifiable {@code List} or {@code Map},
 * or {@code null}. Immutable and thread-safe.
 *
 * @param values every config key as written
 */
public record DbtConfig(Map<String, @Nullable Object> values) {

  /** A config with no keys. */
  public static final DbtConfig EMPTY = new DbtConfig(Map.of());

  /**
   * Copies the values.
   *
   * @param values the values; null means none
   */
  public DbtConfig {
    values = Immutables.orderedMap(values);
  }

  /**
   * Returns a string value.
   *
   * @param key the config key
   * @return the value if it is a string, else {@code null}
   */
  public @Nullable String string(String key) {
    Object v = values.get(key);
    return v instanceof String ? (String) v : null;
  }

  /**
   * Returns {@code materialized}, such as {@code table} or {@code view}.
   *
   * @return the materialization, or {@code null}
   */
  public @Nullable String materialized() {
    return string("materialized");
  }

  /**
   * Returns the configured {@code schema} (the custom schema suffix, not the resolved schema).
   *
   * @return the schema, or {@code null}
   */
  public @Nullable String schema() {
    return string("schema");
  }

  /**
   * Returns the configured {@code database}.
   *
   * @return the database, or {@code null}
   */
  public @Nullable String database() {
    return string("database");
  }

  /**
   * Returns the configured {@code alias}.
   *
   * @return the alias, or {@code null}
   */
  public @Nullable String alias() {
    return string("alias");
  }

  /**
   * Returns {@code enabled}; dbt's default is true.
   *
   * @return whether the resource is enabled
   */
  public boolean enabled() {
    return !Boolean.FALSE.equals(values.get("enabled"));
  }

  /**
   * Returns {@code config.tags}, which dbt accepts as a string or a list.
   *
   * @return the tags
   */
  public List<String> tags() {
    Object v = values.get("tags");
    if (v instanceof String) {
      return List.of((String) v);
    }
    if (v instanceof List) {
      List<?> list = (List<?>) v;
      boolean allStrings = true;
      for (Object o : list) {
        allStrings &= o instanceof String;
      }
      if (allStrings) {
        // no copy when the list is already immutable, as the reader's lists are
        @SuppressWarnings("unchecked")
        List<String> strings = List.copyOf((List<String>) list);
        return strings;
      }
      java.util.ArrayList<String> out = new java.util.ArrayList<>(list.size());
      for (Object o : list) {
        if (o instanceof String) {
          out.add((String) o);
        }
      }
      return List.copyOf(out);
    }
    return List.of();
  }

  /**
   * Returns {@code config.meta}.
   *
   * @return the meta map; empty when absent or null
   */
  @SuppressWarnings("unchecked")
  public Map<String, @Nullable Object> meta() {
    Object v = values.get("meta");
    return v instanceof Map ? (Map<String, @Nullable Object>) v : Map.of();
  }

  /**
   * Returns {@code config.group}.
   *
   * @return the group, or {@code null}
   */
  public @Nullable String group() {
    return string("group");
  }
}
