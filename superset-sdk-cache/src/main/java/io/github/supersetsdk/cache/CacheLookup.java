package io.github.supersetsdk.cache;

import java.util.Objects;

/**
 * A value read through a {@link TieredCache} and the tier that answered, for profiling and
 * diagnostics (e.g. how a dashboard loads through the cache).
 *
 * <p>Immutable and thread-safe if the value is.
 *
 * @param value the value
 * @param source where it came from
 * @param <V> the value type
 */
public record CacheLookup<V>(V value, CacheSource source) {

  /**
   * Validates the components.
   *
   * @param value the value
   * @param source where it came from
   * @throws NullPointerException if an argument is null
   */
  public CacheLookup {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(source, "source");
  }
}
