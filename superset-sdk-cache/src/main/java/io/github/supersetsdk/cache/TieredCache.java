package io.github.supersetsdk.cache;

import io.github.supersetsdk.cache.internal.L2Store;
import io.github.supersetsdk.cache.internal.LettuceL2Store;
import io.github.supersetsdk.cache.internal.TieredCacheCore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A two-tier loading cache: a bounded Caffeine tier in this process (L1) in front of a Redis tier
 * shared by every process using the same key prefix (L2), filled by a {@link CacheLoader}.
 *
 * <p>Values carry tags; {@link #invalidateTag(String)} bumps the tag's generation in Redis and
 * broadcasts it, and every instance stops serving entries loaded under an older generation. An
 * instance that misses the broadcast re-reads the generations at least every {@code maxStaleness},
 * so while Redis is reachable no entry is served more than {@code maxStaleness} (plus one Redis
 * call) after its tag was invalidated. A load that overlapped an invalidation of one of its tags
 * is returned to its caller but not stored. Concurrent misses on one key in one process make one
 * load, and across instances a short Redis lease per key makes one instance load while the others
 * wait for its value (up to a bound, then load themselves). With a soft TTL, an entry past it is
 * still served while one caller refreshes it in the background; past the hard TTL it is reloaded.
 *
 * <p>Redis failures never reach callers: they are counted in {@link TierStats#errorCount()}, and a
 * circuit breaker skips Redis for a while after repeated failures. Entries loaded while Redis was
 * unreachable are dropped as soon as it answers again.
 *
 * <p>Create one instance per data set and reuse it; {@link #close()} releases its Redis
 * connections. Instances are thread-safe.
 *
 * {@snippet class=io.github.supersetsdk.cache.snippets.CacheSnippets region=TieredCache}
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class TieredCache<K, V> implements AutoCloseable {

  private final TieredCacheCore<V> core;
  private final Function<? super K, String> keyEncoder;
  private final CacheLoader<K, V> loader;
  private final Executor executor;
  private final String description;

  private TieredCache(
      TieredCacheCore<V> core,
      Function<? super K, String> keyEncoder,
      CacheLoader<K, V> loader,
      Executor executor,
      String description) {
    this.core = core;
    this.keyEncoder = keyEncoder;
    this.loader = loader;
    this.executor = executor;
    this.description = description;
  }

  /**
   * Returns a new builder.
   *
   * @param <K> the key type
   * @param <V> the value type
   * @return a builder; not thread-safe
   */
  public static <K, V> Builder<K, V> builder() {
    return new Builder<>();
  }

  private String key(K key) {
    return Objects.requireNonNull(keyEncoder.apply(Objects.requireNonNull(key, "key")), "encoded key");
  }

  /**
   * Returns the value for a key from L1, else L2, else the loader. Concurrent calls for one key in
   * this process share one L2 read and one load. A loader may call {@code get} for other keys, not
   * for the key it is loading.
   *
   * @param key the key
   * @return the value
   * @throws NullPointerException if {@code key} is null or the loader returned null
   * @throws IllegalStateException if the loader of {@code key} asked for {@code key} itself
   * @throws CacheLoadException if the loader threw a checked exception
   * @throws RuntimeException whatever unchecked exception the loader threw
   */
  public V get(K key) {
    String encoded = key(key);
    V fresh = core.freshInL1(encoded);
    if (fresh != null) {
      return fresh;
    }
    return core.get(encoded, () -> loader.load(key));
  }

  /**
   * As {@link #get(Object)}, and says which tier answered: for profiling and diagnostics, where
   * the difference between an L1 hit, an L2 hit and a load matters. Counts statistics as
   * {@link #get(Object)} does.
   *
   * @param key the key
   * @return the value and its source
   * @throws NullPointerException if {@code key} is null or the loader returned null
   * @throws IllegalStateException if the loader of {@code key} asked for {@code key} itself
   * @throws CacheLoadException if the loader threw a checked exception
   * @throws RuntimeException whatever unchecked exception the loader threw
   */
  public CacheLookup<V> lookup(K key) {
    String encoded = key(key);
    int[] origin = new int[1];
    V value = core.get(encoded, () -> loader.load(key), origin);
    CacheSource source = switch (origin[0]) {
      case TieredCacheCore.FROM_L1 -> CacheSource.L1;
      case TieredCacheCore.FROM_L2 -> CacheSource.L2;
      case TieredCacheCore.FROM_LOADER -> CacheSource.LOADER;
      case TieredCacheCore.FROM_CONCURRENT -> CacheSource.CONCURRENT;
      default -> throw new IllegalStateException("lookup of key " + encoded + " reported no source");
    };
    return new CacheLookup<>(value, source);
  }

  /**
   * Returns the value for a key, loading it on a miss, without blocking the caller: the lookup
   * runs as {@link #get(Object)} on the builder's executor.
   *
   * @param key the key
   * @return a future completed with the value, or exceptionally as {@link #get(Object)} would throw
   * @throws NullPointerException if {@code key} is null
   */
  public CompletableFuture<V> getAsync(K key) {
    Objects.requireNonNull(key, "key");
    return CompletableFuture.supplyAsync(() -> get(key), executor);
  }

  /**
   * Returns the values of several keys: L1 first, then one Redis round trip (MGET) for all the L1
   * misses, then the loader for each key still missing, one after the other in the caller's
   * thread, each with the single flight of {@link #get(Object)} (in this process and across
   * instances). Duplicate keys are looked up once.
   *
   * @param keys the keys
   * @return an unmodifiable map from each distinct key to its value, in the iteration order of
   *     {@code keys}
   * @throws NullPointerException if {@code keys} or a key is null, or a loader returned null
   * @throws IllegalStateException if a loader asked for its own key
   * @throws CacheLoadException if a loader threw a checked exception; values already loaded stay
   *     cached
   * @throws RuntimeException whatever unchecked exception a loader threw
   */
  public Map<K, V> getAll(Iterable<? extends K> keys) {
    Objects.requireNonNull(keys, "keys");
    Map<String, K> byEncoded = new LinkedHashMap<>();
    for (K key : keys) {
      byEncoded.putIfAbsent(key(key), key);
    }
    Map<String, V> values =
        core.getAll(List.copyOf(byEncoded.keySet()), encoded -> () -> loader.load(byEncoded.get(encoded)));
    Map<K, V> out = new LinkedHashMap<>();
    byEncoded.forEach((encoded, key) -> out.put(key, values.get(encoded)));
    return Collections.unmodifiableMap(out);
  }

  /**
   * Returns the values of several keys without blocking the caller: {@link #getAll(Iterable)} runs
   * on the builder's executor.
   *
   * @param keys the keys; read before this method returns
   * @return a future completed with the map, or exceptionally as {@link #getAll(Iterable)} would
   *     throw
   * @throws NullPointerException if {@code keys} or a key is null
   */
  public CompletableFuture<Map<K, V>> getAllAsync(Iterable<? extends K> keys) {
    List<K> copy = new ArrayList<>();
    for (K key : Objects.requireNonNull(keys, "keys")) {
      copy.add(Objects.requireNonNull(key, "key"));
    }
    return CompletableFuture.supplyAsync(() -> getAll(copy), executor);
  }

  /**
   * Stores a value with tags without blocking the caller: {@link #put(Object, Object, Set)} runs on
   * the builder's executor.
   *
   * @param key the key
   * @param value the value
   * @param tags the tags the value depends on
   * @return a future completed when both tiers were written (or Redis was found unreachable)
   * @throws NullPointerException if any argument or tag is null
   */
  public CompletableFuture<Void> putAsync(K key, V value, Set<String> tags) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    Set<String> copy = Set.copyOf(tags);
    return CompletableFuture.runAsync(() -> put(key, value, copy), executor);
  }

  /**
   * Removes a key from both tiers without blocking the caller: {@link #invalidate(Object)} runs on
   * the builder's executor.
   *
   * @param key the key
   * @return a future completed when the key was removed
   * @throws NullPointerException if {@code key} is null
   */
  public CompletableFuture<Void> invalidateAsync(K key) {
    Objects.requireNonNull(key, "key");
    return CompletableFuture.runAsync(() -> invalidate(key), executor);
  }

  /**
   * Invalidates a tag without blocking the caller: {@link #invalidateTag(String)} runs on the
   * builder's executor.
   *
   * @param tag the tag
   * @return a future completed with what {@link #invalidateTag(String)} returns
   * @throws NullPointerException if {@code tag} is null
   */
  public CompletableFuture<Boolean> invalidateTagAsync(String tag) {
    Objects.requireNonNull(tag, "tag");
    return CompletableFuture.supplyAsync(() -> invalidateTag(tag), executor);
  }

  /**
   * Returns the value for a key if L1 or L2 holds a fresh one; never calls the loader.
   *
   * @param key the key
   * @return the value, or null if neither tier holds a fresh one
   * @throws NullPointerException if {@code key} is null
   */
  public @Nullable V getIfPresent(K key) {
    return core.getIfPresent(key(key));
  }

  /**
   * Stores a value with tags in both tiers. The tags' current generations are read from Redis.
   *
   * @param key the key
   * @param value the value
   * @param tags the tags the value depends on
   * @return true if Redis took the value; false if it is in this instance's L1 alone (Redis was
   *     unreachable, or the entry exceeds {@code maximumEntrySize}): other instances keep serving
   *     what Redis holds for the key until it expires ({@code redisTtl}), so put again to share it.
   *     A tagged value kept in L1 during an outage is dropped once Redis answers again.
   * @throws NullPointerException if any argument or tag is null
   */
  public boolean put(K key, V value, Set<String> tags) {
    return core.put(key(key), Objects.requireNonNull(value, "value"), Set.copyOf(tags));
  }

  /**
   * Stores a value without tags in both tiers.
   *
   * @param key the key
   * @param value the value
   * @return true if Redis took the value; false as for {@link #put(Object, Object, Set)}
   * @throws NullPointerException if {@code key} or {@code value} is null
   */
  public boolean put(K key, V value) {
    return put(key, value, Set.of());
  }

  /**
   * Removes a key from both tiers and tells other instances to drop it from their L1. The message
   * to other instances is best effort: an instance that misses it keeps its L1 copy until
   * {@code expireAfterWrite}. Use tags when every instance must stop serving a value.
   *
   * @param key the key
   * @return true if Redis deleted the key; false if Redis was unreachable: only this instance
   *     dropped it, others serve Redis's copy until it expires ({@code redisTtl}), so retry
   * @throws NullPointerException if {@code key} is null
   */
  public boolean invalidate(K key) {
    return core.invalidate(key(key));
  }

  /**
   * Invalidates every entry carrying a tag, in every instance sharing the key prefix.
   *
   * @param tag the tag
   * @return true if the invalidation reached Redis; false if Redis was unreachable, in which case
   *     only this instance's L1 entries with the tag were dropped and the caller should retry
   * @throws NullPointerException if {@code tag} is null
   */
  public boolean invalidateTag(String tag) {
    return core.invalidateTag(Objects.requireNonNull(tag, "tag"));
  }

  /**
   * Returns the current counters.
   *
   * @return an immutable snapshot
   */
  public TieredCacheStats stats() {
    return core.stats();
  }

  /**
   * The latest Redis failure, for an operator: which call failed and why, as Lettuce said it, on
   * one line (a password in a URI masked). Redis failures never reach callers; {@link
   * TierStats#errorCount()} counts them and this says what the last one was.
   *
   * @return e.g. {@code Redis get failed: Unable to connect to localhost:6390: Connection refused};
   *     {@code null} if no Redis call of this cache has failed
   */
  public @Nullable String lastRedisFailure() {
    return core.lastL2Failure();
  }

  /**
   * Returns the number of entries in this instance's L1, an estimate as Caffeine's.
   *
   * @return the estimated L1 size
   */
  public long estimatedSize() {
    return core.l1EstimatedSize();
  }

  TieredCacheCore<V> core() {
    return core;
  }

  /** Closes the Redis connections. The instance must not be used afterwards. */
  @Override
  public void close() {
    core.close();
  }

  /** Returns the key prefix and the Redis configuration, its password masked. */
  @Override
  public String toString() {
    return description;
  }

  /**
   * Builds a {@link TieredCache}. Each setting may be given once; a second call, or a value out of
   * range, is rejected by that call with {@link IllegalStateException} or {@link
   * IllegalArgumentException}.
   *
   * <p>Not thread-safe.
   *
   * @param <K> the key type
   * @param <V> the value type
   */
  public static final class Builder<K, V> {

    private @Nullable Long maximumSize;
    private @Nullable Duration expireAfterWrite;
    private @Nullable RedisConfig redis;
    private @Nullable Duration redisTtl;
    private @Nullable String keyPrefix;
    private @Nullable CacheCodec<V> codec;
    private @Nullable Integer compressAbove;
    private @Nullable Integer maximumEntrySize;
    private @Nullable CacheLoader<K, V> loader;
    private @Nullable Function<? super K, String> keyEncoder;
    private @Nullable Duration maxStaleness;
    private @Nullable Ticker ticker;
    private @Nullable Executor executor;
    private @Nullable Boolean subscribe;
    private @Nullable Integer breakerFailures;
    private @Nullable Duration breakerOpenDuration;
    private @Nullable Duration softTtl;
    private @Nullable Duration hardTtl;
    private @Nullable Duration leaseTtl;
    private @Nullable Duration leaseMaxWait;

    private Builder() {}

    private static void requireState(boolean ok, String message, Object... args) {
      if (!ok) {
        throw new IllegalStateException(String.format(message, args));
      }
    }

    private static Duration requirePositive(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isZero() || d.isNegative()) {
        throw new IllegalArgumentException(name + " must be positive, got " + d);
      }
      return d;
    }

    /**
     * Sets the most entries L1 holds. Default 10,000.
     *
     * @param size at least 1
     * @return this builder
     * @throws IllegalStateException if already set
     * @throws IllegalArgumentException if {@code size} is below 1
     */
    public Builder<K, V> maximumSize(long size) {
      requireState(maximumSize == null, "maximumSize was already set to %s", maximumSize);
      if (size < 1) {
        throw new IllegalArgumentException("maximumSize must be at least 1, got " + size);
      }
      this.maximumSize = size;
      return this;
    }

    /**
     * Sets how long an L1 entry lives after it was written. Default 10 minutes. This is also how
     * long an instance keeps serving a value whose key (not tag) was invalidated on another
     * instance if it missed the message.
     *
     * @param duration positive
     * @return this builder
     * @throws IllegalStateException if already set
     * @throws IllegalArgumentException if not positive
     */
    public Builder<K, V> expireAfterWrite(Duration duration) {
      requireState(expireAfterWrite == null, "expireAfterWrite was already set to %s", expireAfterWrite);
      this.expireAfterWrite = requirePositive(duration, "expireAfterWrite");
      return this;
    }

    /**
     * Sets how to reach Redis. Required.
     *
     * @param config the configuration
     * @return this builder
     * @throws IllegalStateException if already set
     * @throws NullPointerException if {@code config} is null
     */
    public Builder<K, V> redis(RedisConfig config) {
      requireState(redis == null, "redis was already set to %s", redis);
      this.redis = Objects.requireNonNull(config, "config");
      return this;
    }

    /**
     * Sets how long an entry lives in Redis. Default 1 hour.
     *
     * @param ttl positive
     * @return this builder
     * @throws IllegalStateException if already set
     * @throws IllegalArgumentException if not positive
     */
    public Builder<K, V> redisTtl(Duration ttl) {
      requireState(redisTtl == null, "redisTtl was already set to %s", redisTtl);
      this.redisTtl = requirePositive(ttl, "redisTtl");
      return this;
    }

    /**
     * Sets the prefix of every Redis key and of the invalidation channel. Required: instances
     * sharing a prefix share values and invalidations, so two data sets must not share one.
     *
     * @param prefix non-empty, for example {@code "chart-data:"}
     * @return this builder
     * @throws IllegalStateException if already set
     * @throws IllegalArgumentException if empty
     */
    public Builder<K, V> keyPrefix(String prefix) {
      requireState(keyPrefix == null, "keyPrefix was already set to %s", keyPrefix);
      if (Objects.requireNonNull(prefix, "prefix").isEmpty()) {
        throw new IllegalArgumentException("keyPrefix must not be empty");
      }
      this.keyPrefix = prefix;
      return this;
    }

    /**
     * Sets the codec of values stored in Redis. Required.
     *
     * @param codec for example {@link CacheCodec#json(Class)}
     * @return this builder
     * @throws IllegalStateException if already set
     * @throws NullPointerException if {@code codec} is null
     */
    public Builder<K, V> codec(CacheCodec<V> codec) {
      requireState(this.codec == null, "codec was already set to %s", this.codec);
      this.codec = Objects.requireNonNull(codec, "codec");
      return this;
    }

    /**
     * Gzips encoded values larger than this many bytes before writing them to Redis. Default: never.
     *
     * @param bytes at least 0
     * @return this builder
     * @throws IllegalStateException if already set
     * @throws IllegalArgumentException if negative
     */
    public Builder<K, V> compressAbove(int bytes) {
      requireState(compressAbove == null, "compressAbove was already set to %s", compressAbove);
      if (bytes < 0) {
        throw new IllegalArgumentException("compressAbove must not be negative, got " + bytes);
      }
      this.compressAbove = bytes;
      return this;
    }

    /**
     * Sets the largest entry (after compression) written to Redis; larger values stay in L1 only.
     * Default 1 MiB.
     *
     * @param bytes at least 1
     * @return this builder
     * @throws IllegalStateException if already set
     * @throws IllegalArgumentException if below 1
     */
    public Builder<K, V> maximumEntrySize(int bytes) {
      requireState(maximumEntrySize == null, "maximumEntrySize was already set to %s", maximumEntrySize);
      if (bytes < 1) {
        throw new IllegalArgumentException("maximumEntrySize must be at least 1, got " + bytes);
      }
      this.maximumEntrySize = bytes;
      return this;
    }

    /**
     * Sets the loader called on a miss in both tiers. Required.
     *
     * @param loader the loader
     * @return this builder
     * @throws IllegalStateException if already set
     * @throws NullPointerException if {@code loader} is null
     */
    public Builder<K, V> loader(CacheLoader<K, V> loader) {
      requireState(this.loader == null, "loader was already set");
      this.loader = Objects.requireNonNull(loader, "loader");
      return this;
    }

    /**
     * Sets how a key becomes the string used in Redis and in invalidation messages. Default
     * {@link String#valueOf(Object)}; the function must be injective.
     *
     * @param encoder the encoder
     * @return this builder
     * @throws IllegalStateException if already set
     * @throws NullPointerException if {@code encoder} is null
     */
    public Builder<K, V> keyEncoder(Function<? super K, String> encoder) {
      requireState(keyEncoder == null, "keyEncoder was already set");
      this.keyEncoder = Objects.requireNonNull(encoder, "encoder");
      return this;
    }

    /**
     * Sets the consistency bound: how long after a tag invalidation an instance that missed the
     * broadcast may still serve the tag's entries. Generations are re-read from Redis at most this
     * often. Default 5 seconds.
     *
     * @param bound positive
     * @return this builder
     * @throws IllegalStateException if already set
     * @throws IllegalArgumentException if not positive
     */
    public Builder<K, V> maxStaleness(Duration bound) {
      requireState(maxStaleness == null, "maxStaleness was already set to %s", maxStaleness);
      this.maxStaleness = requirePositive(bound, "maxStaleness");
      return this;
    }

    /**
     * Sets the time source for expiry, staleness and the circuit breaker. Default {@link
     * Ticker#system()}; tests pass a fake.
     *
     * @param ticker the ticker
     * @return this builder
     * @throws IllegalStateException if already set
     * @throws NullPointerException if {@code ticker} is null
     */
    public Builder<K, V> ticker(Ticker ticker) {
      requireState(this.ticker == null, "ticker was already set");
      this.ticker = Objects.requireNonNull(ticker, "ticker");
      return this;
    }

    /**
     * Sets the executor of the async methods and of soft TTL background refreshes. Default the
     * common pool.
     *
     * @param executor the executor
     * @return this builder
     * @throws IllegalStateException if already set
     * @throws NullPointerException if {@code executor} is null
     */
    public Builder<K, V> executor(Executor executor) {
      requireState(this.executor == null, "executor was already set");
      this.executor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /**
     * Sets whether this instance subscribes to invalidation broadcasts. Default true. Without a
     * subscription, other instances' tag invalidations are seen only by re-reading generations
     * every {@code maxStaleness}, and their key invalidations not at all.
     *
     * @param enabled whether to subscribe
     * @return this builder
     * @throws IllegalStateException if already set
     */
    public Builder<K, V> invalidationSubscription(boolean enabled) {
      requireState(subscribe == null, "invalidationSubscription was already set to %s", subscribe);
      this.subscribe = enabled;
      return this;
    }

    /**
     * Sets the circuit breaker: after {@code failures} Redis failures in a row Redis is skipped
     * for {@code openDuration}, then one call probes it. Default 3 failures, 5 seconds.
     *
     * @param failures at least 1
     * @param openDuration positive
     * @return this builder
     * @throws IllegalStateException if already set
     * @throws IllegalArgumentException if out of range
     */
    public Builder<K, V> circuitBreaker(int failures, Duration openDuration) {
      requireState(breakerFailures == null, "circuitBreaker was already set");
      if (failures < 1) {
        throw new IllegalArgumentException("circuit breaker failures must be at least 1, got " + failures);
      }
      this.breakerOpenDuration = requirePositive(openDuration, "openDuration");
      this.breakerFailures = failures;
      return this;
    }

    /**
     * Sets the soft TTL: an entry older than this (counted from its load, in every instance) is
     * still served, while one caller per instance starts a refresh on the builder's executor; with
     * the lease, one instance of all refreshes it and the others pick the new value up from Redis.
     * Default: none, entries are fresh until they expire.
     *
     * @param ttl positive, and below the hard TTL if one is set
     * @return this builder
     * @throws IllegalStateException if already set, or not below the hard TTL
     * @throws IllegalArgumentException if not positive
     */
    public Builder<K, V> softTtl(Duration ttl) {
      requireState(softTtl == null, "softTtl was already set to %s", softTtl);
      Duration t = requirePositive(ttl, "softTtl");
      requireState(hardTtl == null || t.compareTo(hardTtl) < 0, "softTtl %s must be below hardTtl %s", t, hardTtl);
      this.softTtl = t;
      return this;
    }

    /**
     * Sets the hard TTL: no entry older than this (counted from its load, in every instance, L1
     * and L2 alike) is served; the next read loads it. Entries are also written to Redis with at
     * most this TTL. Default: none, only {@code expireAfterWrite} (L1) and {@code redisTtl} (L2)
     * apply.
     *
     * @param ttl positive, and above the soft TTL if one is set
     * @return this builder
     * @throws IllegalStateException if already set, or not above the soft TTL
     * @throws IllegalArgumentException if not positive
     */
    public Builder<K, V> hardTtl(Duration ttl) {
      requireState(hardTtl == null, "hardTtl was already set to %s", hardTtl);
      Duration t = requirePositive(ttl, "hardTtl");
      requireState(softTtl == null || softTtl.compareTo(t) < 0, "hardTtl %s must be above softTtl %s", t, softTtl);
      this.hardTtl = t;
      return this;
    }

    /**
     * Sets the cross-instance single flight: on a miss in both tiers an instance takes the key's
     * load lease in Redis ({@code SET NX PX}) for {@code leaseTtl} before loading; an instance that
     * finds the lease taken waits up to {@code maxWait} for the holder's value, then loads itself.
     * A holder that dies frees the lease after {@code leaseTtl}. Choose a lease a little longer
     * than a slow load. Default 10 seconds, 10 seconds.
     *
     * @param leaseTtl positive
     * @param maxWait positive
     * @return this builder
     * @throws IllegalStateException if already set
     * @throws IllegalArgumentException if not positive
     */
    public Builder<K, V> singleFlightLease(Duration leaseTtl, Duration maxWait) {
      requireState(this.leaseTtl == null, "singleFlightLease was already set to %s, %s", this.leaseTtl, leaseMaxWait);
      Duration ttl = requirePositive(leaseTtl, "leaseTtl");
      this.leaseMaxWait = requirePositive(maxWait, "maxWait");
      this.leaseTtl = ttl;
      return this;
    }

    /**
     * Builds the cache. Connects to Redis lazily: an unreachable Redis does not fail the build.
     *
     * @return the cache
     * @throws IllegalStateException if redis, keyPrefix, codec or loader is missing, or the key
     *     prefix holds a brace (the cache places its generation keys with a Redis Cluster hash tag
     *     made of the prefix)
     */
    public TieredCache<K, V> build() {
      requireState(redis != null, "redis is required");
      RedisConfig config = redis;
      requireState(keyPrefix != null, "keyPrefix is required");
      String prefix = Objects.requireNonNull(keyPrefix, "keyPrefix");
      boolean sub = subscribe == null || subscribe;
      return build(listener -> new LettuceL2Store(config, prefix, sub, listener));
    }

    TieredCache<K, V> build(Function<L2Store.InvalidationListener, L2Store> storeFactory) {
      requireState(keyPrefix != null, "keyPrefix is required");
      requireState(keyPrefix.indexOf('{') < 0 && keyPrefix.indexOf('}') < 0,
          "keyPrefix must not contain '{' or '}' (it becomes a Redis Cluster hash tag), got %s", keyPrefix);
      requireState(codec != null, "codec is required");
      requireState(loader != null, "loader is required");
      Executor exec = executor == null ? ForkJoinPool.commonPool() : executor;
      Duration l2Ttl = redisTtl == null ? Duration.ofHours(1) : redisTtl;
      if (hardTtl != null && hardTtl.compareTo(l2Ttl) < 0) {
        l2Ttl = hardTtl; // Redis need not keep what may no longer be served
      }
      TieredCacheCore.Settings<V> settings =
          new TieredCacheCore.Settings<>(
              maximumSize == null ? 10_000 : maximumSize,
              expireAfterWrite == null ? Duration.ofMinutes(10) : expireAfterWrite,
              l2Ttl,
              maxStaleness == null ? Duration.ofSeconds(5) : maxStaleness,
              Objects.requireNonNull(codec),
              compressAbove == null ? Integer.MAX_VALUE : compressAbove,
              maximumEntrySize == null ? 1 << 20 : maximumEntrySize,
              ticker == null ? Ticker.system() : ticker,
              breakerFailures == null ? 3 : breakerFailures,
              breakerOpenDuration == null ? Duration.ofSeconds(5) : breakerOpenDuration,
              softTtl,
              hardTtl,
              leaseTtl == null ? Duration.ofSeconds(10) : leaseTtl,
              leaseMaxWait == null ? Duration.ofSeconds(10) : leaseMaxWait,
              exec);
      return new TieredCache<>(
          new TieredCacheCore<>(settings, storeFactory),
          keyEncoder == null ? String::valueOf : keyEncoder,
          Objects.requireNonNull(loader),
          exec,
          "TieredCache[keyPrefix=" + keyPrefix + ", redis=" + redis + "]");
    }
  }
}
