package io.github.supersetsdk.benchmarks.cache;

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
 * One read on each path, single caller, on the {@link CacheFixture}:
 *
 * <ul>
 *   <li>L1 hit: {@code TieredCache.get} on a warm key versus a raw Caffeine {@code getIfPresent}
 *       (same size bound and expiry) and the hand-written cache-aside's L1 read;
 *   <li>L2 hit: {@code TieredCache.get} on an instance whose L1 expires at once (every read goes to
 *       Redis, decodes, checks generations, refills L1) versus a raw Lettuce {@code GET} of the
 *       same bytes and the hand-written cache-aside (Caffeine miss, {@code GET}, decode, put).
 * </ul>
 *
 * JMH runs each method in its own fork, one after the other; on a shared machine the load can change
 * between them, so {@link CacheSideBySide} measures the same pairs interleaved as well.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class CacheBenchmark {

  /** Redis to use; defaults to REDIS_URL. */
  @Param("")
  public String redisUrl;

  private CacheFixture f;

  @Setup(Level.Trial)
  public void setUp() {
    String url = redisUrl.isEmpty() ? System.getenv("REDIS_URL") : redisUrl;
    if (url == null || url.isEmpty()) {
      throw new IllegalStateException("set REDIS_URL (eval \"$(scripts/services.sh env)\") or -p redisUrl=");
    }
    f = new CacheFixture(url);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    f.close();
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public String rawCaffeineGetIfPresent() {
    return f.rawCaffeine.getIfPresent(f.keys[f.nextIndex()]);
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public String tieredL1Hit() {
    return f.l1Cache.get(f.keys[f.nextIndex()]);
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public String naiveL1Hit() {
    return f.naiveL1.get(f.keys[f.nextIndex()], k -> CacheFixture.VALUE);
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public byte[] rawLettuceGet() {
    return f.rawCommands.get(f.rawKeys[f.nextIndex()]);
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public String tieredL2Hit() {
    return f.l2Cache.get(f.keys[f.nextIndex()]);
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public String naiveL2Hit() {
    return f.naiveL2.get(f.keys[f.nextIndex()], k -> CacheFixture.VALUE);
  }
}
