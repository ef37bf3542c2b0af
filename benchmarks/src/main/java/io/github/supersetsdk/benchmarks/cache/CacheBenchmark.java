package io.github.supersetsdk.benchmarks.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.supersetsdk.cache.CacheCodec;
import io.github.supersetsdk.cache.RedisConfig;
import io.github.supersetsdk.cache.Tagged;
import io.github.supersetsdk.cache.TieredCache;
import io.github.supersetsdk.cache.TieredCacheStats;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One read on each path, single caller, all in one JMH run so a busy machine slows them alike:
 *
 * <ul>
 *   <li>L1 hit: {@code TieredCache.get} on a warm key versus a raw Caffeine {@code getIfPresent}
 *       (same size bound and expiry) and a hand-written cache-aside's L1 read;
 *   <li>L2 hit: {@code TieredCache.get} on an instance whose L1 expires at once (every read goes to
 *       Redis, decodes, checks generations, refills L1) versus a raw Lettuce {@code GET} of the
 *       same bytes and the hand-written cache-aside (Caffeine miss, {@code GET}, decode, put).
 * </ul>
 *
 * Values are 1 KiB strings with one tag. The cache instances write their stats to {@code statsDir}
 * at the end, for the hit ratios.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class CacheBenchmark {

  private static final int KEYS = 1024;
  private static final String VALUE = "x".repeat(1024);

  /** Redis to use; defaults to REDIS_URL. */
  @Param("")
  public String redisUrl;

  /** Where to write each cache's stats after the trial; empty: nowhere. */
  @Param("")
  public String statsDir;

  private final String prefix = "superset-sdk-bench:" + UUID.randomUUID() + ":";
  private final String[] keys = new String[KEYS];
  private int next;

  private Cache<String, String> rawCaffeine;
  private TieredCache<String, String> l1Cache;
  private TieredCache<String, String> l2Cache;
  private NaiveCacheAside naiveL1;
  private NaiveCacheAside naiveL2;
  private RedisClient lettuce;
  private StatefulRedisConnection<String, byte[]> raw;
  private RedisCommands<String, byte[]> rawCommands;
  private final String[] rawKeys = new String[KEYS];

  private TieredCache<String, String> tiered(Duration l1Expiry, String url) {
    return TieredCache.<String, String>builder()
        .redis(RedisConfig.of(url))
        .keyPrefix(prefix)
        .codec(CacheCodec.utf8())
        .maximumSize(10_000)
        .expireAfterWrite(l1Expiry)
        .loader(key -> Tagged.of(VALUE, "model.bench.orders"))
        .build();
  }

  @Setup(Level.Trial)
  public void setUp() {
    String url = redisUrl.isEmpty() ? System.getenv("REDIS_URL") : redisUrl;
    if (url == null || url.isEmpty()) {
      throw new IllegalStateException("set REDIS_URL (eval \"$(scripts/services.sh env)\") or -p redisUrl=");
    }
    for (int i = 0; i < KEYS; i++) {
      keys[i] = "chart-" + i;
      rawKeys[i] = prefix + "raw:" + i;
    }
    rawCaffeine = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(Duration.ofMinutes(10)).build();
    l1Cache = tiered(Duration.ofMinutes(10), url);
    // An L1 that expires at once: every get is an L1 miss answered by Redis.
    l2Cache = tiered(Duration.ofNanos(1), url);
    lettuce = RedisClient.create(url);
    raw = lettuce.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
    rawCommands = raw.sync();
    naiveL1 = new NaiveCacheAside(url, prefix + "naive:", Duration.ofMinutes(10));
    naiveL2 = new NaiveCacheAside(url, prefix + "naive:", Duration.ofNanos(1));
    byte[] bytes = VALUE.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < KEYS; i++) {
      rawCaffeine.put(keys[i], VALUE);
      l1Cache.get(keys[i]); // loads, writes L2 and L1
      rawCommands.set(rawKeys[i], bytes);
      naiveL1.get(keys[i], k -> VALUE);
    }
    l1Cache.stats(); // touch
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    if (!statsDir.isEmpty()) {
      writeStats("l1", l1Cache.stats());
      writeStats("l2", l2Cache.stats());
    }
    l1Cache.close();
    l2Cache.close();
    naiveL1.close();
    naiveL2.close();
    for (String pattern : new String[] {prefix + "*"}) {
      var found = raw.sync().keys(pattern);
      if (!found.isEmpty()) {
        raw.sync().del(found.toArray(String[]::new));
      }
    }
    raw.close();
    lettuce.shutdown();
  }

  private void writeStats(String name, TieredCacheStats s) throws IOException {
    String json = String.format(Locale.ROOT,
        "{\"l1Hits\":%d,\"l1Misses\":%d,\"l2Hits\":%d,\"l2Misses\":%d,\"l2Errors\":%d,\"loads\":%d}",
        s.l1().hitCount(), s.l1().missCount(), s.l2().hitCount(), s.l2().missCount(), s.l2().errorCount(),
        s.loadCount());
    Files.writeString(Path.of(statsDir, "cache-" + name + "-stats.json"), json);
  }

  private int nextIndex() {
    int i = next;
    next = (i + 1) & (KEYS - 1);
    return i;
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public String rawCaffeineGetIfPresent() {
    return rawCaffeine.getIfPresent(keys[nextIndex()]);
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public String tieredL1Hit() {
    return l1Cache.get(keys[nextIndex()]);
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public String naiveL1Hit() {
    return naiveL1.get(keys[nextIndex()], k -> VALUE);
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public byte[] rawLettuceGet() {
    return rawCommands.get(rawKeys[nextIndex()]);
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public String tieredL2Hit() {
    return l2Cache.get(keys[nextIndex()]);
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public String naiveL2Hit() {
    return naiveL2.get(keys[nextIndex()], k -> VALUE);
  }
}
