package io.github.supersetsdk.client;

import java.time.Duration;
import java.util.Objects;

/**
 * How the client repeats calls that failed transiently: connection failures, timeouts, 429 and
 * 502/503/504.
 *
 * <p>Only calls that are safe to repeat are retried: GET, HEAD, PUT, DELETE and OPTIONS, and the POSTs
 * the SDK knows to be free of side effects (login, token refresh, chart data). A POST that failed
 * before its connection was established is retried too, because it never reached the server.
 * Waits grow exponentially from {@link #initialBackoff()} up to {@link #maxBackoff()}, each reduced by
 * a random fraction of up to {@link #jitter()} so that many clients do not retry in lock step. A
 * {@code Retry-After} header from a 429 or 503 replaces the computed wait. No retry starts after the
 * client's call timeout would expire.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.ClientSnippets region=RetryPolicy}
 *
 * <p>Immutable and thread-safe.
 *
 * @param maxAttempts attempts per call including the first; 1 disables retries
 * @param initialBackoff wait before the first retry
 * @param maxBackoff upper bound of a computed wait
 * @param jitter fraction in [0, 1] by which each wait is randomly shortened
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, double jitter) {

  private static final RetryPolicy DEFAULTS =
      new RetryPolicy(3, Duration.ofMillis(200), Duration.ofSeconds(5), 0.5);

  private static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO, 0);

  /**
   * Validates the components.
   *
   * @param maxAttempts attempts per call including the first; 1 disables retries
   * @param initialBackoff wait before the first retry
   * @param maxBackoff upper bound of a computed wait
   * @param jitter fraction in [0, 1] by which each wait is randomly shortened
   * @throws NullPointerException if a duration is null
   * @throws IllegalArgumentException if {@code maxAttempts} is below 1, a duration is negative,
   *     {@code maxBackoff} is shorter than {@code initialBackoff}, or {@code jitter} is outside [0, 1]
   */
  public RetryPolicy {
    Objects.requireNonNull(initialBackoff, "initialBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts < 1: " + maxAttempts);
    }
    if (initialBackoff.isNegative() || maxBackoff.isNegative()) {
      throw new IllegalArgumentException("backoff durations must not be negative");
    }
    if (maxBackoff.compareTo(initialBackoff) < 0) {
      throw new IllegalArgumentException("maxBackoff < initialBackoff");
    }
    if (!(jitter >= 0 && jitter <= 1)) {
      throw new IllegalArgumentException("jitter outside [0, 1]: " + jitter);
    }
  }

  /**
   * The default policy: 3 attempts, backoff from 200 ms up to 5 s, jitter 0.5. It rides out a
   * gunicorn worker restart or a brief proxy overload without making a caller wait long.
   *
   * @return the default policy
   */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * A policy that never retries: every call makes exactly one attempt (credential and CSRF renewal
   * still happen, since they are not retries).
   *
   * @return the no-retry policy
   */
  public static RetryPolicy none() {
    return NONE;
  }

  /**
   * Returns a builder that starts from {@link #defaults()}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder(DEFAULTS);
  }

  /**
   * Returns a builder that starts from this policy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * The wait before retry number {@code retry} (1 for the first retry) before jitter: {@code
   * initialBackoff * 2^(retry-1)}, capped at {@code maxBackoff}.
   *
   * @param retry the retry number, 1 or more
   * @return the wait before jitter
   * @throws IllegalArgumentException if {@code retry} is below 1
   */
  public Duration backoffBeforeJitter(int retry) {
    if (retry < 1) {
      throw new IllegalArgumentException("retry < 1: " + retry);
    }
    long initial = initialBackoff.toNanos();
    long max = maxBackoff.toNanos();
    int shift = Math.min(retry - 1, 30);
    long grown = initial > (max >> shift) ? max : initial << shift;
    return Duration.ofNanos(Math.min(grown, max));
  }

  /** Builds a {@link RetryPolicy}. Not thread-safe. */
  public static final class Builder {
    private int maxAttempts;
    private Duration initialBackoff;
    private Duration maxBackoff;
    private double jitter;

    private Builder(RetryPolicy from) {
      this.maxAttempts = from.maxAttempts;
      this.initialBackoff = from.initialBackoff;
      this.maxBackoff = from.maxBackoff;
      this.jitter = from.jitter;
    }

    /**
     * Sets the attempts per call including the first.
     *
     * @param maxAttempts 1 or more; 1 disables retries
     * @return this builder
     */
    public Builder maxAttempts(int maxAttempts) {
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * Sets the wait before the first retry.
     *
     * @param initialBackoff not negative
     * @return this builder
     * @throws NullPointerException if {@code initialBackoff} is null
     */
    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = Objects.requireNonNull(initialBackoff, "initialBackoff");
      return this;
    }

    /**
     * Sets the upper bound of a computed wait.
     *
     * @param maxBackoff not shorter than the initial backoff
     * @return this builder
     * @throws NullPointerException if {@code maxBackoff} is null
     */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = Objects.requireNonNull(maxBackoff, "maxBackoff");
      return this;
    }

    /**
     * Sets the fraction by which each wait is randomly shortened.
     *
     * @param jitter in [0, 1]; 0 makes waits deterministic
     * @return this builder
     */
    public Builder jitter(double jitter) {
      this.jitter = jitter;
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the policy
     * @throws IllegalArgumentException if the settings are inconsistent (see {@link RetryPolicy})
     */
    public RetryPolicy build() {
      return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff, jitter);
    }
  }
}
