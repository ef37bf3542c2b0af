package io.github.supersetsdk.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The replica scenarios on the standalone local Redis ({@code REDIS_URL}), and the scenarios that
 * need a standalone server: one instance's single flight, a load overtaken by an invalidation, Redis
 * cut off mid-run through a TCP proxy, and a closed port.
 */
class TieredCacheReplicasIT extends ReplicaScenarios {

  @Override
  RedisConfig config() {
    return RedisConfig.of(env("REDIS_URL"));
  }

  @Test
  void get_manyConcurrentColdRequests_exactlyOneLoad() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    TieredCache<String, String> cache =
        register(
            builder()
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
    assertThat(redis.exists(prefix + "v:dashboard-7")).isEqualTo(1);
  }

  @Test
  void get_invalidationDuringSlowLoad_notOverwrittenByThatLoad() throws Exception {
    CountDownLatch loading = new CountDownLatch(1);
    CountDownLatch invalidated = new CountDownLatch(1);
    TieredCache<String, String> slow =
        register(
            builder()
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
    TieredCache<String, String> other = replica(Ticker.system(), true);
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
    assertThat(redis.exists(prefix + "v:k")).isZero();
    assertThat(slow.getIfPresent("k")).isNull();
    assertThat(other.getIfPresent("k")).isNull();
    assertThat(slow.get("k")).isEqualTo("v2");
    assertThat(other.get("k")).isEqualTo("v2");
  }

  @Test
  void redisStoppedMidRun_noCallerFails_andNoStaleValueAfterRestart() throws Exception {
    java.net.URI redis = java.net.URI.create(env("REDIS_URL"));
    FakeTicker ticker = new FakeTicker();
    ch.qos.logback.classic.Logger log =
        (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("io.github.supersetsdk.cache");
    ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> logged =
        new ch.qos.logback.core.read.ListAppender<>();
    logged.start();
    log.addAppender(logged);
    try (TcpProxy proxy = new TcpProxy(redis.getHost(), redis.getPort())) {
      String viaProxy = "redis://127.0.0.1:" + proxy.port() + (redis.getPath() == null ? "" : redis.getPath());
      TieredCache<String, String> replica =
          register(
              TieredCache.<String, String>builder()
                  .redis(RedisConfig.of(viaProxy))
                  .keyPrefix(prefix)
                  .codec(CacheCodec.utf8())
                  .ticker(ticker)
                  .maxStaleness(Duration.ofSeconds(2))
                  .circuitBreaker(1, Duration.ofSeconds(1))
                  .loader(key -> {
                    loads.incrementAndGet();
                    return Tagged.of(key + "=" + source.get(), "model.shop.orders");
                  })
                  .build());
      TieredCache<String, String> other = replica(ticker, true);
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
    } finally {
      log.detachAppender(logged);
    }
    // Callers never saw the outage; an operator reading the log at INFO sees it start once, and end.
    assertThat(logged.list).filteredOn(e -> e.getLevel() == ch.qos.logback.classic.Level.WARN).singleElement()
        .satisfies(e -> assertThat(e.getFormattedMessage()).startsWith("Redis ").contains("serves from this process only"));
    assertThat(logged.list).filteredOn(e -> e.getLevel() == ch.qos.logback.classic.Level.INFO)
        .anySatisfy(e -> assertThat(e.getFormattedMessage()).contains("Redis answers again"));
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
