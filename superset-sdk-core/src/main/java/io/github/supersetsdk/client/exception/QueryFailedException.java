package io.github.supersetsdk.client.exception;

import org.jspecify.annotations.Nullable;

/**
 * Superset reported a query as failed: the database rejected the SQL, the worker hit Superset's own
 * time limit ({@code timed_out}), or a chart-data job ended in {@code error}. {@link #serverMessage()}
 * holds Superset's message. Not retryable. Immutable and thread-safe.
 */
public final class QueryFailedException extends QueryException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message a description free of secrets that names the query
   * @param queryId the SQL Lab query id or chart-data job id
   * @param state the state Superset reported
   * @param serverMessage Superset's message, or {@code null}
   */
  public QueryFailedException(
      String message, @Nullable String queryId, @Nullable String state, @Nullable String serverMessage) {
    super(message, queryId, state, serverMessage, null, false);
  }
}
