package io.github.supersetsdk.cache.internal;

import io.github.supersetsdk.cache.Ticker;
import java.time.Duration;

/**
 * Consecutive-failure circuit breaker driven by a {@link Ticker}: after {@code threshold} failures
 * in a row calls are refused for {@code openDuration}, then one probe call decides. Refusing is
 * what keeps each cache call from paying a Redis timeout during an outage. Thread-safe.
 */
public final class CircuitBreaker {

  public enum State { CLOSED, OPEN, HALF_OPEN }

  private final Ticker ticker;
  private final int threshold;
  private final long openNanos;
  private State state = State.CLOSED;
  private int failures;
  private long openedAt;

  public CircuitBreaker(Ticker ticker, int threshold, Duration openDuration) {
    this.ticker = ticker;
    this.threshold = threshold;
    this.openNanos = openDuration.toNanos();
  }

  /** Whether a call may go to Redis now; in HALF_OPEN only the one probe may. */
  public synchronized boolean tryAcquire() {
    switch (state) {
      case CLOSED:
        return true;
      case OPEN:
        if (ticker.read() - openedAt >= openNanos) {
          state = State.HALF_OPEN;
          return true;
        }
        return false;
      default:
        return false;
    }
  }

  public synchronized void onSuccess() {
    state = State.CLOSED;
    failures = 0;
  }

  public synchronized void onFailure() {
    failures++;
    if (state == State.HALF_OPEN || failures >= threshold) {
      state = State.OPEN;
      openedAt = ticker.read();
    }
  }

  public synchronized State state() {
    return state;
  }
}
