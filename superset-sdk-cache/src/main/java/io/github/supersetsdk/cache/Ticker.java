package io.github.supersetsdk.cache;

/**
 * A source of monotonic time in nanoseconds, used for L1 expiry, the staleness bound and the
 * circuit breaker. Tests inject a fake ticker so that time moves only when they say so.
 *
 * <p>Implementations must be thread-safe.
 */
@FunctionalInterface
public interface Ticker {

  /**
   * Returns the current time.
   *
   * @return nanoseconds from an arbitrary fixed origin; only differences are meaningful
   */
  long read();

  /**
   * Returns the ticker backed by {@link System#nanoTime()}.
   *
   * @return the system ticker
   */
  static Ticker system() {
    return System::nanoTime;
  }
}
