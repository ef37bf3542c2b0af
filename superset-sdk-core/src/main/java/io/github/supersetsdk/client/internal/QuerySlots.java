package io.github.supersetsdk.client.internal;

import io.github.supersetsdk.client.exception.QueryTimeoutException;
import io.github.supersetsdk.client.exception.SupersetTransportException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The client's bound on queries in flight (SQL Lab queries and chart-data requests): a fair
 * semaphore, so that a burst of warm-up or dashboard loads queues in order instead of exhausting the
 * warehouse's connection pool. A slot is held from submission until the query ends, is cancelled or
 * its handle is closed. Thread-safe.
 */
public final class QuerySlots {

  private final int max;
  private final Semaphore slots;

  /**
   * Creates the bound.
   *
   * @param max the number of queries that may be in flight at once, 1 or more
   */
  public QuerySlots(int max) {
    this.max = max;
    this.slots = new Semaphore(max, true);
  }

  /**
   * Takes a slot, waiting up to {@code maxWait} for one.
   *
   * @param maxWait how long to wait
   * @param what the query, for the error message (no SQL, no secrets)
   * @return how long the caller waited, in nanoseconds
   * @throws QueryTimeoutException if no slot became free in time
   * @throws SupersetTransportException if the thread was interrupted
   */
  public long acquire(Duration maxWait, String what) {
    long start = System.nanoTime();
    boolean acquired;
    try {
      acquired = slots.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SupersetTransportException(
          SupersetTransportException.Kind.INTERRUPTED, "QUERY", what, "interrupted while waiting for a query slot",
          e, false);
    }
    if (!acquired) {
      throw new QueryTimeoutException(
          what + " got no query slot within " + maxWait.toMillis() + " ms: all " + max
              + " of the client's maxQueriesInFlight (which clients derived by newBuilder() share) are taken"
              + " by queries still running",
          null, null, maxWait, false, true);
    }
    return System.nanoTime() - start;
  }

  /** Gives a slot back. */
  public void release() {
    slots.release();
  }

  /**
   * Slots free right now, for tests and diagnostics.
   *
   * @return the number of free slots
   */
  public int available() {
    return slots.availablePermits();
  }
}
