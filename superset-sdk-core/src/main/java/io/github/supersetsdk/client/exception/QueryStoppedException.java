package io.github.supersetsdk.client.exception;

import org.jspecify.annotations.Nullable;

/**
 * A query was stopped before it finished, by this client's {@code cancel()} or by anyone else (SQL
 * Lab's stop button, another client). Not retryable. Immutable and thread-safe.
 */
public final class QueryStoppedException extends QueryException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message a description free of secrets that names the query
   * @param queryId the SQL Lab query id
   * @param serverMessage Superset's message, or {@code null}
   */
  public QueryStoppedException(String message, @Nullable String queryId, @Nullable String serverMessage) {
    super(message, queryId, "stopped", serverMessage, null, false);
  }
}
