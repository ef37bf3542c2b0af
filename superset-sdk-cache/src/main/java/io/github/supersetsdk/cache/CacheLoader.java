package io.github.supersetsdk.cache;

/**
 * Computes a value on a miss in both tiers, together with its tags.
 *
 * <p>Implementations must be thread-safe; the cache calls the loader at most once at a time per
 * key in one process.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
@FunctionalInterface
public interface CacheLoader<K, V> {

  /**
   * Loads the value for a key.
   *
   * @param key the key
   * @return the value and its tags, never null
   * @throws Exception if the value cannot be loaded; the cache rethrows unchecked exceptions as they
   *     are and wraps checked ones in {@link CacheLoadException}
   */
  Tagged<V> load(K key) throws Exception;
}
