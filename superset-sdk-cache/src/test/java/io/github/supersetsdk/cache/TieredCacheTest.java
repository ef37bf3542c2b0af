package io.github.supersetsdk.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class TieredCacheTest {

  private static final Duration BOUND = Duration.ofSeconds(2);

  private final InMemoryL2Store server = new InMemoryL2Store();
  private final FakeTicker ticker = new FakeTicker();
  private final AtomicInteger loads = new AtomicInteger();
  private final AtomicReference<String> source = new AtomicReference<>("v1");

  private TieredCache.Builder<String, String> builder() {
    return TieredCache.<String, String>builder()
        .keyPrefix("test:")
        .codec(CacheCodec.utf8())
        .ticker(ticker)
        .maxStaleness(BOUND);
  }

  private TieredCache<String, String> cache() {
    return builder()
        .loader(key -> {
          loads.incrementAndGet();
          return Tagged.of(key + "=" + source.get(), "model.orders");
        })
        .build(server::connect);
  }

  private InMemoryL2Store.Connection lastConnection() {
    return server.connections.get(server.connections.size() - 1);
  }

  @Test
  void get_coldKey_loadsOnceThenHitsL1() {
    TieredCache<String, String> cache = cache();
    assertThat(cache.get("a")).isEqualTo("a=v1");
    assertThat(cache.get("a")).isEqualTo("a=v1");
    assertThat(loads).hasValue(1);
    TieredCacheStats s = cache.stats();
    assertThat(s.l1().hitCount()).isEqualTo(1);
    assertThat(s.l1().missCount()).isEqualTo(1);
    assertThat(s.l2().missCount()).isEqualTo(1);
    assertThat(s.loadCount()).isEqualTo(1);
  }

  @Test
  void lookup_reportsLoaderThenL1_andL2InAnotherInstance() {
    TieredCache<String, String> a = cache();
    TieredCache<String, String> b = cache();
    assertThat(a.lookup("k")).isEqualTo(new CacheLookup<>("k=v1", CacheSource.LOADER));
    assertThat(a.lookup("k")).isEqualTo(new CacheLookup<>("k=v1", CacheSource.L1));
    assertThat(b.lookup("k")).isEqualTo(new CacheLookup<>("k=v1", CacheSource.L2));
    assertThat(b.lookup("k").source()).isEqualTo(CacheSource.L1);
    assertThat(loads).hasValue(1);
    // Counted as get counts: one L1 miss and one L1 hit per instance.
    assertThat(a.stats().l1().hitCount()).isEqualTo(1);
    assertThat(b.stats().l2().hitCount()).isEqualTo(1);
  }

  @Test
  void get_valueInL2_otherInstanceReadsItWithoutLoading() {
    TieredCache<String, String> a = cache();
    TieredCache<String, String> b = cache();
    a.get("k");
    assertThat(b.get("k")).isEqualTo("k=v1");
    assertThat(loads).hasValue(1);
    assertThat(b.stats().l2().hitCount()).isEqualTo(1);
  }

  @Test
  void get_concurrentColdRequests_loadOnce() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    TieredCache<String, String> cache =
        builder()
            .loader(key -> {
              loads.incrementAndGet();
              release.await();
              return Tagged.of("x", "t");
            })
            .build(server::connect);
    ExecutorService pool = Executors.newFixedThreadPool(32);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        results.add(pool.submit(() -> cache.get("hot")));
      }
      // Let every task reach the cache before the single load may finish.
      Thread.sleep(200);
      release.countDown();
      for (Future<String> f : results) {
        assertThat(f.get(10, TimeUnit.SECONDS)).isEqualTo("x");
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(loads).hasValue(1);
    // Every read is counted once in L1; every L1 miss has one L2 outcome, the waiters' included
    // (they count the loader's miss), so hits over reads stays the hit rate.
    TieredCacheStats s = cache.stats();
    assertThat(s.l1().hitCount() + s.l1().missCount()).isEqualTo(200);
    assertThat(s.l1().missCount()).isEqualTo(s.l2().hitCount() + s.l2().missCount());
    assertThat(s.l2().missCount()).isGreaterThanOrEqualTo(32); // the pool's threads all waited
    assertThat(s.l2().hitCount()).isZero();
    assertThat(s.loadCount()).isEqualTo(1);
  }

  @Test
  void invalidateTag_subscribedInstance_reloadsImmediately() {
    TieredCache<String, String> a = cache();
    TieredCache<String, String> b = cache();
    assertThat(b.get("k")).isEqualTo("k=v1");
    source.set("v2");
    assertThat(a.invalidateTag("model.orders")).isTrue();
    assertThat(b.get("k")).isEqualTo("k=v2");
    assertThat(loads).hasValue(2);
  }

  @Test
  void invalidateTag_messageLost_staleAtMostMaxStaleness() {
    TieredCache<String, String> a = cache();
    TieredCache<String, String> b = cache();
    lastConnection().subscribed = false;
    assertThat(b.get("k")).isEqualTo("k=v1");
    assertThat(b.get("k")).isEqualTo("k=v1"); // the first L1 hit verifies the generations: clock starts here
    source.set("v2");
    a.invalidateTag("model.orders");

    // b missed the message: within the bound it may still serve the old value ...
    ticker.advance(BOUND.minusMillis(1));
    assertThat(b.get("k")).isEqualTo("k=v1");
    // ... and once the bound has passed it re-reads the generations and reloads.
    ticker.advance(Duration.ofMillis(1));
    assertThat(b.get("k")).isEqualTo("k=v2");
    assertThat(b.getIfPresent("k")).isEqualTo("k=v2");
  }

  @Test
  void getIfPresent_l2EntryOfTagInvalidatedBeforeThisInstanceSawIt_notServed() {
    TieredCache<String, String> a = cache();
    a.get("k"); // in L2 under model.orders generation 0
    TieredCache<String, String> b = cache();
    lastConnection().subscribed = false;
    b.put("x", "y", Set.of("other"));
    b.getIfPresent("x");
    b.getIfPresent("x"); // b's generations are verified now, and not due again for BOUND
    a.invalidateTag("model.orders"); // b does not hear it
    assertThat(b.getIfPresent("k")).isNull();
    assertThat(b.get("k")).isEqualTo("k=v1");
    assertThat(loads).hasValue(2);
  }

  @Test
  void get_invalidationDuringLoad_resultReturnedNotStored() {
    AtomicReference<TieredCache<String, String>> other = new AtomicReference<>();
    TieredCache<String, String> cache =
        builder()
            .loader(key -> {
              loads.incrementAndGet();
              String value = source.get();
              // The data changes and is invalidated after the loader read the old value.
              if (loads.get() == 1) {
                source.set("v2");
                other.get().invalidateTag("t");
              }
              return Tagged.of(value, "t");
            })
            .build(server::connect);
    other.set(cache());
    assertThat(cache.get("k")).isEqualTo("v1");
    assertThat(cache.stats().staleLoadCount()).isEqualTo(1);
    assertThat(cache.getIfPresent("k")).isNull();
    assertThat(cache.get("k")).isEqualTo("v2");
    assertThat(cache.getIfPresent("k")).isEqualTo("v2");
  }

  @Test
  void redisDown_noCallerFails_andBreakerStopsCallingRedis() {
    TieredCache<String, String> cache =
        builder()
            .circuitBreaker(2, Duration.ofSeconds(10))
            .loader(key -> {
              loads.incrementAndGet();
              return Tagged.of(key + "=" + source.get(), "t");
            })
            .build(server::connect);
    server.down = true;
    assertThat(cache.get("a")).isEqualTo("a=v1");
    assertThat(cache.get("a")).isEqualTo("a=v1");
    int callsWhenOpen = server.calls.get();
    for (int i = 0; i < 50; i++) {
      assertThat(cache.get("b" + i)).isEqualTo("b" + i + "=v1");
      // The caller learns that Redis did not take them, so it can write again later.
      assertThat(cache.put("p" + i, "x", Set.of("t"))).isFalse();
      assertThat(cache.put("u" + i, "x")).isFalse();
      assertThat(cache.invalidate("q" + i)).isFalse();
    }
    assertThat(server.calls.get()).isEqualTo(callsWhenOpen);
    assertThat(cache.stats().l2().errorCount()).isGreaterThan(50);
    assertThat(cache.core().breakerState().name()).isEqualTo("OPEN");
    assertThat(cache.invalidateTag("t")).isFalse();
  }

  @Test
  void redisDown_warnsOncePerOutage_andSaysWhenItIsBack() {
    TieredCache<String, String> cache = builder()
        .circuitBreaker(2, Duration.ofSeconds(10))
        .loader(key -> Tagged.of(key + "=" + source.get(), "t"))
        .build(server::connect);
    Logger logger = (Logger) LoggerFactory.getLogger("io.github.supersetsdk.cache");
    ListAppender<ILoggingEvent> capture = new ListAppender<>();
    capture.start();
    logger.addAppender(capture);
    Level previous = logger.getLevel();
    logger.setLevel(Level.DEBUG);
    logger.setAdditive(false);
    try {
      cache.get("warm");
      server.down = true;
      for (int i = 0; i < 20; i++) {
        cache.get("k" + i);
        ticker.advance(Duration.ofSeconds(11)); // the breaker probes Redis again, still down
      }
      server.down = false;
      ticker.advance(Duration.ofSeconds(11));
      cache.get("after");
      cache.get("after2");
    } finally {
      logger.detachAppender(capture);
      logger.setLevel(previous);
      logger.setAdditive(true);
    }
    List<String> lines = capture.list.stream().map(e -> e.getLevel() + " " + e.getFormattedMessage()).toList();
    // Callers never see the outage: an operator at INFO must, once, not once per read.
    assertThat(lines.stream().filter(l -> l.startsWith("WARN "))).singleElement().asString()
        .contains("Redis").contains("failed").contains("serves from this process only")
        .contains("tries Redis again every 10000 ms");
    assertThat(lines.stream().filter(l -> l.startsWith("INFO "))).singleElement().asString()
        .contains("Redis answers again");
    assertThat(lines).noneMatch(l -> l.startsWith("ERROR "));
  }

  @Test
  void putAndInvalidate_withRedisUp_sayRedisTookThem() {
    TieredCache<String, String> cache = cache();
    assertThat(cache.put("k", "v", Set.of("t"))).isTrue();
    assertThat(cache.put("u", "v")).isTrue();
    assertThat(cache.invalidate("k")).isTrue();
    assertThat(cache.invalidate("never-stored")).isTrue();
  }

  @Test
  void redisBack_entriesLoadedDuringOutageAreDropped() {
    TieredCache<String, String> cache =
        builder()
            .circuitBreaker(1, Duration.ofSeconds(10))
            .loader(key -> {
              loads.incrementAndGet();
              return Tagged.of(key + "=" + source.get(), "t");
            })
            .build(server::connect);
    server.down = true;
    assertThat(cache.get("a")).isEqualTo("a=v1");
    // During the outage the unverified entry is served from L1.
    assertThat(cache.get("a")).isEqualTo("a=v1");
    assertThat(loads).hasValue(1);

    source.set("v2");
    server.down = false;
    ticker.advance(Duration.ofSeconds(10));
    assertThat(cache.get("a")).isEqualTo("a=v2");
    assertThat(loads).hasValue(2);
  }

  @Test
  void redisBack_verifiedEntryOfTagInvalidatedDuringOutageIsDropped() {
    TieredCache<String, String> cache = builder()
        .circuitBreaker(1, Duration.ofSeconds(10))
        .loader(key -> {
          loads.incrementAndGet();
          return Tagged.of(key + "=" + source.get(), "t");
        })
        .build(server::connect);
    TieredCache<String, String> other = cache();
    assertThat(cache.get("a")).isEqualTo("a=v1");
    lastConnection().subscribed = true;
    server.connections.get(0).subscribed = false; // cache is partitioned: it misses the message
    server.down = true;
    ticker.advance(BOUND); // the next read must verify, fails, opens the breaker
    assertThat(cache.get("a")).isEqualTo("a=v1");
    server.down = false;
    source.set("v2");
    other.invalidateTag("t");
    ticker.advance(Duration.ofSeconds(10));
    assertThat(cache.get("a")).isEqualTo("a=v2");
  }

  @Test
  void invalidate_key_removesFromBothTiersAndOtherL1() {
    TieredCache<String, String> a = cache();
    TieredCache<String, String> b = cache();
    b.get("k");
    source.set("v2");
    a.invalidate("k");
    assertThat(b.getIfPresent("k")).isNull();
    assertThat(b.get("k")).isEqualTo("k=v2");
  }

  @Test
  void put_largeValue_compressedInRedisAndReadBack() {
    TieredCache<String, String> a = builder().compressAbove(100).loader(k -> Tagged.of("never")).build(server::connect);
    String big = "abc".repeat(10_000);
    a.put("big", big, Set.of("t"));
    assertThat(server.values.get("big").length).isLessThan(1_000);
    TieredCache<String, String> b = cache();
    assertThat(b.getIfPresent("big")).isEqualTo(big);
  }

  @Test
  void put_aboveMaximumEntrySize_keptInL1Only() {
    TieredCache<String, String> a = builder().maximumEntrySize(64).loader(k -> Tagged.of("never")).build(server::connect);
    a.put("big", "x".repeat(100));
    assertThat(server.values).doesNotContainKey("big");
    assertThat(a.getIfPresent("big")).isEqualTo("x".repeat(100));
  }

  @Test
  void get_loaderThrowsChecked_wrappedAndCounted() {
    TieredCache<String, String> cache = builder().loader(k -> {
      throw new IOException("warehouse down");
    }).build(server::connect);
    assertThatThrownBy(() -> cache.get("k"))
        .isInstanceOf(CacheLoadException.class)
        .hasMessageContaining("key k")
        .hasCauseInstanceOf(IOException.class);
    assertThat(cache.stats().loadFailureCount()).isEqualTo(1);
  }

  @Test
  void get_loaderAsksForItsOwnKey_failsInsteadOfDeadlocking() {
    AtomicReference<TieredCache<String, String>> self = new AtomicReference<>();
    self.set(builder().loader(k -> Tagged.of(k.equals("a") ? self.get().get("b") + self.get().get("a") : k))
        .build(server::connect));
    assertThatThrownBy(() -> self.get().get("a"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the loader of key a called get for the same key");
    assertThat(self.get().get("b")).isEqualTo("b");
  }

  @Test
  void expireAfterWrite_followsTicker() {
    TieredCache<String, String> cache = builder().expireAfterWrite(Duration.ofMinutes(1))
        .loader(k -> { loads.incrementAndGet(); return Tagged.of("v"); }).build(server::connect);
    cache.get("k");
    server.values.clear();
    ticker.advance(Duration.ofMinutes(1));
    cache.get("k");
    assertThat(loads).hasValue(2);
  }

  @Test
  void maximumSize_evictsAndCounts() {
    TieredCache<String, String> cache = builder().maximumSize(10).loader(k -> Tagged.of(k)).build(server::connect);
    for (int i = 0; i < 100; i++) {
      cache.get("k" + i);
    }
    cache.core().cleanUp();
    assertThat(cache.stats().l1().evictionCount()).isGreaterThanOrEqualTo(90);
  }

  @Test
  void getAsync_completesWithValue() throws Exception {
    TieredCache<String, String> cache = cache();
    assertThat(cache.getAsync("k").get(5, TimeUnit.SECONDS)).isEqualTo("k=v1");
  }

  @Test
  void builder_settingTwice_rejectedByThatCall() {
    TieredCache.Builder<String, String> b = builder();
    assertThatThrownBy(() -> b.maxStaleness(Duration.ofSeconds(1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("maxStaleness was already set to PT2S");
    assertThatThrownBy(() -> b.maximumSize(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.expireAfterWrite(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void builder_missingLoader_namedInError() {
    assertThatThrownBy(() -> builder().build(server::connect))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("loader is required");
    assertThatThrownBy(() -> TieredCache.<String, String>builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("redis is required");
    assertThatThrownBy(() -> TieredCache.<String, String>builder().redis(RedisConfig.of("redis://127.0.0.1:6379"))
            .codec(CacheCodec.utf8()).loader(k -> Tagged.of(k)).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("keyPrefix is required");
  }

  @Test
  void stats_minus_subtractsPerTier() {
    TieredCache<String, String> cache = cache();
    cache.get("a");
    TieredCacheStats before = cache.stats();
    cache.get("a");
    TieredCacheStats delta = cache.stats().minus(before);
    assertThat(delta.l1().hitCount()).isEqualTo(1);
    assertThat(delta.loadCount()).isZero();
    assertThat(TieredCacheStats.empty().minus(delta)).isEqualTo(TieredCacheStats.empty());
  }
}
