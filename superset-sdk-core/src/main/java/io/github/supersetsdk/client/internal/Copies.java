package io.github.supersetsdk.client.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Defensive copies for model records: never null, immutable, and tolerant of null elements that JSON
 * may contain (where {@code List.copyOf} would throw).
 */
public final class Copies {

  private Copies() {}

  /**
   * An immutable copy of a list; empty for {@code null}.
   *
   * @param list the list, or {@code null}
   * @param <T> the element type
   * @return the copy
   */
  public static <T> List<T> list(@Nullable List<T> list) {
    if (list == null || list.isEmpty()) {
      return List.of();
    }
    return Collections.unmodifiableList(new ArrayList<>(list));
  }

  /**
   * An immutable, order-preserving copy of a map; empty for {@code null}.
   *
   * @param map the map, or {@code null}
   * @param <K> the key type
   * @param <V> the value type
   * @return the copy
   */
  public static <K, V> Map<K, V> map(@Nullable Map<K, V> map) {
    if (map == null || map.isEmpty()) {
      return Map.of();
    }
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
