package io.github.supersetsdk.client.exception;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A query did not finish within the time the caller gave it, or never got one of the client's query
 * slots. {@link #cancelled()} says whether the client asked Superset to stop it; a query that is not
 * cancelled keeps running on the server, and the message says so. {@link #neverStarted()} is true
 * when the query was still {@code pending} at the end, which usually means that no Celery worker is
 * taking Superset's tasks. Retryable: the same query may finish in time later. Immutable and
 * thread-safe.
 */
public final class QueryTimeoutException extends QueryException {

  private static final long serialVersionUID = 1L;

  /** The time the caller allowed. */
  private final Duration timeout;

  /** Whether a stop was requested. */
  private final boolean cancelled;

  /** Whether the query was still pending. */
  private final boolean neverStarted;

  /**
   * Creates an exception.
   *
   * @param message a description free of secrets that names the query and what became of it
   * @param queryId the SQL Lab query id or chart-data job id, or {@code null} if it was never
   *     submitted (no free query slot)
   * @param state the last state seen, or {@code null}
   * @param timeout the time the caller allowed
   * @param cancelled whether the client asked Superset to stop the query
   * @param neverStarted whether the query was still waiting for a worker when time ran out
   */
  public QueryTimeoutException(
      String message,
      @Nullable String queryId,
      @Nullable String state,
      Duration timeout,
      boolean cancelled,
      boolean neverStarted) {
    super(message, queryId, state, null, null, true);
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    this.cancelled = cancelled;
    this.neverStarted = neverStarted;
  }

  /**
   * The time the caller allowed.
   *
   * @return the timeout
   */
  public Duration timeout() {
    return timeout;
  }

  /**
   * Whether the client asked Superset to stop the query when time ran out.
   *
   * @return {@code true} if a stop was requested; {@code false} if the query may still be running
   */
  public boolean cancelled() {
    return cancelled;
  }

  /**
   * Whether the query was still waiting for a worker (state {@code pending}) when time ran out, or
   * never got a query slot of this client.
   *
   * @return {@code true} if it never started running
   */
  public boolean neverStarted() {
    return neverStarted;
  }
}
