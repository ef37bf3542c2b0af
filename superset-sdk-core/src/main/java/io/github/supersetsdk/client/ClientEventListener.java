package io.github.supersetsdk.client;

import io.github.supersetsdk.client.exception.SupersetException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Observes the calls a client makes, for metrics, tracing or tests. See {@code
 * io.github.supersetsdk.client.micrometer.SupersetClientMetrics} for a ready-made Micrometer binding.
 *
 * <p>Contract: for every call, {@link #requestStarted} is followed by zero or more {@link
 * #retryScheduled} and then exactly one of {@link #requestSucceeded} or {@link #requestFailed}, all on
 * the calling thread. The SDK's own calls (login, token refresh, CSRF token) are reported like any
 * other, under their operation ids. Renewing a credential after a 401 or a CSRF failure is not a
 * retry and is not reported as one.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.ClientSnippets region=ClientEventListener}
 *
 * <p>Implementations must be thread-safe, because one client serves many threads, and fast, because
 * they run inline with the call. An exception thrown by a listener is logged and otherwise ignored.
 * Every method has an empty default, so implement only what you need.
 */
public interface ClientEventListener {

  /**
   * A call is about to make its first attempt.
   *
   * @param request the call
   */
  default void requestStarted(RequestInfo request) {}

  /**
   * An attempt failed transiently and the call will be attempted again after {@code delay}.
   *
   * @param request the call
   * @param failedAttempt the number of the attempt that failed, starting at 1
   * @param statusCode the HTTP status of the failed attempt, or {@code null} if none arrived
   * @param cause why the attempt failed
   * @param delay how long the client waits before the next attempt
   */
  default void retryScheduled(
      RequestInfo request,
      int failedAttempt,
      @Nullable Integer statusCode,
      SupersetException cause,
      Duration delay) {}

  /**
   * The call completed with a success status.
   *
   * @param request the call
   * @param statusCode the HTTP status
   * @param attempts attempts made, 1 if the first succeeded
   * @param elapsed time from start to the end of the response body, back-off waits included
   */
  default void requestSucceeded(RequestInfo request, int statusCode, int attempts, Duration elapsed) {}

  /**
   * The call failed; the same exception is thrown to the caller right after.
   *
   * @param request the call
   * @param failure the exception the caller receives
   * @param statusCode the HTTP status of the last attempt, or {@code null} if none arrived
   * @param attempts attempts made
   * @param elapsed time from start to failure, back-off waits included
   */
  default void requestFailed(
      RequestInfo request,
      SupersetException failure,
      @Nullable Integer statusCode,
      int attempts,
      Duration elapsed) {}

  /**
   * A query ended: a SQL Lab query or a chart-data request, with the time it waited for a query slot
   * and a worker, and the time it ran. Called once per query, on the thread that saw it end.
   *
   * @param event the query
   */
  default void queryCompleted(QueryEvent event) {}
}
