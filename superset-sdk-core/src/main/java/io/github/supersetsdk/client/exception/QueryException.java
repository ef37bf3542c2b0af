package io.github.supersetsdk.client.exception;

import org.jspecify.annotations.Nullable;

/**
 * A query that Superset accepted did not produce results: a SQL Lab query run asynchronously, or a
 * chart-data job of a server with global async queries. It carries the query's id (the SQL Lab query
 * id, or the chart-data job id), the last state the client saw and Superset's own message.
 *
 * <p>Subclasses say why: {@link QueryFailedException} (the database or Superset reported an error),
 * {@link QueryStoppedException} (the query was stopped) and {@link QueryTimeoutException} (it did not
 * finish in time). Failures of the HTTP calls themselves stay {@link SupersetApiException}s and
 * {@link SupersetTransportException}s. Immutable and thread-safe.
 */
public class QueryException extends SupersetException {

  private static final long serialVersionUID = 1L;

  /** The query's id. */
  private final @Nullable String queryId;

  /** The last state seen. */
  private final @Nullable String state;

  /** Superset's message. */
  private final @Nullable String serverMessage;

  /**
   * Creates an exception.
   *
   * @param message a description free of secrets that names the query
   * @param queryId the SQL Lab query id or the chart-data job id, or {@code null} if the query was
   *     never submitted
   * @param state the last state the client saw (e.g. {@code failed}, {@code pending}), or {@code null}
   * @param serverMessage Superset's message, or {@code null}
   * @param cause the underlying failure, or {@code null}
   * @param retryable whether running the query again later may succeed
   */
  public QueryException(
      String message,
      @Nullable String queryId,
      @Nullable String state,
      @Nullable String serverMessage,
      @Nullable Throwable cause,
      boolean retryable) {
    super(message, cause, retryable);
    this.queryId = queryId;
    this.state = state;
    this.serverMessage = serverMessage;
  }

  /**
   * The query's id: the SQL Lab query id (as in the query history) or the chart-data job id.
   *
   * @return the id, or {@code null} if the query was never submitted
   */
  public @Nullable String queryId() {
    return queryId;
  }

  /**
   * The last state the client saw, in Superset's words ({@code pending}, {@code running}, {@code
   * failed}, {@code stopped}, {@code timed_out}, {@code error}).
   *
   * @return the state, or {@code null} if none was seen
   */
  public @Nullable String state() {
    return state;
  }

  /**
   * Superset's message about the failure, e.g. the database's error.
   *
   * @return the message, or {@code null} if Superset gave none
   */
  public @Nullable String serverMessage() {
    return serverMessage;
  }
}
