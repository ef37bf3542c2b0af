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

  /** Records a call that worked; returns whether that closed the breaker (Redis is back). */
  public synchronized boolean onSuccess() {
    boolean recovered = state != State.CLOSED;
    state = State.CLOSED;
    failures = 0;
    return recovered;
  }

  /** Records a failed call; returns whether that opened a closed breaker (an outage starts). */
  public synchronized boolean onFailure() {
    failures++;
    if (state == State.HALF_OPEN || failures >= threshold) {
      boolean opened = state == State.CLOSED;
      state = State.OPEN;
      openedAt = ticker.read();
      return opened;
    }
    return false;
  }

  public synchronized State state() {
    return state;
  }
}
