package io.github.supersetsdk.cache.internal;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A cached value with its tags, the generation of each tag when the value was loaded, and when it
 * was loaded ({@code loadedAtMillis}, on the cache's wall clock, so that soft and hard TTLs count
 * from the load in every instance that reads the entry from Redis). {@code generations} is null
 * when they could not be read (Redis unreachable): such an entry is "unverified", served only while
 * Redis stays unreachable and dropped once it is back.
 *
 * <p>Immutable but for {@link #checkedVersion}, a memo of the {@link GenerationTracker#version()}
 * at which the generations were last found current, so that an L1 hit need not compare them again
 * while no generation has moved. It takes no part in equality.
 */
public final class Entry<V> {

  private final V value;
  private final Set<String> tags;
  private final @Nullable Map<String, Long> generations;
  private final long loadedAtMillis;
  // Plain field: a racing reader may miss a memo and compare once more, never skip a needed compare.
  long checkedVersion = -1;

  public Entry(V value, Set<String> tags, @Nullable Map<String, Long> generations, long loadedAtMillis) {
    this.value = value;
    this.tags = Set.copyOf(tags);
    this.generations = generations == null ? null : Map.copyOf(generations);
    this.loadedAtMillis = loadedAtMillis;
  }

  public V value() {
    return value;
  }

  public Set<String> tags() {
    return tags;
  }

  public @Nullable Map<String, Long> generations() {
    return generations;
  }

  public long loadedAtMillis() {
    return loadedAtMillis;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Entry<?> e
        && e.value.equals(value)
        && e.tags.equals(tags)
        && Objects.equals(e.generations, generations)
        && e.loadedAtMillis == loadedAtMillis;
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, tags, generations, loadedAtMillis);
  }

  @Override
  public String toString() {
    return "Entry[tags=" + tags + ", generations=" + generations + ", loadedAtMillis=" + loadedAtMillis + "]";
  }
}
