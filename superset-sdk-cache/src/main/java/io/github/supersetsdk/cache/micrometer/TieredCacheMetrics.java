package io.github.supersetsdk.cache.micrometer;

import io.github.supersetsdk.cache.TierStats;
import io.github.supersetsdk.cache.TieredCache;
import io.github.supersetsdk.cache.TieredCacheStats;
import io.github.supersetsdk.cache.chartdata.ChartDataCache;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;

/**
 * Publishes a {@link TieredCache}'s {@link TieredCache#stats() stats}, or a {@link ChartDataCache}'s
 * (whose tiered cache is its own), to a Micrometer registry. Every meter is tagged {@code cache} with
 * the name given here; the values are read from the cache when the registry publishes, so binding
 * costs nothing on the cache's hot path. The meters refer to the cache weakly, as Micrometer's
 * function meters do: keep the cache referenced while it is in use.
 *
 * <ul>
 *   <li>{@code superset.sdk.cache.gets} (function counter): reads per tier, tagged {@code tier}
 *       ({@code l1}, {@code l2}) and {@code result} ({@code hit}, {@code miss}).
 *   <li>{@code superset.sdk.cache.loads} (function counter): loader calls, tagged {@code result}
 *       ({@code success}, {@code failure}).
 *   <li>{@code superset.sdk.cache.loads.discarded} (function counter): loads returned to their
 *       caller but not stored, because a tag was invalidated while they ran.
 *   <li>{@code superset.sdk.cache.load.duration} (function timer): time spent in the loader.
 *   <li>{@code superset.sdk.cache.evictions} (function counter): size evictions, tagged {@code
 *       tier=l1}.
 *   <li>{@code superset.sdk.cache.invalidations} (function counter): tagged {@code tier}; for
 *       {@code l1} the entries removed, for {@code l2} the key and tag invalidations Redis took (one
 *       per call, however many entries it made stale).
 *   <li>{@code superset.sdk.cache.l2.errors} (function counter): Redis calls that failed or were
 *       skipped by the circuit breaker.
 *   <li>{@code superset.sdk.cache.refreshes} (function counter): soft-TTL background refreshes.
 *   <li>{@code superset.sdk.cache.lease.waits} (function counter): misses that waited for another
 *       instance's load, tagged {@code result} ({@code value}: the wait ended in time, with the
 *       other's value or, when its load failed, with the lease and a load here; {@code timeout}:
 *       gave up and loaded).
 *   <li>{@code superset.sdk.cache.size} (gauge): entries in L1, tagged {@code tier=l1}.
 * </ul>
 *
 * {@snippet class=io.github.supersetsdk.cache.snippets.CacheSnippets region=TieredCacheMetrics}
 *
 * <p>Immutable and thread-safe.
 */
public final class TieredCacheMetrics implements MeterBinder {

  /** Name of the read counter. */
  public static final String GETS = "superset.sdk.cache.gets";

  /** Name of the load counter. */
  public static final String LOADS = "superset.sdk.cache.loads";

  /** Name of the counter of loads not stored. */
  public static final String LOADS_DISCARDED = "superset.sdk.cache.loads.discarded";

  /** Name of the load timer. */
  public static final String LOAD_DURATION = "superset.sdk.cache.load.duration";

  /** Name of the eviction counter. */
  public static final String EVICTIONS = "superset.sdk.cache.evictions";

  /** Name of the invalidation counter. */
  public static final String INVALIDATIONS = "superset.sdk.cache.invalidations";

  /** Name of the Redis error counter. */
  public static final String L2_ERRORS = "superset.sdk.cache.l2.errors";

  /** Name of the background refresh counter. */
  public static final String REFRESHES = "superset.sdk.cache.refreshes";

  /** Name of the lease wait counter. */
  public static final String LEASE_WAITS = "superset.sdk.cache.lease.waits";

  /** Name of the L1 size gauge. */
  public static final String SIZE = "superset.sdk.cache.size";

  // The object the meters read (and hold weakly), and how to read its stats and L1 size.
  private final Object cache;
  private final Function<Object, TieredCacheStats> stats;
  private final ToLongFunction<Object> size;
  private final Tags tags;

  private TieredCacheMetrics(
      Object cache, Function<Object, TieredCacheStats> stats, ToLongFunction<Object> size, Tags tags) {
    this.cache = cache;
    this.stats = stats;
    this.size = size;
    this.tags = tags;
  }

  /**
   * Creates the binder.
   *
   * @param cache the cache to publish
   * @param cacheName the value of the {@code cache} tag, for example {@code "chart-data"}
   * @return the binder; call {@link #bindTo(MeterRegistry)}
   * @throws NullPointerException if an argument is null
   */
  public static TieredCacheMetrics of(TieredCache<?, ?> cache, String cacheName) {
    return of(cache, cacheName, Tags.empty());
  }

  /**
   * Creates the binder with tags added to every meter.
   *
   * @param cache the cache to publish
   * @param cacheName the value of the {@code cache} tag
   * @param extraTags tags for every meter, for example the replica's name
   * @return the binder; call {@link #bindTo(MeterRegistry)}
   * @throws NullPointerException if an argument is null
   */
  public static TieredCacheMetrics of(TieredCache<?, ?> cache, String cacheName, Tags extraTags) {
    Objects.requireNonNull(cache, "cache");
    Objects.requireNonNull(cacheName, "cacheName");
    Objects.requireNonNull(extraTags, "extraTags");
    return new TieredCacheMetrics(cache, c -> ((TieredCache<?, ?>) c).stats(),
        c -> ((TieredCache<?, ?>) c).estimatedSize(), extraTags.and("cache", cacheName));
  }

  /**
   * Creates the binder of a chart-data cache: the same meters as a {@link TieredCache}'s, read from
   * {@link ChartDataCache#stats()} and {@link ChartDataCache#estimatedSize()}.
   *
   * @param cache the chart-data cache to publish
   * @param cacheName the value of the {@code cache} tag, for example {@code "chart-data"}
   * @return the binder; call {@link #bindTo(MeterRegistry)}
   * @throws NullPointerException if an argument is null
   */
  public static TieredCacheMetrics of(ChartDataCache cache, String cacheName) {
    return of(cache, cacheName, Tags.empty());
  }

  /**
   * Creates the binder of a chart-data cache with tags added to every meter.
   *
   * @param cache the chart-data cache to publish
   * @param cacheName the value of the {@code cache} tag
   * @param extraTags tags for every meter, for example the replica's name
   * @return the binder; call {@link #bindTo(MeterRegistry)}
   * @throws NullPointerException if an argument is null
   */
  public static TieredCacheMetrics of(ChartDataCache cache, String cacheName, Tags extraTags) {
    Objects.requireNonNull(cache, "cache");
    Objects.requireNonNull(cacheName, "cacheName");
    Objects.requireNonNull(extraTags, "extraTags");
    return new TieredCacheMetrics(cache, c -> ((ChartDataCache) c).stats(),
        c -> ((ChartDataCache) c).estimatedSize(), extraTags.and("cache", cacheName));
  }

  private void counter(MeterRegistry registry, String name, String description, Tags more,
      ToDoubleFunction<TieredCacheStats> value) {
    FunctionCounter.builder(name, cache, c -> value.applyAsDouble(stats.apply(c)))
        .description(description)
        .tags(tags.and(more))
        .register(registry);
  }

  private void perTier(MeterRegistry registry, String name, String description, Tags more,
      Function<TierStats, Long> value, boolean l2Too) {
    counter(registry, name, description, more.and("tier", "l1"), s -> value.apply(s.l1()));
    if (l2Too) {
      counter(registry, name, description, more.and("tier", "l2"), s -> value.apply(s.l2()));
    }
  }

  /**
   * Registers the meters.
   *
   * @param registry the registry
   * @throws NullPointerException if {@code registry} is null
   */
  @Override
  public void bindTo(MeterRegistry registry) {
    Objects.requireNonNull(registry, "registry");
    // One description per name: Prometheus shows one HELP line for all of a name's tag values.
    String gets = "Reads per tier: answered by it (hit) or not (miss)";
    perTier(registry, GETS, gets, Tags.of("result", "hit"), TierStats::hitCount, true);
    perTier(registry, GETS, gets, Tags.of("result", "miss"), TierStats::missCount, true);
    String loads = "Loader calls: returned a value (success) or threw (failure)";
    counter(registry, LOADS, loads, Tags.of("result", "success"), TieredCacheStats::loadCount);
    counter(registry, LOADS, loads, Tags.of("result", "failure"), TieredCacheStats::loadFailureCount);
    counter(registry, LOADS_DISCARDED, "Loads not stored because a tag was invalidated while they ran",
        Tags.empty(), TieredCacheStats::staleLoadCount);
    FunctionTimer.builder(LOAD_DURATION, cache,
            c -> {
              TieredCacheStats s = stats.apply(c);
              return s.loadCount() + s.loadFailureCount();
            },
            c -> stats.apply(c).totalLoadTimeNanos(),
            TimeUnit.NANOSECONDS)
        .description("Time spent in the loader")
        .tags(tags)
        .register(registry);
    perTier(registry, EVICTIONS, "Entries evicted by the size bound", Tags.empty(), TierStats::evictionCount, false);
    perTier(registry, INVALIDATIONS, "Entries invalidated", Tags.empty(), TierStats::invalidationCount, true);
    counter(registry, L2_ERRORS, "Redis calls that failed or were skipped by the circuit breaker", Tags.empty(),
        s -> s.l2().errorCount());
    counter(registry, REFRESHES, "Background refreshes of entries past their soft TTL", Tags.empty(),
        TieredCacheStats::refreshCount);
    String leaseWaits = "Misses that waited for another instance's load: ended in time with its value or its"
        + " lease (value), or gave up and loaded (timeout)";
    counter(registry, LEASE_WAITS, leaseWaits, Tags.of("result", "value"), s -> s.leaseWaitCount() - s.leaseTimeoutCount());
    counter(registry, LEASE_WAITS, leaseWaits, Tags.of("result", "timeout"), TieredCacheStats::leaseTimeoutCount);
    Gauge.builder(SIZE, cache, c -> size.applyAsLong(c))
        .description("Entries in the in-process tier")
        .tags(tags.and("tier", "l1"))
        .register(registry);
  }
}
