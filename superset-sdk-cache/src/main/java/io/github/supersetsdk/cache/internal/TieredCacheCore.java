package io.github.supersetsdk.cache.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.supersetsdk.cache.CacheCodec;
import io.github.supersetsdk.cache.CacheException;
import io.github.supersetsdk.cache.CacheLoadException;
import io.github.supersetsdk.cache.Tagged;
import io.github.supersetsdk.cache.TierStats;
import io.github.supersetsdk.cache.TieredCacheStats;
import io.github.supersetsdk.cache.Ticker;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cache on string keys: L1 Caffeine, L2 through an {@link L2Store} guarded by a circuit
 * breaker, tag generations through a {@link GenerationTracker}. Thread-safe.
 */
public final class TieredCacheCore<V> implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(TieredCacheCore.class);

  /** Settings already validated by the public builder. */
  public record Settings<V>(
      long maximumSize,
      Duration expireAfterWrite,
      Duration redisTtl,
      Duration maxStaleness,
      CacheCodec<V> codec,
      int compressAbove,
      int maximumEntrySize,
      Ticker ticker,
      int breakerFailureThreshold,
      Duration breakerOpenDuration) {}

  /** Loads a value for a string key. */
  @FunctionalInterface
  public interface Loader<V> {
    Tagged<V> load() throws Exception;
  }

  private final Settings<V> settings;
  private final Cache<String, Entry<V>> l1;
  private final L2Store l2;
  private final CircuitBreaker breaker;
  private final GenerationTracker generations;
  private final Ticker ticker;
  private final ConcurrentHashMap<String, CompletableFuture<V>> inFlight = new ConcurrentHashMap<>();
  // The in-flight load this thread owns, to refuse a loader that asks for its own key.
  private final ThreadLocal<@Nullable CompletableFuture<?>> loadingThread = new ThreadLocal<>();

  private final LongAdder l1Hits = new LongAdder();
  private final LongAdder l1Misses = new LongAdder();
  private final LongAdder l1Evictions = new LongAdder();
  private final LongAdder l1Invalidations = new LongAdder();
  private final LongAdder l2Hits = new LongAdder();
  private final LongAdder l2Misses = new LongAdder();
  private final LongAdder l2Invalidations = new LongAdder();
  private final LongAdder l2Errors = new LongAdder();
  private final LongAdder loads = new LongAdder();
  private final LongAdder loadFailures = new LongAdder();
  private final LongAdder loadNanos = new LongAdder();
  private final LongAdder staleLoads = new LongAdder();

  /**
   * @param storeFactory builds the L2 store given the listener that receives invalidation messages
   */
  public TieredCacheCore(Settings<V> settings, Function<L2Store.InvalidationListener, L2Store> storeFactory) {
    this.settings = settings;
    this.ticker = settings.ticker();
    this.l1 =
        Caffeine.newBuilder()
            .maximumSize(settings.maximumSize())
            .expireAfterWrite(settings.expireAfterWrite())
            .ticker(ticker::read)
            // Same-thread executor: evictions are counted deterministically, tests need no waiting.
            .executor(Runnable::run)
            .evictionListener((String k, Entry<V> v, com.github.benmanes.caffeine.cache.RemovalCause c) -> {
              if (c == com.github.benmanes.caffeine.cache.RemovalCause.SIZE) {
                l1Evictions.increment();
              }
            })
            .build();
    this.breaker =
        new CircuitBreaker(ticker, settings.breakerFailureThreshold(), settings.breakerOpenDuration());
    this.generations = new GenerationTracker(ticker, settings.maxStaleness());
    this.l2 =
        storeFactory.apply(
            new L2Store.InvalidationListener() {
              @Override
              public void tagInvalidated(String tag, long generation) {
                generations.observe(tag, generation);
                generations.markSeen(tag);
              }

              @Override
              public void keyInvalidated(String key) {
                if (l1.asMap().remove(key) != null) {
                  l1Invalidations.increment();
                }
              }
            });
  }

  /** Runs a Redis call unless the breaker is open; returns null (and counts an error) on failure. */
  private <T> @Nullable T redis(String what, Supplier<T> call) {
    if (!breaker.tryAcquire()) {
      l2Errors.increment();
      generations.markUnverified();
      return null;
    }
    try {
      T result = call.get();
      breaker.onSuccess();
      return result;
    } catch (RuntimeException e) {
      breaker.onFailure();
      l2Errors.increment();
      generations.markUnverified();
      LOG.debug("Redis {} failed; serving without the shared tier: {}", what, e.toString());
      return null;
    }
  }

  private boolean redisRun(String what, Runnable call) {
    return redis(what, () -> {
      call.run();
      return Boolean.TRUE;
    }) != null;
  }

  private void refreshGenerations() {
    generations.refreshIfDue(tags -> redis("generation refresh", () -> l2.generations(tags)));
  }

  /** Whether an entry may be served now; refreshes generations first when due. */
  private boolean usable(Entry<V> e) {
    if (e.tags().isEmpty()) {
      return true;
    }
    refreshGenerations();
    if (e.generations() == null) {
      // Loaded while Redis was unreachable: fine during the outage, dropped once Redis is back.
      return !generations.verified();
    }
    return generations.current(e);
  }

  private @Nullable Entry<V> l1Fresh(String key) {
    Entry<V> e = l1.getIfPresent(key);
    if (e == null) {
      return null;
    }
    if (usable(e)) {
      return e;
    }
    if (l1.asMap().remove(key, e)) {
      l1Invalidations.increment();
    }
    return null;
  }

  private @Nullable Entry<V> l2Fresh(String key) {
    byte[] bytes = redis("GET", () -> {
      byte[] b = l2.get(key);
      return b == null ? new byte[0] : b;
    });
    if (bytes == null) {
      return null;
    }
    if (bytes.length == 0) {
      l2Misses.increment();
      return null;
    }
    Entry<V> e;
    try {
      e = EntryFormat.decode(bytes, settings.codec());
    } catch (CacheException ex) {
      // An undecodable entry (older format, changed value type) is a miss, not a failure.
      LOG.debug("ignoring undecodable Redis entry for key {}: {}", key, ex.getMessage());
      l2Misses.increment();
      return null;
    }
    // The entry's generations were read from Redis: they are facts, known generations may rise.
    Map<String, Long> gens = Objects.requireNonNull(e.generations());
    generations.observeAll(gens);
    // A tag this instance has never seen may have been invalidated since the entry was written,
    // before the last refresh (which did not include it): ask Redis once rather than trust it.
    List<String> unseen = e.tags().stream().filter(t -> !generations.seen(t)).toList();
    if (!unseen.isEmpty()) {
      Map<String, Long> current = redis("MGET generations", () -> l2.generations(unseen));
      if (current == null) {
        return null;
      }
      generations.observeAll(current);
      current.keySet().forEach(generations::markSeen);
    }
    if (!usable(e)) {
      l2Misses.increment();
      return null;
    }
    l2Hits.increment();
    return e;
  }

  public @Nullable V getIfPresent(String key) {
    Entry<V> e = l1Fresh(key);
    if (e != null) {
      l1Hits.increment();
      return e.value();
    }
    l1Misses.increment();
    e = l2Fresh(key);
    if (e == null) {
      return null;
    }
    l1.put(key, e);
    return e.value();
  }

  public V get(String key, Loader<V> loader) {
    Entry<V> e = l1Fresh(key);
    if (e != null) {
      l1Hits.increment();
      return e.value();
    }
    l1Misses.increment();
    CompletableFuture<V> mine = new CompletableFuture<>();
    CompletableFuture<V> running = inFlight.putIfAbsent(key, mine);
    if (running != null) {
      if (loadingThread.get() == running) {
        // Waiting for our own load would never return.
        throw new IllegalStateException("the loader of key " + key + " called get for the same key");
      }
      return join(running, key);
    }
    CompletableFuture<?> outer = loadingThread.get();
    loadingThread.set(mine);
    try {
      V v = missPath(key, loader);
      mine.complete(v);
      return v;
    } catch (Throwable t) {
      mine.completeExceptionally(t);
      throw t;
    } finally {
      inFlight.remove(key, mine);
      if (outer == null) {
        loadingThread.remove();
      } else {
        loadingThread.set(outer);
      }
    }
  }

  private V missPath(String key, Loader<V> loader) {
    // Another caller may have stored the value between our L1 miss and taking the in-flight slot.
    Entry<V> e = l1Fresh(key);
    if (e != null) {
      return e.value();
    }
    e = l2Fresh(key);
    if (e != null) {
      l1.put(key, e);
      return e.value();
    }
    return loadAndStore(key, loader);
  }

  private V loadAndStore(String key, Loader<V> loader) {
    // Read before loading: a tag whose generation ends up above this was invalidated during the load.
    Long before = redis("GET sequence", l2::currentSequence);
    long start = ticker.read();
    Tagged<V> tagged;
    try {
      tagged = Objects.requireNonNull(loader.load(), "loader returned null");
    } catch (RuntimeException | Error ex) {
      loadFailures.increment();
      loadNanos.add(ticker.read() - start);
      throw ex;
    } catch (Exception ex) {
      loadFailures.increment();
      loadNanos.add(ticker.read() - start);
      throw new CacheLoadException("loading key " + key + " failed: " + ex.getMessage(), ex);
    }
    loads.increment();
    loadNanos.add(ticker.read() - start);
    V value = tagged.value();
    Set<String> tags = tagged.tags();
    if (tags.isEmpty()) {
      store(key, new Entry<>(value, tags, Map.of()));
      return value;
    }
    Map<String, Long> after = before == null ? null : redis("MGET generations", () -> l2.generations(List.copyOf(tags)));
    if (after == null) {
      l1.put(key, new Entry<>(value, tags, null));
      return value;
    }
    generations.observeAll(after);
    after.keySet().forEach(generations::markSeen);
    for (Long g : after.values()) {
      if (g > before) {
        // Invalidated while loading: the caller gets the value, the cache does not keep it.
        staleLoads.increment();
        return value;
      }
    }
    store(key, new Entry<>(value, tags, after));
    return value;
  }

  private void store(String key, Entry<V> entry) {
    l1.put(key, entry);
    byte[] bytes = EntryFormat.encode(entry, settings.codec(), settings.compressAbove());
    if (bytes.length > settings.maximumEntrySize()) {
      LOG.debug("not writing key {} to Redis: {} bytes exceed maximumEntrySize", key, bytes.length);
      return;
    }
    redisRun("SET", () -> l2.set(key, bytes, settings.redisTtl()));
  }

  public void put(String key, V value, Set<String> tags) {
    if (tags.isEmpty()) {
      store(key, new Entry<>(value, tags, Map.of()));
      return;
    }
    Map<String, Long> gens = redis("MGET generations", () -> l2.generations(List.copyOf(tags)));
    if (gens == null) {
      l1.put(key, new Entry<>(value, tags, null));
      return;
    }
    generations.observeAll(gens);
    gens.keySet().forEach(generations::markSeen);
    store(key, new Entry<>(value, tags, gens));
  }

  public void invalidate(String key) {
    if (l1.asMap().remove(key) != null) {
      l1Invalidations.increment();
    }
    if (redisRun("DEL", () -> l2.delete(key))) {
      l2Invalidations.increment();
    }
  }

  public boolean invalidateTag(String tag) {
    Long generation = redis("invalidate tag", () -> l2.invalidateTag(tag));
    if (generation != null) {
      generations.observe(tag, generation);
      generations.markSeen(tag);
      l2Invalidations.increment();
      return true;
    }
    // Redis is unreachable: at least this process must stop serving the tag's entries.
    l1.asMap().entrySet().removeIf(en -> {
      boolean drop = en.getValue().tags().contains(tag);
      if (drop) {
        l1Invalidations.increment();
      }
      return drop;
    });
    return false;
  }

  private V join(CompletableFuture<V> running, String key) {
    try {
      return running.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new CacheLoadException("loading key " + key + " failed", cause == null ? e : cause);
    }
  }

  public TieredCacheStats stats() {
    return TieredCacheStats.of(
        new TierStats(l1Hits.sum(), l1Misses.sum(), l1Evictions.sum(), l1Invalidations.sum(), 0),
        new TierStats(l2Hits.sum(), l2Misses.sum(), 0, l2Invalidations.sum(), l2Errors.sum()),
        loads.sum(),
        loadFailures.sum(),
        loadNanos.sum(),
        staleLoads.sum());
  }

  public CircuitBreaker.State breakerState() {
    return breaker.state();
  }

  /** Runs Caffeine's pending maintenance (size evictions); for tests and stats. */
  public void cleanUp() {
    l1.cleanUp();
  }

  @Override
  public void close() {
    l2.close();
  }
}
