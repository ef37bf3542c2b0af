package io.github.supersetsdk.benchmarks.cache;

import io.github.supersetsdk.cache.TieredCacheStats;
import java.util.Arrays;
import java.util.Locale;

/**
 * The cache's read paths measured interleaved in one JVM, so that the load of a shared machine
 * falls on both sides of each comparison alike: per round, one batch of each read in a rotating
 * order (20,000 L1 reads or 20 L2 reads per batch). Reports for each read the fastest batch's mean
 * (the least disturbed by other processes) and the median batch's mean, and, for each comparison
 * with the raw read, the median over rounds of the two batches' ratio in that round: a paired
 * figure, since both batches of a round ran within milliseconds of each other under the same load
 * (the headline ratio). Also the hit ratios of the two TieredCache instances over the measured
 * reads. Prints one JSON line.
 *
 * <p>Usage: {@code CacheSideBySide REDIS_URL [l1Rounds] [l2Rounds]}
 */
public final class CacheSideBySide {

  private static final int BATCH = 20_000;
  private static final int L2_BATCH = 20;
  private static final int L2_WARMUP_ROUNDS = 1_500;
  private static volatile Object sink;

  private CacheSideBySide() {}

  public static void main(String[] args) {
    String url = args[0];
    int l1Rounds = args.length > 1 ? Integer.parseInt(args[1]) : 300;
    int l2Rounds = args.length > 2 ? Integer.parseInt(args[2]) : 600;
    try (CacheFixture f = new CacheFixture(url)) {
      // Warm-up: every path must run optimised (C2) code before anything counts. HotSpot compiles a
      // method with C2 after about 15,000 calls; until then code the TieredCache alone runs (entry
      // decoding, the generation check) stays in profiling C1 code several times slower, while
      // the Lettuce code the raw GET shares with it warms up three times as fast. 1,500 rounds are
      // 30,000 L2 reads of each kind.
      l1(f, 100);
      l2(f, L2_WARMUP_ROUNDS);
      TieredCacheStats l1Before = f.l1Cache.stats();
      TieredCacheStats l2Before = f.l2Cache.stats();
      double[][] l1 = l1(f, l1Rounds);
      double[][] l2 = l2(f, l2Rounds);
      TieredCacheStats l1Stats = f.l1Cache.stats().minus(l1Before);
      TieredCacheStats l2Stats = f.l2Cache.stats().minus(l2Before);
      System.out.println(String.format(Locale.ROOT,
          "{\"rawCaffeineNs\":%.1f,\"l1HitNs\":%.1f,\"naiveL1HitNs\":%.1f,"
              + "\"rawLettuceGetUs\":%.1f,\"l2HitUs\":%.1f,\"naiveL2HitUs\":%.1f,"
              + "\"medianRawCaffeineNs\":%.1f,\"medianL1HitNs\":%.1f,\"medianNaiveL1HitNs\":%.1f,"
              + "\"medianRawLettuceGetUs\":%.1f,\"medianL2HitUs\":%.1f,\"medianNaiveL2HitUs\":%.1f,"
              + "\"l1PairedRatio\":%.3f,\"l2PairedRatio\":%.3f,"
              + "\"naiveL1PairedRatio\":%.3f,\"naiveL2PairedRatio\":%.3f,"
              + "\"l1HitRatio\":%.4f,\"l2HitRatio\":%.4f,\"l1Reads\":%d,\"l2Reads\":%d,\"l2Loads\":%d}",
          min(l1[0]), min(l1[1]), min(l1[2]),
          min(l2[0]) / 1000, min(l2[1]) / 1000, min(l2[2]) / 1000,
          median(l1[0]), median(l1[1]), median(l1[2]),
          median(l2[0]) / 1000, median(l2[1]) / 1000, median(l2[2]) / 1000,
          pairedRatio(l1[1], l1[0]), pairedRatio(l2[1], l2[0]),
          pairedRatio(l1[2], l1[0]), pairedRatio(l2[2], l2[0]),
          l1Stats.l1().hitRate(), l2Stats.l2().hitRate(),
          l1Stats.l1().hitCount() + l1Stats.l1().missCount(),
          l2Stats.l2().hitCount() + l2Stats.l2().missCount(),
          l2Stats.loadCount()));
    }
  }

  /** Per round, one batch of each L1 read in a rotating order; returns ns per read of each batch. */
  private static double[][] l1(CacheFixture f, int rounds) {
    double[][] out = new double[3][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int k = 0; k < 3; k++) {
        int which = (r + k) % 3;
        long start = System.nanoTime();
        Object last = null;
        for (int i = 0; i < BATCH; i++) {
          String key = f.keys[f.nextIndex()];
          last = switch (which) {
            case 0 -> f.rawCaffeine.getIfPresent(key);
            case 1 -> f.l1Cache.get(key);
            default -> f.naiveL1.get(key, x -> CacheFixture.VALUE);
          };
        }
        out[which][r] = (double) (System.nanoTime() - start) / BATCH;
        sink = last;
      }
    }
    return out;
  }

  /** Per round, one batch of each L2 read in a rotating order; returns ns per read of each batch. */
  private static double[][] l2(CacheFixture f, int rounds) {
    double[][] out = new double[3][rounds];
    for (int r = 0; r < rounds; r++) {
      int first = f.nextIndex();
      for (int k = 0; k < 3; k++) {
        int which = (r + k) % 3;
        long start = System.nanoTime();
        Object v = null;
        for (int b = 0; b < L2_BATCH; b++) {
          int i = (first + b) & (CacheFixture.KEYS - 1);
          v = switch (which) {
            case 0 -> f.rawCommands.get(f.rawKeys[i]);
            case 1 -> f.l2Cache.get(f.keys[i]);
            default -> f.naiveL2.get(f.keys[i], x -> CacheFixture.VALUE);
          };
        }
        out[which][r] = (double) (System.nanoTime() - start) / L2_BATCH;
        sink = v;
      }
    }
    return out;
  }

  private static double min(double[] values) {
    return Arrays.stream(values).min().orElseThrow();
  }

  /** The median over rounds of {@code measured[r] / baseline[r]}. */
  private static double pairedRatio(double[] measured, double[] baseline) {
    double[] ratios = new double[measured.length];
    for (int r = 0; r < measured.length; r++) {
      ratios[r] = measured[r] / baseline[r];
    }
    return median(ratios);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
