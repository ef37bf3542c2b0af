package io.github.supersetsdk.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** getAll, the async variants, the cross-instance lease and soft/hard TTLs, on the in-memory shared tier. */
class TieredCacheLeaseAndTtlTest {

  private final FakeTicker ticker = new FakeTicker();
  private final InMemoryL2Store server = new InMemoryL2Store(ticker);
  private final AtomicInteger loads = new AtomicInteger();
  private final AtomicReference<String> source = new AtomicReference<>("v1");
  private final ExecutorService pool = Executors.newCachedThreadPool();

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  private TieredCache.Builder<String, String> builder() {
    return TieredCache.<String, String>builder()
        .keyPrefix("test:")
        .codec(CacheCodec.utf8())
        .ticker(ticker)
        .maxStaleness(Duration.ofSeconds(2));
  }

  private TieredCache<String, String> cache() {
    return builder().loader(this::load).build(server::connect);
  }

  private Tagged<String> load(String key) {
    loads.incrementAndGet();
    return Tagged.of(key + "=" + source.get(), "model.orders");
  }

  /** Waits (in real time) for another thread to reach a state; fails after 10 s. */
  private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("condition not reached within 10 s").isLessThan(deadline);
      Thread.sleep(1);
    }
  }

  @Test
  void getAll_mixedTiers_oneMgetThenLoadsOnlyTheMissingKeys() {
    TieredCache<String, String> a = cache();
    TieredCache<String, String> b = cache();
    a.get("in-l2");
    b.get("in-l1");
    int mgetsBefore = server.mgets.get();
    Map<String, String> all = b.getAll(List.of("in-l2", "in-l1", "cold", "in-l2"));
    assertThat(all).containsExactly(
        Map.entry("in-l2", "in-l2=v1"), Map.entry("in-l1", "in-l1=v1"), Map.entry("cold", "cold=v1"));
    assertThat(server.mgets.get() - mgetsBefore).isEqualTo(1);
    assertThat(loads).hasValue(3); // in-l2 by a, in-l1 and cold by b
    TieredCacheStats s = b.stats();
    assertThat(s.l1().hitCount()).isEqualTo(1);
    assertThat(s.l2().hitCount()).isEqualTo(1);
    assertThat(s.l2().missCount()).isEqualTo(2); // in-l1's first get, then cold
    // The loaded key is now in both tiers: a reads it from L2.
    assertThat(a.getIfPresent("cold")).isEqualTo("cold=v1");
  }

  @Test
  void getAll_redisDown_loadsEveryMissWithoutFailing() {
    TieredCache<String, String> cache = cache();
    server.down = true;
    assertThat(cache.getAll(List.of("x", "y"))).containsExactly(Map.entry("x", "x=v1"), Map.entry("y", "y=v1"));
    assertThat(cache.stats().l2().errorCount()).isPositive();
  }

  @Test
  void asyncVariants_runOnTheExecutorAndComplete() throws Exception {
    TieredCache<String, String> cache = builder().executor(pool).loader(this::load).build(server::connect);
    TieredCache<String, String> other = cache();
    cache.putAsync("p", "stored", Set.of("model.orders")).get(5, TimeUnit.SECONDS);
    assertThat(other.getIfPresent("p")).isEqualTo("stored");
    assertThat(cache.getAllAsync(List.of("p", "q")).get(5, TimeUnit.SECONDS))
        .containsExactly(Map.entry("p", "stored"), Map.entry("q", "q=v1"));
    cache.invalidateAsync("p").get(5, TimeUnit.SECONDS);
    assertThat(other.getIfPresent("p")).isNull();
    source.set("v2");
    assertThat(cache.invalidateTagAsync("model.orders").get(5, TimeUnit.SECONDS)).isTrue();
    assertThat(other.get("q")).isEqualTo("q=v2");
  }

  @Test
  void lease_otherInstanceLoading_waitsForItsValueInsteadOfLoading() throws Exception {
    CountDownLatch loading = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    TieredCache<String, String> a = builder().loader(key -> {
      loads.incrementAndGet();
      loading.countDown();
      release.await();
      return Tagged.of("from-a", "model.orders");
    }).build(server::connect);
    TieredCache<String, String> b = cache();
    Future<String> first = pool.submit(() -> a.get("k"));
    assertThat(loading.await(10, TimeUnit.SECONDS)).isTrue();
    Future<String> second = pool.submit(() -> b.get("k"));
    awaitTrue(() -> b.stats().leaseWaitCount() == 1);
    release.countDown();
    assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("from-a");
    assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("from-a");
    assertThat(loads).hasValue(1);
    assertThat(b.stats().leaseTimeoutCount()).isZero();
    // One L1 miss, one L2 outcome: the value it waited for is an L2 hit, not a miss and a hit.
    assertThat(b.stats().l2().hitCount()).isEqualTo(1);
    assertThat(b.stats().l2().missCount()).isZero();
    assertThat(b.stats().l1().missCount()).isEqualTo(1);
    assertThat(server.leases).isEmpty();
  }

  @Test
  void lease_holderFinishedJustBeforeOurSetNx_itsValueIsUsedAndCountedAsAnL2Hit() {
    TieredCache<String, String> a = cache();
    TieredCache<String, String> b = cache();
    // Between b's L2 miss and b taking the lease, a stores the value (and has released its lease).
    server.beforeLease = () -> {
      server.beforeLease = () -> {};
      a.put("k", "from-a", Set.of("model.orders"));
    };
    assertThat(b.get("k")).isEqualTo("from-a");
    assertThat(loads).hasValue(0);
    assertThat(b.stats().l2().hitCount()).isEqualTo(1);
    assertThat(b.stats().l2().missCount()).isZero();
    assertThat(server.leases).isEmpty();
  }

  @Test
  void lease_holderDied_freedAfterItsTtlAndTakenByAWaiter() throws Exception {
    TieredCache<String, String> b =
        builder().singleFlightLease(Duration.ofSeconds(10), Duration.ofSeconds(30)).loader(this::load).build(server::connect);
    // A replica took the lease and died before loading.
    server.leases.put("k", new InMemoryL2Store.Lease("dead-replica", ticker.read() + Duration.ofSeconds(10).toNanos()));
    Future<String> waiting = pool.submit(() -> b.get("k"));
    awaitTrue(() -> b.stats().leaseWaitCount() == 1);
    ticker.advance(Duration.ofSeconds(9));
    Thread.sleep(60); // a few polls while the lease still holds
    assertThat(waiting.isDone()).isFalse();
    ticker.advance(Duration.ofSeconds(1));
    assertThat(waiting.get(10, TimeUnit.SECONDS)).isEqualTo("k=v1");
    assertThat(loads).hasValue(1);
    assertThat(b.stats().leaseTimeoutCount()).isZero();
    assertThat(server.leases).isEmpty();
  }

  @Test
  void lease_waitBoundPassed_loadsItself() throws Exception {
    TieredCache<String, String> b =
        builder().singleFlightLease(Duration.ofMinutes(1), Duration.ofSeconds(5)).loader(this::load).build(server::connect);
    server.leases.put("k", new InMemoryL2Store.Lease("slow-replica", ticker.read() + Duration.ofMinutes(1).toNanos()));
    Future<String> waiting = pool.submit(() -> b.get("k"));
    awaitTrue(() -> b.stats().leaseWaitCount() == 1);
    ticker.advance(Duration.ofSeconds(5));
    assertThat(waiting.get(10, TimeUnit.SECONDS)).isEqualTo("k=v1");
    assertThat(b.stats().leaseTimeoutCount()).isEqualTo(1);
    assertThat(loads).hasValue(1);
    // The slow replica's lease is not ours to free.
    assertThat(server.leases).containsKey("k");
  }

  @Test
  void lease_holderLoadFails_waiterTakesTheLeaseAndLoads() throws Exception {
    CountDownLatch loading = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    TieredCache<String, String> a = builder().loader(key -> {
      loading.countDown();
      release.await();
      throw new IllegalStateException("warehouse timeout");
    }).build(server::connect);
    TieredCache<String, String> b = cache();
    Future<String> first = pool.submit(() -> a.get("k"));
    assertThat(loading.await(10, TimeUnit.SECONDS)).isTrue();
    Future<String> second = pool.submit(() -> b.get("k"));
    awaitTrue(() -> b.stats().leaseWaitCount() == 1);
    release.countDown();
    assertThatThrownBy(() -> first.get(10, TimeUnit.SECONDS)).hasRootCauseMessage("warehouse timeout");
    assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("k=v1");
    assertThat(b.stats().leaseTimeoutCount()).isZero();
  }

  @Test
  void softTtl_servesStaleWhileOneCallerRefreshes_hardTtlLoads() {
    Queue<Runnable> background = new ArrayDeque<>();
    TieredCache<String, String> a = builder()
        .softTtl(Duration.ofMinutes(1))
        .hardTtl(Duration.ofMinutes(10))
        .executor(background::add)
        .loader(this::load)
        .build(server::connect);
    TieredCache<String, String> b = builder()
        .softTtl(Duration.ofMinutes(1))
        .hardTtl(Duration.ofMinutes(10))
        .executor(Runnable::run)
        .loader(this::load)
        .build(server::connect);
    assertThat(a.get("k")).isEqualTo("k=v1");
    source.set("v2");
    ticker.advance(Duration.ofSeconds(59));
    assertThat(a.get("k")).isEqualTo("k=v1");
    assertThat(background).isEmpty();

    ticker.advance(Duration.ofSeconds(1));
    for (int i = 0; i < 5; i++) {
      assertThat(a.get("k")).isEqualTo("k=v1"); // stale, served at once
    }
    assertThat(background).hasSize(1); // one refresh for all five callers
    background.poll().run();
    assertThat(a.get("k")).isEqualTo("k=v2");
    assertThat(a.stats().refreshCount()).isEqualTo(1);
    assertThat(loads).hasValue(2);
    // The refreshed value reached Redis: another instance gets it without loading.
    assertThat(b.get("k")).isEqualTo("k=v2");
    assertThat(loads).hasValue(2);

    // Past the hard TTL nothing stale is served: the read loads.
    source.set("v3");
    background.clear();
    ticker.advance(Duration.ofMinutes(10));
    assertThat(a.get("k")).isEqualTo("k=v3");
    assertThat(b.getIfPresent("k")).isEqualTo("k=v3");
    assertThat(loads).hasValue(3);
  }

  @Test
  void hardTtl_countsFromTheLoad_inEveryInstanceThatReadTheEntry() {
    // Both instances exist before the fake time moves: each derives its wall clock from the
    // system clock at build time plus the ticker's progress.
    TieredCache<String, String> a = builder().hardTtl(Duration.ofMinutes(5)).loader(this::load).build(server::connect);
    TieredCache<String, String> b = builder().hardTtl(Duration.ofMinutes(5)).loader(this::load).build(server::connect);
    a.get("k");
    ticker.advance(Duration.ofMinutes(4));
    assertThat(b.getIfPresent("k")).isEqualTo("k=v1"); // copied into b's L1 one minute before the hard TTL
    ticker.advance(Duration.ofMinutes(1));
    assertThat(b.getIfPresent("k")).isNull();
    assertThat(a.getIfPresent("k")).isNull();
    assertThat(b.get("k")).isEqualTo("k=v1");
    assertThat(loads).hasValue(2);
  }

  @Test
  void softTtl_refreshOnOneInstance_otherInstancePicksUpTheValueWithoutLoading() {
    TieredCache<String, String> a = builder().softTtl(Duration.ofMinutes(1)).executor(Runnable::run)
        .loader(this::load).build(server::connect);
    TieredCache<String, String> b = builder().softTtl(Duration.ofMinutes(1)).executor(Runnable::run)
        .loader(this::load).build(server::connect);
    a.get("k");
    b.get("k");
    source.set("v2");
    ticker.advance(Duration.ofMinutes(1));
    assertThat(a.get("k")).isEqualTo("k=v1"); // a refreshes (same-thread executor)
    assertThat(b.get("k")).isEqualTo("k=v1"); // b's refresh finds a's fresh value in Redis
    assertThat(b.get("k")).isEqualTo("k=v2");
    assertThat(loads).hasValue(2);
    assertThat(b.stats().refreshCount()).isZero();
  }

  @Test
  void builder_ttlOrderAndBracesChecked() {
    assertThatThrownBy(() -> builder().hardTtl(Duration.ofMinutes(1)).softTtl(Duration.ofMinutes(1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("softTtl PT1M must be below hardTtl PT1M");
    assertThatThrownBy(() -> TieredCache.<String, String>builder().keyPrefix("a{b}:").codec(CacheCodec.utf8())
            .loader(this::load).build(server::connect))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("keyPrefix must not contain '{' or '}'");
    assertThatThrownBy(() -> builder().singleFlightLease(Duration.ZERO, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void redisConfig_cluster_keepsSeedsAndRedacts() {
    RedisConfig c = RedisConfig.cluster("redis://:pw@10.0.0.1:7001", "redis://10.0.0.2:7002");
    assertThat(c.clusterEnabled()).isTrue();
    assertThat(c.uris()).hasSize(2);
    assertThat(c.toString()).doesNotContain("pw").contains("cluster=redis://:***@10.0.0.1:7001,redis://10.0.0.2:7002");
    assertThat(c.withCommandTimeout(Duration.ofSeconds(1)).clusterEnabled()).isTrue();
    assertThat(RedisConfig.of("redis://h:1").clusterEnabled()).isFalse();
    assertThatThrownBy(RedisConfig::cluster).isInstanceOf(IllegalArgumentException.class);
  }
}
