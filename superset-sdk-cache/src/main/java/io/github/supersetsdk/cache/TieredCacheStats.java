package io.github.supersetsdk.cache;

import java.time.Duration;
import java.util.Objects;

/**
 * A snapshot of a {@link TieredCache}'s counters: one {@link TierStats} per tier plus the loader's
 * counts.
 *
 * <p>Immutable and thread-safe.
 *
 * @param l1 the in-process tier
 * @param l2 the Redis tier
 * @param loadCount loader calls that returned a value
 * @param loadFailureCount loader calls that threw
 * @param totalLoadTimeNanos time spent in the loader, successful or not
 * @param staleLoadCount loads whose result was returned but not stored because one of its tags was
 *     invalidated while it ran
 * @param refreshCount background refreshes of entries past their soft TTL that loaded a new value
 * @param leaseWaitCount misses on which another instance held the key's load lease, so this
 *     instance waited for that instance's value instead of loading
 * @param leaseTimeoutCount of those waits, the ones that gave up after the lease wait bound and
 *     loaded here
 */
public record TieredCacheStats(
    TierStats l1,
    TierStats l2,
    long loadCount,
    long loadFailureCount,
    long totalLoadTimeNanos,
    long staleLoadCount,
    long refreshCount,
    long leaseWaitCount,
    long leaseTimeoutCount) {

  /**
   * Creates a snapshot.
   *
   * @param l1 the in-process tier
   * @param l2 the Redis tier
   * @param loadCount successful loads
   * @param loadFailureCount failed loads
   * @param totalLoadTimeNanos load time
   * @param staleLoadCount loads not stored
   * @param refreshCount background refreshes
   * @param leaseWaitCount waits for another instance's load
   * @param leaseTimeoutCount waits that gave up
   * @throws NullPointerException if a tier is null
   * @throws IllegalArgumentException if any count is negative
   */
  public TieredCacheStats {
    Objects.requireNonNull(l1, "l1");
    Objects.requireNonNull(l2, "l2");
    if (loadCount < 0 || loadFailureCount < 0 || totalLoadTimeNanos < 0 || staleLoadCount < 0
        || refreshCount < 0 || leaseWaitCount < 0 || leaseTimeoutCount < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
  }

  /**
   * Creates a snapshot without refresh and lease counts (all zero).
   *
   * @param l1 the in-process tier
   * @param l2 the Redis tier
   * @param loadCount successful loads
   * @param loadFailureCount failed loads
   * @param totalLoadTimeNanos load time
   * @param staleLoadCount loads not stored
   * @throws NullPointerException if a tier is null
   * @throws IllegalArgumentException if any count is negative
   */
  public TieredCacheStats(
      TierStats l1,
      TierStats l2,
      long loadCount,
      long loadFailureCount,
      long totalLoadTimeNanos,
      long staleLoadCount) {
    this(l1, l2, loadCount, loadFailureCount, totalLoadTimeNanos, staleLoadCount, 0, 0, 0);
  }

  /**
   * Creates a snapshot.
   *
   * @param l1 the in-process tier
   * @param l2 the Redis tier
   * @param loadCount successful loads
   * @param loadFailureCount failed loads
   * @param totalLoadTimeNanos load time
   * @param staleLoadCount loads not stored
   * @return the snapshot
   * @throws NullPointerException if a tier is null
   * @throws IllegalArgumentException if any count is negative
   */
  public static TieredCacheStats of(
      TierStats l1,
      TierStats l2,
      long loadCount,
      long loadFailureCount,
      long totalLoadTimeNanos,
      long staleLoadCount) {
    return new TieredCacheStats(l1, l2, loadCount, loadFailureCount, totalLoadTimeNanos, staleLoadCount);
  }

  /**
   * Creates a snapshot with every count.
   *
   * @param l1 the in-process tier
   * @param l2 the Redis tier
   * @param loadCount successful loads
   * @param loadFailureCount failed loads
   * @param totalLoadTimeNanos load time
   * @param staleLoadCount loads not stored
   * @param refreshCount background refreshes
   * @param leaseWaitCount waits for another instance's load
   * @param leaseTimeoutCount waits that gave up
   * @return the snapshot
   * @throws NullPointerException if a tier is null
   * @throws IllegalArgumentException if any count is negative
   */
  public static TieredCacheStats of(
      TierStats l1,
      TierStats l2,
      long loadCount,
      long loadFailureCount,
      long totalLoadTimeNanos,
      long staleLoadCount,
      long refreshCount,
      long leaseWaitCount,
      long leaseTimeoutCount) {
    return new TieredCacheStats(
        l1, l2, loadCount, loadFailureCount, totalLoadTimeNanos, staleLoadCount,
        refreshCount, leaseWaitCount, leaseTimeoutCount);
  }

  /**
   * Returns the snapshot with all counts zero.
   *
   * @return the empty snapshot
   */
  public static TieredCacheStats empty() {
    return new TieredCacheStats(TierStats.empty(), TierStats.empty(), 0, 0, 0, 0, 0, 0, 0);
  }

  /**
   * Returns the difference of two snapshots, each count floored at zero.
   *
   * @param other an earlier snapshot
   * @return this minus {@code other}
   */
  public TieredCacheStats minus(TieredCacheStats other) {
    return new TieredCacheStats(
        l1.minus(other.l1),
        l2.minus(other.l2),
        Math.max(0, loadCount - other.loadCount),
        Math.max(0, loadFailureCount - other.loadFailureCount),
        Math.max(0, totalLoadTimeNanos - other.totalLoadTimeNanos),
        Math.max(0, staleLoadCount - other.staleLoadCount),
        Math.max(0, refreshCount - other.refreshCount),
        Math.max(0, leaseWaitCount - other.leaseWaitCount),
        Math.max(0, leaseTimeoutCount - other.leaseTimeoutCount));
  }

  /**
   * Returns the mean time of a load.
   *
   * @return total load time over all loads, or zero when there were none
   */
  public Duration averageLoadTime() {
    long n = loadCount + loadFailureCount;
    return n == 0 ? Duration.ZERO : Duration.ofNanos(totalLoadTimeNanos / n);
  }
}
