package io.github.supersetsdk.cache.internal;

import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A cached value with its tags, the generation of each tag when the value was loaded, and when it
 * was loaded ({@code loadedAtMillis}, on the cache's wall clock, so that soft and hard TTLs count
 * from the load in every instance that reads the entry from Redis). {@code generations} is null
 * when they could not be read (Redis unreachable): such an entry is "unverified", served only while
 * Redis stays unreachable and dropped once it is back.
 */
public record Entry<V>(
    V value, Set<String> tags, @Nullable Map<String, Long> generations, long loadedAtMillis) {

  public Entry {
    tags = Set.copyOf(tags);
    generations = generations == null ? null : Map.copyOf(generations);
  }
}
