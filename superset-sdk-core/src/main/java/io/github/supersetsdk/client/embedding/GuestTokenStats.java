package io.github.supersetsdk.client.embedding;

/**
 * A snapshot of a {@link GuestTokenService}'s counters since it was built, e.g. to publish as
 * metrics. Immutable and thread-safe.
 *
 * @param hits calls answered without a mint of their own: from the cache, or by waiting for a mint
 *     another caller had in flight for the same request
 * @param mints tokens minted (through Superset's API, or signed locally), including failed attempts
 * @param failures mints that failed
 * @param size the requests the cache holds now
 */
public record GuestTokenStats(long hits, long mints, long failures, long size) {

  /**
   * All calls: hits plus mints.
   *
   * @return the number of token requests served or failed
   */
  public long requests() {
    return hits + mints;
  }

  /**
   * The share of calls served without a mint of their own.
   *
   * @return hits over requests, or 0 when there were none
   */
  public double hitRate() {
    long requests = requests();
    return requests == 0 ? 0.0 : (double) hits / requests;
  }
}
