package io.github.supersetsdk.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.RedisClient;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two replicas (two TieredCache instances, each with its own Redis connections) against a real
 * Redis; subclasses choose standalone or Cluster. Every test uses its own key prefix and deletes
 * its keys.
 */
abstract class ReplicaScenarios {

  protected final String prefix = "superset-sdk-it:" + UUID.randomUUID() + ":";
  private final List<TieredCache<?, ?>> caches = new ArrayList<>();
  protected final AtomicInteger loads = new AtomicInteger();
  protected final AtomicReference<String> source = new AtomicReference<>("v1");
  private AbstractRedisClient admin;
  private StatefulConnection<String, String> adminConnection;
  protected RedisClusterCommands<String, String> redis;

  /** The configuration both replicas use. */
  abstract RedisConfig config();

  static String env(String name) {
    String url = System.getenv(name);
    if (url == null || url.isBlank()) {
      throw new IllegalStateException(
          name + " is not set: run `eval \"$(scripts/services.sh env)\"` (and scripts/services.sh up), or scripts/test.sh");
    }
    return url;
  }

  @BeforeEach
  void connect() {
    RedisConfig config = config();
    if (config.clusterEnabled()) {
      RedisClusterClient c = RedisClusterClient.create(config.uri());
      StatefulRedisClusterConnection<String, String> conn = c.connect();
      admin = c;
      adminConnection = conn;
      redis = conn.sync();
    } else {
      RedisClient c = RedisClient.create(config.uri());
      StatefulRedisConnection<String, String> conn = c.connect();
      admin = c;
      adminConnection = conn;
      redis = conn.sync();
    }
  }

  @AfterEach
  void cleanUp() {
    caches.forEach(TieredCache::close);
    ScanCursor cursor = ScanCursor.INITIAL;
    do {
      // On a cluster Lettuce walks the scan over every master.
      KeyScanCursor<String> page = redis.scan(cursor, ScanArgs.Builder.matches(prefix + "*").limit(500));
      for (String key : page.getKeys()) {
        redis.del(key);
      }
      cursor = page;
    } while (!cursor.isFinished());
    adminConnection.close();
    admin.shutdown();
  }

  protected TieredCache.Builder<String, String> builder() {
    return TieredCache.<String, String>builder().redis(config()).keyPrefix(prefix).codec(CacheCodec.utf8());
  }

  protected TieredCache<String, String> register(TieredCache<String, String> cache) {
    caches.add(cache);
    return cache;
  }

  protected TieredCache<String, String> replica(Ticker ticker, boolean subscribe) {
    return register(
        builder()
            .ticker(ticker)
            .maxStaleness(Duration.ofSeconds(2))
            .invalidationSubscription(subscribe)
            .loader(key -> {
              loads.incrementAndGet();
              return Tagged.of(key + "=" + source.get(), "model.shop.orders", "dataset:" + key);
            })
            .build());
  }

  /** Polls until the supplier returns the expected value; pub/sub delivery is asynchronous. */
  protected static void eventually(Supplier<String> read, String expected) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    String last = read.get();
    while (!expected.equals(last) && System.nanoTime() < deadline) {
      Thread.sleep(10);
      last = read.get();
    }
    assertThat(last).isEqualTo(expected);
  }

  @Test
  void invalidateTag_twoReplicas_eachSeesTheOthersInvalidation() throws Exception {
    // A fake ticker that never moves: only the pub/sub message can make b notice.
    FakeTicker ticker = new FakeTicker();
    TieredCache<String, String> a = replica(ticker, true);
    TieredCache<String, String> b = replica(ticker, true);
    assertThat(a.get("k")).isEqualTo("k=v1");
    assertThat(b.get("k")).isEqualTo("k=v1");
    assertThat(b.stats().l2().hitCount()).isEqualTo(1);
    assertThat(loads).hasValue(1);

    source.set("v2");
    assertThat(a.invalidateTag("model.shop.orders")).isTrue();
    eventually(() -> b.get("k"), "k=v2");
    source.set("v3");
    assertThat(b.invalidateTag("dataset:k")).isTrue();
    eventually(() -> a.get("k"), "k=v3");
  }

  @Test
  void invalidateTag_messageDropped_staleAtMostMaxStaleness() {
    FakeTicker ticker = new FakeTicker();
    TieredCache<String, String> a = replica(ticker, true);
    TieredCache<String, String> deaf = replica(ticker, false);
    assertThat(deaf.get("k")).isEqualTo("k=v1");
    assertThat(deaf.get("k")).isEqualTo("k=v1"); // this L1 hit verifies generations: the clock starts
    source.set("v2");
    assertThat(a.invalidateTag("model.shop.orders")).isTrue();
    ticker.advance(Duration.ofMillis(1_999));
    assertThat(deaf.get("k")).isEqualTo("k=v1");
    ticker.advance(Duration.ofMillis(1));
    assertThat(deaf.get("k")).isEqualTo("k=v2");
    assertThat(deaf.stats().l1().invalidationCount()).isEqualTo(1);
  }

  @Test
  void get_thousandConcurrentColdRequestsOverTwoReplicas_exactlyOneLoad() throws Exception {
    List<TieredCache<String, String>> replicas = new ArrayList<>();
    for (int r = 0; r < 2; r++) {
      replicas.add(register(
          builder()
              .loader(key -> {
                loads.incrementAndGet();
                Thread.sleep(300); // a slow warehouse query
                return Tagged.of("rows", "model.shop.orders");
              })
              .build()));
    }
    // Connect both before the race, so connection setup is not what is measured.
    replicas.forEach(c -> c.getIfPresent("warm-up"));
    int requests = 1000;
    ExecutorService pool = Executors.newFixedThreadPool(requests);
    CountDownLatch ready = new CountDownLatch(requests);
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < requests; i++) {
        TieredCache<String, String> replica = replicas.get(i % 2);
        results.add(pool.submit(() -> {
          ready.countDown();
          go.await();
          return replica.get("dashboard-7");
        }));
      }
      assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
      go.countDown();
      for (Future<String> f : results) {
        assertThat(f.get(30, TimeUnit.SECONDS)).isEqualTo("rows");
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(loads).hasValue(1);
    TieredCacheStats a = replicas.get(0).stats();
    TieredCacheStats b = replicas.get(1).stats();
    assertThat(a.loadCount() + b.loadCount()).isEqualTo(1);
    assertThat(a.leaseWaitCount() + b.leaseWaitCount()).isEqualTo(1);
    assertThat(a.leaseTimeoutCount() + b.leaseTimeoutCount()).isZero();
    assertThat(redis.exists(prefix + "v:dashboard-7")).isEqualTo(1);
    assertThat(redis.exists(prefix + "l:dashboard-7")).isZero();
  }

  @Test
  void lease_holderDied_anotherReplicaLoadsAfterTheLeaseTtl() throws Exception {
    TieredCache<String, String> b = register(
        builder()
            .singleFlightLease(Duration.ofSeconds(5), Duration.ofSeconds(10))
            .loader(key -> {
              loads.incrementAndGet();
              return Tagged.of("fresh", "model.shop.orders");
            })
            .build());
    // A replica took the lease for one second and died before writing a value.
    assertThat(redis.set(prefix + "l:k", "dead-replica", SetArgs.Builder.nx().px(1_000))).isEqualTo("OK");
    long start = System.nanoTime();
    assertThat(b.get("k")).isEqualTo("fresh");
    long waitedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertThat(waitedMs).isBetween(500L, 5_000L);
    assertThat(b.stats().leaseWaitCount()).isEqualTo(1);
    assertThat(b.stats().leaseTimeoutCount()).isZero();
    assertThat(loads).hasValue(1);
  }

  @Test
  void getAll_keysOnManySlots_readInOneBatchAndLoadedOnce() {
    TieredCache<String, String> a = replica(Ticker.system(), true);
    TieredCache<String, String> b = replica(Ticker.system(), true);
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      keys.add("chart-" + i);
    }
    Map<String, String> first = a.getAll(keys);
    assertThat(first).hasSize(20).containsEntry("chart-7", "chart-7=v1");
    assertThat(loads).hasValue(20);
    Map<String, String> second = b.getAll(keys);
    assertThat(second).isEqualTo(first);
    assertThat(loads).hasValue(20);
    assertThat(b.stats().l2().hitCount()).isEqualTo(20);
  }
}
