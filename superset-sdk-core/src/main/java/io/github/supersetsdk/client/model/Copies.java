package io.github.supersetsdk.client.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

// Defensive copies for the records of this package: never null, immutable, and tolerant of the null
// elements JSON may contain (where List.copyOf would throw). Package-private so that the public
// records depend on nothing internal; each record package has its own small copy.
final class Copies {

  private Copies() {}

  static <T> List<T> list(@Nullable List<T> list) {
    if (list == null || list.isEmpty()) {
      return List.of();
    }
    return Collections.unmodifiableList(new ArrayList<>(list));
  }

  static <K, V> Map<K, V> map(@Nullable Map<K, V> map) {
    if (map == null || map.isEmpty()) {
      return Map.of();
    }
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
