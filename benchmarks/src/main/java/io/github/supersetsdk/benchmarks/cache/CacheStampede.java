package io.github.supersetsdk.benchmarks.cache;

import io.github.supersetsdk.cache.CacheCodec;
import io.github.supersetsdk.cache.RedisConfig;
import io.github.supersetsdk.cache.Tagged;
import io.github.supersetsdk.cache.TieredCache;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The stampede: {@code requests} threads released at once ask for one cold key, spread over two
 * instances (two "replicas", each with its own Redis connections), with a loader that takes 200 ms.
 * Counts the loads, for TieredCache and for the hand-written cache-aside. Prints one JSON line.
 *
 * <p>Usage: {@code CacheStampede REDIS_URL [requests]}
 */
public final class CacheStampede {

  private static final long LOAD_MILLIS = 200;

  private CacheStampede() {}

  public static void main(String[] args) throws Exception {
    String url = args[0];
    int requests = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    String prefix = "superset-sdk-bench:" + UUID.randomUUID() + ":";

    AtomicInteger tieredLoads = new AtomicInteger();
    List<TieredCache<String, String>> replicas = new ArrayList<>();
    for (int r = 0; r < 2; r++) {
      replicas.add(TieredCache.<String, String>builder()
          .redis(RedisConfig.of(url))
          .keyPrefix(prefix + "tiered:")
          .codec(CacheCodec.utf8())
          .loader(key -> {
            tieredLoads.incrementAndGet();
            Thread.sleep(LOAD_MILLIS);
            return Tagged.of("rows", "model.bench.orders");
          })
          .build());
    }
    replicas.forEach(c -> c.getIfPresent("warm-up")); // connect before the race
    long tieredMs = race(requests, i -> () -> replicas.get(i % 2).get("dashboard-7"));
    long waits = replicas.get(0).stats().leaseWaitCount() + replicas.get(1).stats().leaseWaitCount();
    replicas.forEach(TieredCache::close);

    AtomicInteger naiveLoads = new AtomicInteger();
    List<NaiveCacheAside> naive = List.of(
        new NaiveCacheAside(url, prefix + "naive:", java.time.Duration.ofMinutes(10)),
        new NaiveCacheAside(url, prefix + "naive:", java.time.Duration.ofMinutes(10)));
    naive.forEach(n -> n.get("warm-up", k -> "x"));
    Function<String, String> slowLoad = key -> {
      naiveLoads.incrementAndGet();
      try {
        Thread.sleep(LOAD_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return "rows";
    };
    long naiveMs = race(requests, i -> () -> naive.get(i % 2).get("dashboard-7", slowLoad));
    naive.forEach(NaiveCacheAside::close);

    RedisClient admin = RedisClient.create(url);
    try (StatefulRedisConnection<String, String> c = admin.connect()) {
      List<String> keys = c.sync().keys(prefix + "*");
      if (!keys.isEmpty()) {
        c.sync().del(keys.toArray(String[]::new));
      }
    } finally {
      admin.shutdown();
    }
    System.out.println(String.format(Locale.ROOT,
        "{\"stampedeRequests\":%d,\"stampedeLoads\":%d,\"stampedeLeaseWaits\":%d,\"stampedeMs\":%d,"
            + "\"naiveStampedeLoads\":%d,\"naiveStampedeMs\":%d}",
        requests, tieredLoads.get(), waits, tieredMs, naiveLoads.get(), naiveMs));
  }

  /** Releases {@code requests} threads at once; returns how long until the last one had its value. */
  private static long race(int requests, Function<Integer, Callable<String>> call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(requests);
    CountDownLatch ready = new CountDownLatch(requests);
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < requests; i++) {
        Callable<String> c = call.apply(i);
        results.add(pool.submit(() -> {
          ready.countDown();
          go.await();
          return c.call();
        }));
      }
      ready.await();
      long start = System.nanoTime();
      go.countDown();
      for (Future<String> f : results) {
        if (!"rows".equals(f.get(60, TimeUnit.SECONDS))) {
          throw new IllegalStateException("a request got a wrong value");
        }
      }
      return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    } finally {
      pool.shutdownNow();
    }
  }
}
