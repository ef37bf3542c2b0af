package io.github.supersetsdk.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.RedisClient;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.api.StatefulRedisConnection;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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

/** TieredCache against the real local Redis; every test uses its own key prefix and deletes its keys. */
class TieredCacheRedisIT {

  private final String prefix = "superset-sdk-it:" + UUID.randomUUID() + ":";
  private final List<TieredCache<?, ?>> caches = new ArrayList<>();
  private final AtomicInteger loads = new AtomicInteger();
  private final AtomicReference<String> source = new AtomicReference<>("v1");
  private RedisClient admin;
  private StatefulRedisConnection<String, String> adminConnection;

  private static String redisUrl() {
    String url = System.getenv("REDIS_URL");
    if (url == null || url.isBlank()) {
      throw new IllegalStateException(
          "REDIS_URL is not set: run `eval \"$(scripts/services.sh env)\"`, or scripts/test.sh");
    }
    return url;
  }

  @BeforeEach
  void connect() {
    admin = RedisClient.create(redisUrl());
    adminConnection = admin.connect();
  }

  @AfterEach
  void cleanUp() {
    caches.forEach(TieredCache::close);
    ScanCursor cursor = ScanCursor.INITIAL;
    do {
      KeyScanCursor<String> page = adminConnection.sync().scan(cursor, ScanArgs.Builder.matches(prefix + "*").limit(500));
      if (!page.getKeys().isEmpty()) {
        adminConnection.sync().del(page.getKeys().toArray(String[]::new));
      }
      cursor = page;
    } while (!cursor.isFinished());
    adminConnection.close();
    admin.shutdown();
  }

  private TieredCache.Builder<String, String> builder(String url) {
    return TieredCache.<String, String>builder()
        .redis(RedisConfig.of(url))
        .keyPrefix(prefix)
        .codec(CacheCodec.utf8());
  }

  private TieredCache<String, String> register(TieredCache<String, String> cache) {
    caches.add(cache);
    return cache;
  }

  private TieredCache<String, String> instance(Ticker ticker, boolean subscribe) {
    return register(
        builder(redisUrl())
            .ticker(ticker)
            .maxStaleness(Duration.ofSeconds(2))
            .invalidationSubscription(subscribe)
            .loader(key -> {
              loads.incrementAndGet();
              return Tagged.of(key + "=" + source.get(), "model.shop.orders");
            })
            .build());
  }

  /** Polls until the supplier returns the expected value; pub/sub delivery is asynchronous. */
  private static void eventually(Supplier<String> read, String expected) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    String last = read.get();
    while (!expected.equals(last) && System.nanoTime() < deadline) {
      Thread.sleep(10);
      last = read.get();
    }
    assertThat(last).isEqualTo(expected);
  }

  @Test
  void invalidateTag_twoInstancesWithOwnConnections_eachSeesTheOthers() throws Exception {
    // A fake ticker that never moves: only the pub/sub message can make b notice the invalidation.
    FakeTicker ticker = new FakeTicker();
    TieredCache<String, String> a = instance(ticker, true);
    TieredCache<String, String> b = instance(ticker, true);
    assertThat(a.get("k")).isEqualTo("k=v1");
    assertThat(b.get("k")).isEqualTo("k=v1");
    assertThat(b.stats().l2().hitCount()).isEqualTo(1);
    assertThat(loads).hasValue(1);

    source.set("v2");
    assertThat(a.invalidateTag("model.shop.orders")).isTrue();
    eventually(() -> b.get("k"), "k=v2");

    source.set("v3");
    assertThat(b.invalidateTag("model.shop.orders")).isTrue();
    eventually(() -> a.get("k"), "k=v3");
  }

  @Test
  void get_manyConcurrentColdRequests_exactlyOneLoad() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    TieredCache<String, String> cache =
        register(
            builder(redisUrl())
                .loader(key -> {
                  loads.incrementAndGet();
                  started.countDown();
                  Thread.sleep(300); // a slow warehouse query
                  return Tagged.of("rows", "model.shop.orders");
                })
                .build());
    ExecutorService pool = Executors.newFixedThreadPool(64);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 1000; i++) {
        results.add(pool.submit(() -> cache.get("dashboard-7")));
      }
      for (Future<String> f : results) {
        assertThat(f.get(30, TimeUnit.SECONDS)).isEqualTo("rows");
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(loads).hasValue(1);
    assertThat(cache.stats().loadCount()).isEqualTo(1);
    assertThat(adminConnection.sync().exists(prefix + "v:dashboard-7")).isEqualTo(1);
  }

  @Test
  void get_invalidationDuringSlowLoad_notOverwrittenByThatLoad() throws Exception {
    CountDownLatch loading = new CountDownLatch(1);
    CountDownLatch invalidated = new CountDownLatch(1);
    TieredCache<String, String> slow =
        register(
            builder(redisUrl())
                .loader(key -> {
                  int n = loads.incrementAndGet();
                  String read = source.get();
                  if (n == 1) {
                    loading.countDown();
                    assertThat(invalidated.await(10, TimeUnit.SECONDS)).isTrue();
                  }
                  return Tagged.of(read, "model.shop.orders");
                })
                .build());
    TieredCache<String, String> other = instance(Ticker.system(), true);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<String> first = pool.submit(() -> slow.get("k"));
      assertThat(loading.await(10, TimeUnit.SECONDS)).isTrue();
      // dbt rebuilt the model while the first load was reading the old rows.
      source.set("v2");
      assertThat(other.invalidateTag("model.shop.orders")).isTrue();
      invalidated.countDown();
      assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("v1");
    } finally {
      pool.shutdownNow();
    }
    assertThat(slow.stats().staleLoadCount()).isEqualTo(1);
    assertThat(adminConnection.sync().exists(prefix + "v:k")).isZero();
    assertThat(slow.getIfPresent("k")).isNull();
    assertThat(other.getIfPresent("k")).isNull();
    assertThat(slow.get("k")).isEqualTo("v2");
    assertThat(other.get("k")).isEqualTo("v2");
  }

  @Test
  void invalidateTag_subscriptionDropped_staleAtMostMaxStaleness() {
    FakeTicker ticker = new FakeTicker();
    TieredCache<String, String> a = instance(ticker, true);
    TieredCache<String, String> deaf = instance(ticker, false);
    assertThat(deaf.get("k")).isEqualTo("k=v1");
    assertThat(deaf.get("k")).isEqualTo("k=v1"); // first L1 hit verifies generations at this instant

    source.set("v2");
    assertThat(a.invalidateTag("model.shop.orders")).isTrue();
    // No message reaches it: within the bound it still serves the old value, which shows the
    // subscription really is off ...
    ticker.advance(Duration.ofMillis(1_999));
    assertThat(deaf.get("k")).isEqualTo("k=v1");
    // ... and at the bound it re-reads generations from Redis and stops serving it.
    ticker.advance(Duration.ofMillis(1));
    assertThat(deaf.get("k")).isEqualTo("k=v2");
    assertThat(deaf.stats().l1().invalidationCount()).isEqualTo(1);
  }

  @Test
  void redisStoppedMidRun_noCallerFails_andNoStaleValueAfterRestart() throws Exception {
    java.net.URI redis = java.net.URI.create(redisUrl());
    FakeTicker ticker = new FakeTicker();
    try (TcpProxy proxy = new TcpProxy(redis.getHost(), redis.getPort())) {
      String viaProxy = "redis://127.0.0.1:" + proxy.port() + (redis.getPath() == null ? "" : redis.getPath());
      TieredCache<String, String> replica =
          register(
              builder(viaProxy)
                  .ticker(ticker)
                  .maxStaleness(Duration.ofSeconds(2))
                  .circuitBreaker(1, Duration.ofSeconds(1))
                  .loader(key -> {
                    loads.incrementAndGet();
                    return Tagged.of(key + "=" + source.get(), "model.shop.orders");
                  })
                  .build());
      TieredCache<String, String> other = instance(ticker, true);
      assertThat(replica.get("k")).isEqualTo("k=v1");
      assertThat(replica.get("k")).isEqualTo("k=v1");

      proxy.stop();
      // Redis is gone for this replica: L1 and the loader keep serving, nobody sees an exception.
      ticker.advance(Duration.ofSeconds(3));
      assertThat(replica.get("k")).isEqualTo("k=v1");
      assertThat(replica.get("loaded-during-outage")).isEqualTo("loaded-during-outage=v1");
      int loadsDuringOutage = loads.get();
      // The model is rebuilt and invalidated while the replica cannot hear it.
      source.set("v2");
      assertThat(other.invalidateTag("model.shop.orders")).isTrue();
      assertThat(replica.get("k")).isEqualTo("k=v1");
      assertThat(replica.stats().l2().errorCount()).isPositive();

      proxy.start();
      // Wait until the replica's own connection answers again (Lettuce reconnects with backoff).
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      boolean back = false;
      while (!back && System.nanoTime() < deadline) {
        ticker.advance(Duration.ofSeconds(2));
        back = replica.invalidateTag("unrelated-tag");
        if (!back) {
          Thread.sleep(50);
        }
      }
      assertThat(back).isTrue();
      // The first read after reconnecting verifies generations: no stale value is served.
      assertThat(replica.get("k")).isEqualTo("k=v2");
      // The entry loaded during the outage could not be verified: it is dropped and reloaded.
      assertThat(replica.get("loaded-during-outage")).isEqualTo("loaded-during-outage=v2");
      assertThat(loads.get()).isGreaterThan(loadsDuringOutage);
    }
  }

  @Test
  void redisUnreachable_noCallerFails() throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    TieredCache<String, String> cache =
        register(
            TieredCache.<String, String>builder()
                .redis(RedisConfig.of("redis://127.0.0.1:" + closedPort).withCommandTimeout(Duration.ofMillis(200)))
                .keyPrefix(prefix)
                .codec(CacheCodec.utf8())
                .loader(key -> {
                  loads.incrementAndGet();
                  return Tagged.of(key.toUpperCase(), "model.shop.orders");
                })
                .build());
    ExecutorService pool = Executors.newFixedThreadPool(16);
    long start = System.nanoTime();
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 500; i++) {
        String key = "k" + (i % 50);
        results.add(pool.submit(() -> {
          cache.put("p" + key, "x");
          cache.invalidate("i" + key);
          return cache.get(key);
        }));
      }
      for (int i = 0; i < results.size(); i++) {
        assertThat(results.get(i).get(30, TimeUnit.SECONDS)).isEqualTo(("k" + (i % 50)).toUpperCase());
      }
    } finally {
      pool.shutdownNow();
    }
    long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertThat(cache.invalidateTag("model.shop.orders")).isFalse();
    assertThat(cache.stats().l2().errorCount()).isGreaterThan(0);
    assertThat(cache.getIfPresent("pk1")).isEqualTo("x");
    System.out.printf("unreachable Redis: 500 calls in %d ms, %d loads, %d L2 errors%n",
        elapsedMs, loads.get(), cache.stats().l2().errorCount());
  }
}
