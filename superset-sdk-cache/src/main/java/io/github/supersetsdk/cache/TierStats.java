package io.github.supersetsdk.cache;

/**
 * Counters of one tier at one moment.
 *
 * <p>Immutable and thread-safe.
 *
 * @param hitCount reads answered by this tier with a fresh entry
 * @param missCount reads this tier could not answer (absent, expired or stale by generation)
 * @param evictionCount entries removed by the tier's size bound (L1 only; always 0 for L2)
 * @param invalidationCount for L1, entries removed by {@code invalidate} or found stale by a tag
 *     generation and dropped; for L2, the key and tag invalidations Redis took, one a call however
 *     many entries it made stale
 * @param errorCount Redis calls that failed or were skipped because the circuit breaker was open
 *     (L2 only; always 0 for L1)
 */
public record TierStats(
    long hitCount, long missCount, long evictionCount, long invalidationCount, long errorCount) {

  private static final TierStats EMPTY = new TierStats(0, 0, 0, 0, 0);

  /**
   * Creates a snapshot.
   *
   * @param hitCount hits
   * @param missCount misses
   * @param evictionCount evictions
   * @param invalidationCount invalidations
   * @param errorCount errors
   * @throws IllegalArgumentException if any count is negative
   */
  public TierStats {
    if (hitCount < 0 || missCount < 0 || evictionCount < 0 || invalidationCount < 0 || errorCount < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
  }

  /**
   * Returns the snapshot with all counts zero.
   *
   * @return the empty snapshot
   */
  public static TierStats empty() {
    return EMPTY;
  }

  /**
   * Returns the difference of two snapshots, each count floored at zero.
   *
   * @param other an earlier snapshot
   * @return this minus {@code other}
   */
  public TierStats minus(TierStats other) {
    return new TierStats(
        Math.max(0, hitCount - other.hitCount),
        Math.max(0, missCount - other.missCount),
        Math.max(0, evictionCount - other.evictionCount),
        Math.max(0, invalidationCount - other.invalidationCount),
        Math.max(0, errorCount - other.errorCount));
  }

  /**
   * Returns the share of reads that hit.
   *
   * @return hits divided by hits plus misses, or 1.0 when there were no reads
   */
  public double hitRate() {
    long total = hitCount + missCount;
    return total == 0 ? 1.0 : (double) hitCount / total;
  }
}
