package io.github.supersetsdk.cache;

import java.util.Objects;
import java.util.Set;

/**
 * A value together with the tags it depends on (for example dbt unique ids or Superset dataset
 * ids). Invalidating any of the tags with {@link TieredCache#invalidateTag(String)} invalidates the
 * value in every process sharing the cache.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the value
 * @param tags the tags; copied, never null
 * @param <V> the value type
 */
public record Tagged<V>(V value, Set<String> tags) {

  /**
   * Creates a tagged value.
   *
   * @param value the value
   * @param tags the tags
   * @throws NullPointerException if {@code value}, {@code tags} or any tag is null
   */
  public Tagged {
    Objects.requireNonNull(value, "value");
    tags = Set.copyOf(Objects.requireNonNull(tags, "tags"));
  }

  /**
   * Creates a tagged value.
   *
   * @param value the value
   * @param tags the tags
   * @param <V> the value type
   * @return the tagged value
   * @throws NullPointerException if {@code value} or any tag is null
   */
  public static <V> Tagged<V> of(V value, String... tags) {
    return new Tagged<>(value, Set.of(tags));
  }
}
