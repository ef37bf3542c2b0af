package io.github.supersetsdk.spring.boot.autoconfigure;

import io.github.supersetsdk.cache.CacheCodec;
import io.github.supersetsdk.cache.CacheLoader;
import io.github.supersetsdk.cache.RedisConfig;
import io.github.supersetsdk.cache.TieredCache;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Creates {@link TieredCache}s on the Redis and with the settings of {@code superset.cache.*}, one per
 * data set, and closes them when the context closes. A tiered cache needs a value codec and a loader,
 * which only the application knows, so the auto-configuration defines this factory rather than one
 * cache:
 *
 * {@snippet class=io.github.supersetsdk.spring.boot.autoconfigure.snippets.StarterSnippets region=SupersetCaches}
 *
 * <p>Thread-safe.
 */
public final class SupersetCaches implements AutoCloseable {

  private final RedisConfig redis;
  private final SupersetProperties.Cache settings;
  private final List<TieredCache<?, ?>> created = new ArrayList<>();

  /**
   * Creates the factory.
   *
   * @param redis the Redis the caches share
   * @param settings the {@code superset.cache.*} properties
   * @throws NullPointerException if an argument is null
   */
  public SupersetCaches(RedisConfig redis, SupersetProperties.Cache settings) {
    this.redis = Objects.requireNonNull(redis, "redis");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /**
   * Creates a cache whose Redis keys start with {@code superset.cache.key-prefix} plus {@code name}
   * and a colon. The factory closes it on {@link #close()}.
   *
   * @param name the data set's name, unique in the application
   * @param codec how values are stored in Redis
   * @param loader loads a missing value with its tags
   * @param <K> the key type
   * @param <V> the value type
   * @return the cache
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code name} is blank
   * @throws IllegalStateException if the factory is closed
   */
  public synchronized <K, V> TieredCache<K, V> create(String name, CacheCodec<V> codec, CacheLoader<K, V> loader) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name is blank");
    }
    TieredCache<K, V> cache = TieredCache.<K, V>builder()
        .redis(redis)
        .keyPrefix(settings.keyPrefix() + name + ":")
        .maximumSize(settings.maximumSize())
        .expireAfterWrite(settings.expireAfterWrite())
        .redisTtl(settings.redisTtl())
        .maxStaleness(settings.maxStaleness())
        .codec(Objects.requireNonNull(codec, "codec"))
        .loader(Objects.requireNonNull(loader, "loader"))
        .build();
    created.add(cache);
    return cache;
  }

  /**
   * The Redis the caches use.
   *
   * @return its configuration
   */
  public RedisConfig redis() {
    return redis;
  }

  /** Closes every cache this factory created. */
  @Override
  public synchronized void close() {
    for (TieredCache<?, ?> cache : created) {
      cache.close();
    }
    created.clear();
  }

  @Override
  public String toString() {
    return "SupersetCaches[redis=" + redis + ", keyPrefix=" + settings.keyPrefix() + "]";
  }
}
