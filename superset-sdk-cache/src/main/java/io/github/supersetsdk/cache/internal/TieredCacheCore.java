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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cache on string keys: L1 Caffeine, L2 through an {@link L2Store} guarded by a circuit
 * breaker, tag generations through a {@link GenerationTracker}, one load per key in this process
 * (in-flight futures) and across processes (a Redis lease per key), soft TTL refreshes on the
 * settings' executor. Thread-safe.
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
      Duration breakerOpenDuration,
      @Nullable Duration softTtl,
      @Nullable Duration hardTtl,
      @Nullable Duration leaseTtl,
      Duration leaseMaxWait,
      Executor executor) {}

  /** Loads a value for a string key. */
  @FunctionalInterface
  public interface Loader<V> {
    Tagged<V> load() throws Exception;
  }

  /** Where {@link #get(String, Loader, int[])} found a value: a fresh or usable L1 entry. */
  public static final int FROM_L1 = 1;
  /** An L2 entry. */
  public static final int FROM_L2 = 2;
  /** This call's load. */
  public static final int FROM_LOADER = 3;
  /** A concurrent caller's lookup of the same key in this process, which this call waited for. */
  public static final int FROM_CONCURRENT = 4;

  // What a read may do with an entry.
  private static final int FRESH = 0;
  private static final int SOFT_EXPIRED = 1;
  private static final int STALE = 2;
  private static final int EXPIRED = 3;

  private final Settings<V> settings;
  private final Cache<String, Entry<V>> l1;
  private final L2Store l2;
  private final CircuitBreaker breaker;
  private final GenerationTracker generations;
  private final Ticker ticker;
  private final Function<List<String>, @Nullable Map<String, Long>> refreshReader;
  private final ConcurrentHashMap<String, Flight<V>> inFlight = new ConcurrentHashMap<>();
  private final Set<String> refreshing = ConcurrentHashMap.newKeySet();
  // The in-flight load this thread owns, to refuse a loader that asks for its own key.
  private final ThreadLocal<@Nullable CompletableFuture<?>> loadingThread = new ThreadLocal<>();
  // Wall clock derived from the ticker: monotonic within the process, comparable across processes
  // (up to clock skew), and moved by a fake ticker in tests.
  private final long baseWallMillis = System.currentTimeMillis();
  private final long baseTick;
  private final long softMillis;
  private final long hardMillis;
  private final boolean timed;
  private final @Nullable Duration leaseTtl;
  private final long leaseMaxWaitNanos;
  private final String instanceId = UUID.randomUUID().toString();
  private final AtomicLong leaseCounter = new AtomicLong();
  private final Object leaseSignal = new Object();
  private final L1Clock l1Clock;

  private final LongAdder l1Hits = new LongAdder();
  private final LongAdder l1Misses = new LongAdder();
  private final LongAdder l1Evictions = new LongAdder();
  private final LongAdder l1Invalidations = new LongAdder();
  private final LongAdder l2Hits = new LongAdder();
  private final LongAdder l2Misses = new LongAdder();
  private final LongAdder l2Invalidations = new LongAdder();
  private final LongAdder l2Errors = new LongAdder();
  // The latest Redis failure, as one line for an operator; null until one happens.
  private volatile @Nullable String lastL2Failure;
  private final LongAdder loads = new LongAdder();
  private final LongAdder loadFailures = new LongAdder();
  private final LongAdder loadNanos = new LongAdder();
  private final LongAdder staleLoads = new LongAdder();
  private final LongAdder refreshes = new LongAdder();
  private final LongAdder leaseWaits = new LongAdder();
  private final LongAdder leaseTimeouts = new LongAdder();

  /**
   * @param storeFactory builds the L2 store given the listener that receives invalidation messages
   */
  public TieredCacheCore(Settings<V> settings, Function<L2Store.InvalidationListener, L2Store> storeFactory) {
    this.settings = settings;
    this.ticker = settings.ticker();
    this.baseTick = ticker.read();
    this.l1Clock = new L1Clock(ticker);
    this.softMillis = settings.softTtl() == null ? 0 : settings.softTtl().toMillis();
    this.hardMillis = settings.hardTtl() == null ? 0 : settings.hardTtl().toMillis();
    this.timed = softMillis > 0 || hardMillis > 0;
    this.leaseTtl = settings.leaseTtl();
    this.leaseMaxWaitNanos = settings.leaseMaxWait().toNanos();
    this.l1 =
        Caffeine.newBuilder()
            .maximumSize(settings.maximumSize())
            .expireAfterWrite(settings.expireAfterWrite())
            .ticker(l1Clock)
            // Same-thread maintenance: evictions are counted deterministically, and handing each
            // drain to a pool measured slower on a busy machine than doing it in place.
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
    this.refreshReader = this::readGenerations;
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

              @Override
              public void leaseReleased(String key) {
                synchronized (leaseSignal) {
                  leaseSignal.notifyAll();
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
      if (breaker.onSuccess()) {
        LOG.info("Redis answers again; the cache uses the shared tier again");
      }
      return result;
    } catch (RuntimeException e) {
      boolean opened = breaker.onFailure();
      l2Errors.increment();
      String failure = describeFailure(what, e);
      lastL2Failure = failure;
      generations.markUnverified();
      if (opened) {
        // Once per outage: callers never see it, so the log and the l2 error counter must say it.
        LOG.warn("{}; the cache serves from this process only and tries Redis again every {} ms", failure,
            settings.breakerOpenDuration().toMillis());
      } else {
        LOG.debug("{}; serving without the shared tier", failure);
      }
      return null;
    }
  }

  /** {@return the latest Redis failure as one line, or null if none happened} */
  public @Nullable String lastL2Failure() {
    return lastL2Failure;
  }

  // "Redis get failed: Unable to connect to 127.0.0.1/<unresolved>:6390: Connection refused": each
  // distinct message down the cause chain, with the user information of any URI in them masked.
  static String describeFailure(String what, Throwable e) {
    StringBuilder sb = new StringBuilder("Redis ").append(what).append(" failed");
    String last = null;
    int depth = 0;
    for (Throwable t = e; t != null && depth++ < 8; t = t.getCause() == t ? null : t.getCause()) {
      String m = t.getMessage();
      if (m != null && !m.isBlank() && (last == null || !last.contains(m.strip()))) {
        sb.append(": ").append(m.strip());
        last = m.strip();
      }
    }
    if (last == null) {
      sb.append(": ").append(e.getClass().getSimpleName());
    }
    return USER_INFO.matcher(sb.toString().replaceAll("\\s*\\R\\s*", " ")).replaceAll("$1***@");
  }

  // Any URI's user information, up to its last '@' (a password may hold one): redis, rediss,
  // redis-sentinel and the rest alike.
  private static final java.util.regex.Pattern USER_INFO =
      java.util.regex.Pattern.compile("([a-zA-Z][a-zA-Z0-9+.-]*://)\\S*@");

  private boolean redisRun(String what, Runnable call) {
    return redis(what, () -> {
      call.run();
      return Boolean.TRUE;
    }) != null;
  }

  private @Nullable Map<String, Long> readGenerations(List<String> tags) {
    return redis("generation refresh", () -> l2.generations(tags));
  }

  private long nowMillis(long tick) {
    return baseWallMillis + (tick - baseTick) / 1_000_000L;
  }

  /**
   * The ticker as Caffeine reads it, remembering the last reading. Caffeine reads it on every hit
   * (to check expiry); the L1 hit path reuses that reading instead of asking the clock again, which
   * would about double the cost of a hit. A plain field: a reader sees its own thread's last
   * reading or a later one of another thread, both current.
   */
  private static final class L1Clock implements com.github.benmanes.caffeine.cache.Ticker {
    private final Ticker ticker;
    private long last;

    L1Clock(Ticker ticker) {
      this.ticker = ticker;
    }

    @Override
    public long read() {
      long now = ticker.read();
      last = now;
      return now;
    }

    long last() {
      return last;
    }
  }

  /** What a read may do with an entry now; refreshes generations first when due. */
  private int state(Entry<V> e) {
    return state(e, ticker.read());
  }

  /**
   * @param now a ticker reading taken just now
   */
  private int state(Entry<V> e, long now) {
    boolean tagged = !e.tags().isEmpty();
    if (!tagged && !timed) {
      return FRESH;
    }
    if (tagged) {
      generations.refreshIfDue(now, refreshReader);
      if (e.generations() == null) {
        // Loaded while Redis was unreachable: fine during the outage, dropped once Redis is back.
        if (generations.verified()) {
          return STALE;
        }
      } else if (!generations.current(e)) {
        return STALE;
      }
    }
    if (timed) {
      long age = nowMillis(now) - e.loadedAtMillis();
      if (hardMillis > 0 && age >= hardMillis) {
        return EXPIRED;
      }
      if (softMillis > 0 && age >= softMillis) {
        return SOFT_EXPIRED;
      }
    }
    return FRESH;
  }

  private void dropL1(String key, Entry<V> e, int state) {
    if (l1.asMap().remove(key, e) && state == STALE) {
      l1Invalidations.increment();
    }
  }

  /** The L1 entry if it may be served (fresh or soft-expired), else null; drops unusable ones. */
  private @Nullable Entry<V> l1Usable(String key, @Nullable Loader<V> refresher) {
    Entry<V> e = l1.getIfPresent(key);
    if (e == null) {
      return null;
    }
    // Caffeine read the ticker to check this entry's expiry: reuse that reading.
    int st = state(e, l1Clock.last());
    if (st <= SOFT_EXPIRED) {
      if (st == SOFT_EXPIRED && refresher != null) {
        refreshInBackground(key, refresher);
      }
      return e;
    }
    dropL1(key, e, st);
    return null;
  }

  /** Reads the key from L2; null if absent, unusable, or Redis failed. */
  private @Nullable Entry<V> l2Usable(String key, boolean count) {
    return l2Usable(key, count, null);
  }

  /**
   * As {@link #l2Usable(String, boolean)}; sets {@code missCounted[0]} when it counted an L2 miss
   * (not when Redis failed), so that a later find can turn that miss into a hit.
   */
  private @Nullable Entry<V> l2Usable(String key, boolean count, boolean @Nullable [] missCounted) {
    byte[] bytes = redis("GET", () -> {
      byte[] b = l2.get(key);
      return b == null ? new byte[0] : b;
    });
    if (bytes == null) {
      return null;
    }
    if (bytes.length == 0) {
      if (count) {
        countL2Miss(missCounted);
      }
      return null;
    }
    return fromL2Bytes(key, bytes, count, missCounted);
  }

  private void countL2Miss(boolean @Nullable [] missCounted) {
    l2Misses.increment();
    if (missCounted != null) {
      missCounted[0] = true;
    }
  }

  /**
   * Counts a value found in L2 by a get that had already counted an L2 miss (it waited for a lease
   * holder, or one finished just before it took the lease) as one L2 hit, not a miss and a hit.
   */
  private void countLateL2Hit(boolean missCounted) {
    if (missCounted) {
      l2Misses.decrement();
    }
    l2Hits.increment();
  }

  private @Nullable Entry<V> fromL2Bytes(String key, byte[] bytes, boolean count) {
    return fromL2Bytes(key, bytes, count, null);
  }

  private @Nullable Entry<V> fromL2Bytes(
      String key, byte[] bytes, boolean count, boolean @Nullable [] missCounted) {
    Entry<V> e;
    try {
      e = EntryFormat.decode(bytes, settings.codec());
    } catch (CacheException ex) {
      // An undecodable entry (older format, changed value type) is a miss, not a failure.
      LOG.debug("ignoring undecodable Redis entry for key {}: {}", key, ex.getMessage());
      if (count) {
        countL2Miss(missCounted);
      }
      return null;
    }
    // The entry's generations were read from Redis: they are facts, known generations may rise.
    Map<String, Long> gens = Objects.requireNonNull(e.generations());
    generations.observeAll(gens);
    // A tag this instance has never seen may have been invalidated since the entry was written,
    // before the last refresh (which did not include it): ask Redis once rather than trust it.
    List<String> unseen = null;
    for (String tag : e.tags()) {
      if (!generations.seen(tag)) {
        if (unseen == null) {
          unseen = new ArrayList<>();
        }
        unseen.add(tag);
      }
    }
    if (unseen != null) {
      List<String> ask = unseen;
      Map<String, Long> current = redis("MGET generations", () -> l2.generations(ask));
      if (current == null) {
        return null;
      }
      generations.observeAll(current);
      current.keySet().forEach(generations::markSeen);
    }
    if (state(e) > SOFT_EXPIRED) {
      if (count) {
        countL2Miss(missCounted);
      }
      return null;
    }
    if (count) {
      l2Hits.increment();
    }
    return e;
  }

  /** Keeps an entry read from L2 in L1 and returns its value, refreshing it if soft-expired. */
  private V adoptL2(String key, Entry<V> e, @Nullable Loader<V> refresher) {
    l1.put(key, e);
    if (refresher != null && softMillis > 0 && state(e) == SOFT_EXPIRED) {
      refreshInBackground(key, refresher);
    }
    return e.value();
  }

  public @Nullable V getIfPresent(String key) {
    Entry<V> e = l1Usable(key, null);
    if (e != null) {
      l1Hits.increment();
      return e.value();
    }
    l1Misses.increment();
    e = l2Usable(key, true);
    return e == null ? null : adoptL2(key, e, null);
  }

  /**
   * The hot path: the value if L1 holds a fresh entry (counted as an L1 hit), else null with nothing
   * counted, and the caller goes on with {@link #get}. Allocates nothing.
   */
  public @Nullable V freshInL1(String key) {
    Entry<V> e = l1.getIfPresent(key);
    if (e != null && state(e, l1Clock.last()) == FRESH) {
      l1Hits.increment();
      return e.value();
    }
    return null;
  }

  public V get(String key, Loader<V> loader) {
    return get(key, loader, null);
  }

  /**
   * As {@link #get(String, Loader)}, and writes one of the {@code FROM_} constants into
   * {@code origin[0]} when {@code origin} is given.
   */
  public V get(String key, Loader<V> loader, int @Nullable [] origin) {
    Entry<V> e = l1Usable(key, loader);
    if (e != null) {
      l1Hits.increment();
      mark(origin, FROM_L1);
      return e.value();
    }
    l1Misses.increment();
    return flight(key, loader, true, origin);
  }

  private static void mark(int @Nullable [] origin, int from) {
    if (origin != null) {
      origin[0] = from;
    }
  }

  /**
   * Values of several keys: L1 first, then one MGET for every L1 miss, then a load (with single
   * flight and the lease) for each key still missing, in the caller's thread.
   *
   * @param keys distinct keys
   * @param loaders the loader of each key
   * @return the values, in the order of {@code keys}
   */
  public Map<String, V> getAll(List<String> keys, Function<String, Loader<V>> loaders) {
    Map<String, V> found = new HashMap<>();
    List<String> missing = new ArrayList<>();
    for (String key : keys) {
      Entry<V> e = l1Usable(key, loaders.apply(key));
      if (e != null) {
        l1Hits.increment();
        found.put(key, e.value());
      } else {
        l1Misses.increment();
        missing.add(key);
      }
    }
    List<String> toLoad = missing;
    if (!missing.isEmpty()) {
      Map<String, byte[]> read = redis("MGET", () -> l2.getAll(missing));
      if (read != null) {
        toLoad = new ArrayList<>();
        for (String key : missing) {
          byte[] bytes = read.get(key);
          Entry<V> e = null;
          if (bytes == null) {
            l2Misses.increment();
          } else {
            e = fromL2Bytes(key, bytes, true);
          }
          if (e == null) {
            toLoad.add(key);
          } else {
            found.put(key, adoptL2(key, e, loaders.apply(key)));
          }
        }
      }
    }
    for (String key : toLoad) {
      found.put(key, flight(key, loaders.apply(key), false, null));
    }
    Map<String, V> ordered = new LinkedHashMap<>();
    for (String key : keys) {
      ordered.put(key, found.get(key));
    }
    return ordered;
  }

  /** A miss in progress: its result, and where its caller found the value (FROM_L2, FROM_LOADER...). */
  private static final class Flight<V> extends CompletableFuture<V> {
    volatile int source;
  }

  /** One load per key in this process: the first caller runs the miss path, the others wait for it. */
  private V flight(String key, Loader<V> loader, boolean readL2, int @Nullable [] origin) {
    Flight<V> mine = new Flight<>();
    Flight<V> running = inFlight.putIfAbsent(key, mine);
    if (running != null) {
      if (loadingThread.get() == running) {
        // Waiting for our own load would never return.
        throw new IllegalStateException("the loader of key " + key + " called get for the same key");
      }
      mark(origin, FROM_CONCURRENT);
      try {
        return join(running, key);
      } finally {
        if (readL2) {
          countJoined(running.source);
        }
      }
    }
    CompletableFuture<?> outer = loadingThread.get();
    loadingThread.set(mine);
    int[] found = origin != null ? origin : new int[1];
    try {
      V v = missPath(key, loader, readL2, found);
      mine.source = found[0];
      mine.complete(v);
      return v;
    } catch (Throwable t) {
      mine.source = found[0];
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

  /**
   * A get that missed L1 and waited for another caller's miss of the same key counts what that
   * caller found: an L2 hit if it read the value from L2, an L2 miss if it went to the loader, an L1
   * hit if the value had reached L1 meanwhile. So every L1 miss of a get has one L2 outcome, and
   * hits over reads stays the hit rate. (A {@code getAll} counted its L2 outcomes with its MGET.)
   */
  private void countJoined(int source) {
    if (source == FROM_L2) {
      l2Hits.increment();
    } else if (source == FROM_LOADER) {
      l2Misses.increment();
    } else if (source == FROM_L1) {
      countLateL1Hit();
    }
  }

  /** A get counted an L1 miss, then found the value another caller had just put in L1. */
  private void countLateL1Hit() {
    l1Misses.decrement();
    l1Hits.increment();
  }

  private V missPath(String key, Loader<V> loader, boolean readL2, int @Nullable [] origin) {
    // Another caller may have stored the value between our L1 miss and taking the in-flight slot.
    Entry<V> e = l1Usable(key, loader);
    if (e != null) {
      if (readL2) {
        countLateL1Hit();
      }
      mark(origin, FROM_L1);
      return e.value();
    }
    boolean[] missCounted = new boolean[1];
    if (readL2) {
      e = l2Usable(key, true, missCounted);
      if (e != null) {
        mark(origin, FROM_L2);
        return adoptL2(key, e, loader);
      }
    }
    // Marked before loading: a load that throws reports nothing anyway.
    mark(origin, FROM_LOADER);
    return loadWithLease(key, loader, origin, missCounted[0]);
  }

  private String newLeaseToken() {
    return instanceId + ":" + leaseCounter.incrementAndGet();
  }

  /**
   * Loads under the key's Redis lease so that one instance loads while the others wait for its
   * value, up to {@code leaseMaxWait}; without Redis, loads right away.
   */
  private V loadWithLease(String key, Loader<V> loader, int @Nullable [] origin, boolean l2MissCounted) {
    Duration ttl = leaseTtl;
    if (ttl == null) {
      return loadAndStore(key, loader);
    }
    String token = newLeaseToken();
    Boolean got = redis("SET NX lease", () -> l2.tryLease(key, token, ttl));
    if (got == null) {
      return loadAndStore(key, loader);
    }
    if (!got) {
      leaseWaits.increment();
      long deadline = ticker.read() + leaseMaxWaitNanos;
      long pauseMillis = 1;
      while (!got) {
        if (!awaitLeaseSignal(pauseMillis)) {
          return loadAndStore(key, loader);
        }
        pauseMillis = Math.min(pauseMillis * 2, 50);
        Entry<V> e = l2Usable(key, false);
        if (e != null) {
          countLateL2Hit(l2MissCounted);
          mark(origin, FROM_L2);
          return adoptL2(key, e, loader);
        }
        if (ticker.read() - deadline >= 0) {
          // The holder is slow or gone: stop waiting and load here.
          leaseTimeouts.increment();
          return loadAndStore(key, loader);
        }
        // The lease may have been freed without a value (the load failed or was not stored).
        got = redis("SET NX lease", () -> l2.tryLease(key, token, ttl));
        if (got == null) {
          return loadAndStore(key, loader);
        }
      }
    }
    try {
      // A holder that finished between our L2 read and our SET NX stored the value: use it.
      Entry<V> e = l2Usable(key, false);
      if (e != null) {
        countLateL2Hit(l2MissCounted);
        mark(origin, FROM_L2);
        return adoptL2(key, e, loader);
      }
      return loadAndStore(key, loader);
    } finally {
      redisRun("release lease", () -> l2.releaseLease(key, token));
    }
  }

  /** Waits for a lease-release message or the pause; false if the thread was interrupted. */
  private boolean awaitLeaseSignal(long pauseMillis) {
    synchronized (leaseSignal) {
      try {
        leaseSignal.wait(pauseMillis);
        return true;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
  }

  /** Past the soft TTL: one caller in this process starts a refresh; everybody keeps the old value. */
  private void refreshInBackground(String key, Loader<V> loader) {
    if (!refreshing.add(key)) {
      return;
    }
    try {
      settings.executor().execute(() -> {
        try {
          refresh(key, loader);
        } catch (Throwable t) {
          LOG.debug("background refresh of key {} failed; the old value is served until its hard TTL", key, t);
        } finally {
          refreshing.remove(key);
        }
      });
    } catch (RejectedExecutionException e) {
      refreshing.remove(key);
    }
  }

  private void refresh(String key, Loader<V> loader) {
    // Another instance may have refreshed it already.
    Entry<V> e = l2Usable(key, false);
    if (e != null && state(e) == FRESH) {
      l1.put(key, e);
      return;
    }
    Duration ttl = leaseTtl;
    if (ttl == null) {
      loadAndStore(key, loader);
      refreshes.increment();
      return;
    }
    String token = newLeaseToken();
    Boolean got = redis("SET NX lease", () -> l2.tryLease(key, token, ttl));
    if (got != null && !got) {
      return; // another instance is refreshing it; its value reaches us through L2
    }
    try {
      loadAndStore(key, loader);
      refreshes.increment();
    } finally {
      if (got != null) {
        redisRun("release lease", () -> l2.releaseLease(key, token));
      }
    }
  }

  private V loadAndStore(String key, Loader<V> loader) {
    // Read before loading: a tag whose generation ends up above this was invalidated during the load.
    Long before = redis("GET sequence", l2::currentSequence);
    long start = ticker.read();
    long loadedAt = nowMillis(start);
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
      store(key, new Entry<>(value, tags, Map.of(), loadedAt));
      return value;
    }
    Map<String, Long> after = before == null ? null : redis("MGET generations", () -> l2.generations(List.copyOf(tags)));
    if (after == null) {
      l1.put(key, new Entry<>(value, tags, null, loadedAt));
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
    store(key, new Entry<>(value, tags, after, loadedAt));
    return value;
  }

  /** Stores in L1, then in Redis; false if Redis did not take it (unreachable, or too large). */
  private boolean store(String key, Entry<V> entry) {
    l1.put(key, entry);
    byte[] bytes = EntryFormat.encode(entry, settings.codec(), settings.compressAbove());
    if (bytes.length > settings.maximumEntrySize()) {
      LOG.debug("not writing key {} to Redis: {} bytes exceed maximumEntrySize", key, bytes.length);
      return false;
    }
    return redisRun("SET", () -> l2.set(key, bytes, settings.redisTtl()));
  }

  public boolean put(String key, V value, Set<String> tags) {
    long loadedAt = nowMillis(ticker.read());
    if (tags.isEmpty()) {
      return store(key, new Entry<>(value, tags, Map.of(), loadedAt));
    }
    Map<String, Long> gens = redis("MGET generations", () -> l2.generations(List.copyOf(tags)));
    if (gens == null) {
      l1.put(key, new Entry<>(value, tags, null, loadedAt));
      return false;
    }
    generations.observeAll(gens);
    gens.keySet().forEach(generations::markSeen);
    return store(key, new Entry<>(value, tags, gens, loadedAt));
  }

  public boolean invalidate(String key) {
    if (l1.asMap().remove(key) != null) {
      l1Invalidations.increment();
    }
    if (redisRun("DEL", () -> l2.delete(key))) {
      l2Invalidations.increment();
      return true;
    }
    return false;
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
    return new TieredCacheStats(
        new TierStats(l1Hits.sum(), l1Misses.sum(), l1Evictions.sum(), l1Invalidations.sum(), 0),
        new TierStats(l2Hits.sum(), l2Misses.sum(), 0, l2Invalidations.sum(), l2Errors.sum()),
        loads.sum(),
        loadFailures.sum(),
        loadNanos.sum(),
        staleLoads.sum(),
        refreshes.sum(),
        leaseWaits.sum(),
        leaseTimeouts.sum());
  }

  /** The number of entries in L1 (an estimate, as Caffeine's). */
  public long l1EstimatedSize() {
    return l1.estimatedSize();
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
