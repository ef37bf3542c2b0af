package io.github.supersetsdk.dbt.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Copies collections into unmodifiable ones that keep the artifact's order. */
public final class Immutables {
  private Immutables() {}

  /**
   * Copies a map, keeping its iteration order and allowing {@code null} values (JSON nulls).
   *
   * @param map the map, or null for an empty one
   * @param <V> the value type
   * @return an unmodifiable copy
   */
  public static <V> Map<String, V> orderedMap(@Nullable Map<String, V> map) {
    if (map == null || map.isEmpty()) {
      return Map.of();
    }
    if (isUnmodifiableOrdered(map)) {
      return map;
    }
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  /**
   * Copies a list that may hold JSON nulls.
   *
   * @param list the list, or null for an empty one
   * @param <T> the element type
   * @return an unmodifiable copy
   */
  public static <T> List<T> list(@Nullable List<T> list) {
    if (list == null || list.isEmpty()) {
      return List.of();
    }
    return Collections.unmodifiableList(new ArrayList<>(list));
  }

  /**
   * Wraps a freshly built map without copying it; the caller must not keep a reference.
   *
   * @param map a map that nobody else holds
   * @param <V> the value type
   * @return an unmodifiable view
   */
  public static <V> Map<String, V> adopt(LinkedHashMap<String, V> map) {
    return map.isEmpty() ? Map.of() : new Frozen<>(map);
  }

  private static boolean isUnmodifiableOrdered(Map<?, ?> map) {
    return map instanceof Frozen;
  }

  /** An unmodifiable ordered map recognisable as already immutable, so records do not re-copy. */
  private static final class Frozen<V> extends java.util.AbstractMap<String, V> {
    private final Map<String, V> delegate;

    Frozen(LinkedHashMap<String, V> map) {
      this.delegate = Collections.unmodifiableMap(map);
    }

    @Override
    public java.util.Set<Entry<String, V>> entrySet() {
      return delegate.entrySet();
    }

    @Override
    public @Nullable V get(@Nullable Object key) {
      return delegate.get(key);
    }

    @Override
    public boolean containsKey(@Nullable Object key) {
      return delegate.containsKey(key);
    }

    @Override
    public int size() {
      return delegate.size();
    }
  }
}
