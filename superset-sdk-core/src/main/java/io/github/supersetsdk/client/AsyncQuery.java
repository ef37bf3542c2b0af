package io.github.supersetsdk.client;

import io.github.supersetsdk.client.exception.QueryException;
import io.github.supersetsdk.client.exception.QueryFailedException;
import io.github.supersetsdk.client.exception.QueryStoppedException;
import io.github.supersetsdk.client.exception.QueryTimeoutException;
import io.github.supersetsdk.client.exception.SupersetException;
import io.github.supersetsdk.client.id.QueryId;
import io.github.supersetsdk.client.internal.Rison;
import io.github.supersetsdk.client.internal.api.QueryApi;
import io.github.supersetsdk.client.internal.api.SqlLabApi;
import io.github.supersetsdk.client.model.QueryResult;
import io.github.supersetsdk.client.model.QueryState;
import io.github.supersetsdk.client.model.SqlLabColumn;
import io.github.supersetsdk.client.model.SqlLabResult;
import io.github.supersetsdk.client.model.SqlQuery;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A SQL Lab query submitted with {@link SqlLabClient#executeAsync}: its id, its state, and the ways to
 * wait for its rows or stop it.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.ClientSnippets region=AsyncQuery}
 *
 * <p>Superset answers an asynchronous query with its id at once and hands it to a Celery worker; the
 * query is then {@code pending} (waiting for a worker), {@code running}, and finally {@code success},
 * {@code failed}, {@code stopped} or {@code timed_out}. {@link #await(Duration)} polls its state with
 * a growing interval (the client's {@link SupersetClient.Builder#queryPollInterval(Duration, Duration)
 * poll interval}) and then reads the rows from Superset's results backend. A query that outlives the
 * time given to {@code await} is stopped, unless the caller asks to leave it running; it is never
 * left running without the caller being told.
 *
 * <p>The handle holds one of the client's query slots ({@link
 * SupersetClient.Builder#maxQueriesInFlight(int)}) until the query ends, is cancelled or the handle is
 * closed: close handles you do not await, e.g. with try-with-resources. Closing a handle whose query
 * still runs stops the query.
 *
 * <p>Thread-safe; concurrent {@code await} calls are served one after the other.
 */
public final class AsyncQuery implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(AsyncQuery.class);
  private static final Set<String> TRUNCATING = Set.of("DROPDOWN", "QUERY_AND_DROPDOWN");

  private final QueryRuntime runtime;
  private final QueryApi queries;
  private final SqlLabApi sqlLab;
  private final QueryId queryId;
  private final String clientId;
  private final boolean async;
  private final long submittedAt;
  private final long slotWaitNanos;
  private final AtomicBoolean released = new AtomicBoolean();
  private final AtomicBoolean reported = new AtomicBoolean();
  private final Object awaitLock = new Object();
  private volatile QueryState state;
  private volatile @Nullable Long serverPendingMillis;
  private volatile @Nullable QueryResult result;
  private volatile @Nullable QueryException failure;
  private volatile boolean cancelRequested;

  AsyncQuery(
      QueryRuntime runtime, QueryApi queries, SqlLabApi sqlLab, QueryId queryId, String clientId, QueryState state,
      long submittedAt, long slotWaitNanos, @Nullable QueryResult immediate) {
    this.runtime = runtime;
    this.queries = queries;
    this.sqlLab = sqlLab;
    this.queryId = queryId;
    this.clientId = clientId;
    this.state = state;
    this.submittedAt = submittedAt;
    this.slotWaitNanos = slotWaitNanos;
    this.async = immediate == null;
    if (immediate != null) {
      // The connection does not allow async runs: Superset ran it inline and sent the rows.
      this.result = immediate;
      finish("SUCCESS");
    }
  }

  /**
   * The query's id in Superset (also its id in the query history).
   *
   * @return the id
   */
  public QueryId queryId() {
    return queryId;
  }

  /**
   * The client-side id the query runs under, which Superset's stop endpoint takes.
   *
   * @return the client id
   */
  public String clientId() {
    return clientId;
  }

  /**
   * Whether Superset runs the query through a worker. {@code false} when the connection does not
   * allow asynchronous runs ({@code allow_run_async}), in which case Superset ran it inline and the
   * handle is already finished.
   *
   * @return {@code true} if the query runs asynchronously
   */
  public boolean isAsync() {
    return async;
  }

  /**
   * The last state the client saw, without asking the server.
   *
   * @return the state
   */
  public QueryState state() {
    return state;
  }

  /**
   * Asks Superset for the query's state once.
   *
   * @return the state now
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails
   */
  public QueryState poll() {
    if (state.isFinal() && (result != null || failure != null)) {
      return state;
    }
    fetchState();
    return state;
  }

  /**
   * Waits for the rows, stopping the query if it is not done within {@code timeout}. Same as {@link
   * #await(Duration, boolean) await(timeout, true)}.
   *
   * @param timeout how long to wait; positive
   * @return the columns and rows
   * @throws NullPointerException if {@code timeout} is null
   * @throws IllegalArgumentException if {@code timeout} is not positive
   * @throws QueryTimeoutException if the query did not finish in time; it has been stopped
   * @throws QueryFailedException if Superset reports the query as failed or timed out, with its
   *     message
   * @throws QueryStoppedException if the query was stopped
   * @throws io.github.supersetsdk.client.exception.SupersetException if a call fails otherwise, e.g.
   *     the results expired from the results backend ({@code NotFoundException})
   */
  public QueryResult await(Duration timeout) {
    return await(timeout, true);
  }

  /**
   * Waits for the rows for at most {@code timeout}, polling the query's state with a growing interval,
   * then reads the rows from Superset's results backend.
   *
   * @param timeout how long to wait; positive
   * @param cancelOnTimeout whether to stop the query when time runs out; if {@code false} it keeps
   *     running on the server and the handle keeps its query slot, so that a later {@code await} or
   *     {@link #cancel()} can follow it up
   * @return the columns and rows
   * @throws NullPointerException if {@code timeout} is null
   * @throws IllegalArgumentException if {@code timeout} is not positive
   * @throws QueryTimeoutException if the query did not finish in time; {@link
   *     QueryTimeoutException#cancelled()} says whether it was stopped
   * @throws QueryFailedException if Superset reports the query as failed or timed out
   * @throws QueryStoppedException if the query was stopped
   * @throws io.github.supersetsdk.client.exception.SupersetException if a call fails otherwise
   */
  public QueryResult await(Duration timeout, boolean cancelOnTimeout) {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isZero() || timeout.isNegative()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
    synchronized (awaitLock) {
      long deadline = System.nanoTime() + timeout.toNanos();
      Duration interval = runtime.pollInitial;
      while (true) {
        QueryResult done = result;
        if (done != null) {
          return done;
        }
        QueryException failed = failure;
        if (failed != null) {
          throw failed;
        }
        QueryApi.QueryWire q = fetchState();
        if (state.isFinal()) {
          return complete(q);
        }
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
          throw timedOut(timeout, cancelOnTimeout);
        }
        Duration wait = interval.toNanos() < remaining ? interval : Duration.ofNanos(remaining);
        QueryRuntime.sleep(wait, "GET", "/api/v1/query/" + queryId.value());
        interval = runtime.next(interval);
      }
    }
  }

  /**
   * A future of the rows: {@link #await(Duration) await(timeout)} on one of the client's query
   * threads. Cancelling the future stops the query.
   *
   * @param timeout how long to wait before stopping the query; positive
   * @return a future that completes with the rows, or exceptionally with the exception {@code await}
   *     would throw
   * @throws NullPointerException if {@code timeout} is null
   * @throws IllegalArgumentException if {@code timeout} is not positive
   */
  public CompletableFuture<QueryResult> future(Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isZero() || timeout.isNegative()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
    CompletableFuture<QueryResult> future =
        new CompletableFuture<>() {
          @Override
          public boolean cancel(boolean mayInterruptIfRunning) {
            boolean cancelled = super.cancel(mayInterruptIfRunning);
            if (cancelled) {
              try {
                AsyncQuery.this.cancel();
              } catch (SupersetException e) {
                LOG.warn("could not stop query {} after its future was cancelled: {}", queryId.value(), e.getMessage());
              }
            }
            return cancelled;
          }
        };
    runtime.executor().execute(() -> {
      try {
        future.complete(await(timeout));
      } catch (RuntimeException e) {
        future.completeExceptionally(e);
      }
    });
    return future;
  }

  /**
   * Stops the query through Superset's stop endpoint ({@code POST /api/v1/query/stop}), which also
   * cancels it in the database where the engine allows. Does nothing if the query has already ended.
   * Gives the handle's query slot back.
   *
   * @throws io.github.supersetsdk.client.exception.SupersetException if the stop call fails
   */
  public void cancel() {
    if (state.isFinal() && (result != null || failure != null)) {
      return;
    }
    cancelRequested = true;
    queries.stop(new QueryApi.StopBody(clientId));
    LOG.debug("asked Superset to stop query {}", queryId.value());
    releaseSlot();
  }

  /**
   * Stops the query if it is still running and gives the query slot back. Idempotent. A failure to
   * stop is logged, not thrown.
   */
  @Override
  public void close() {
    if (!released.get() && !state.isFinal()) {
      try {
        cancel();
        finish("STOPPED");
      } catch (SupersetException e) {
        LOG.warn("could not stop query {} while closing its handle: {}", queryId.value(), e.getMessage());
      }
    }
    releaseSlot();
  }

  @Override
  public String toString() {
    return "AsyncQuery[queryId=" + queryId.value() + ", clientId=" + clientId + ", state=" + state + "]";
  }

  private QueryApi.QueryWire fetchState() {
    QueryApi.QueryWire q = Objects.requireNonNull(queries.get(queryId.value()).result(), "result");
    if (q.status() != null) {
      state = QueryState.of(q.status());
    }
    Double start = number(q.startTime());
    Double running = number(q.startRunningTime());
    if (start != null && running != null) {
      serverPendingMillis = Math.max(0L, Math.round(running - start));
    }
    return q;
  }

  private QueryResult complete(QueryApi.QueryWire q) {
    String id = Long.toString(queryId.value());
    QueryState s = state;
    if (s.equals(QueryState.SUCCESS)) {
      String key = q.resultsKey();
      if (key == null || key.isBlank()) {
        throw fail(new QueryFailedException("query " + id + " succeeded but Superset stored no results (is a results"
            + " backend configured?)", id, s.value(), null), "FAILED");
      }
      QueryResult rows;
      try {
        rows = toResult(queryId, sqlLab.results(Rison.encode(Map.of("key", key))));
      } catch (SupersetException e) {
        finish("ERROR");
        throw e;
      }
      result = rows;
      finish("SUCCESS");
      return rows;
    }
    if (s.equals(QueryState.STOPPED)) {
      throw fail(new QueryStoppedException("query " + id + " was stopped"
          + (cancelRequested ? " (cancelled by this client)" : ""), id, q.errorMessage()), "STOPPED");
    }
    if (cancelRequested && s.equals(QueryState.FAILED)) {
      // Stopping kills the database session; the worker may record that as a failure before it sees
      // the stop, so a failure after our cancel is the cancel.
      state = QueryState.STOPPED;
      throw fail(new QueryStoppedException("query " + id + " was stopped (cancelled by this client; Superset"
          + " recorded: " + q.errorMessage() + ")", id, q.errorMessage()), "STOPPED");
    }
    String message = q.errorMessage();
    throw fail(new QueryFailedException("query " + id + " " + (s.equals(QueryState.TIMED_OUT) ? "timed out" : "failed")
        + (message == null ? "" : ": " + message), id, s.value(), message), "FAILED");
  }

  private QueryTimeoutException timedOut(Duration timeout, boolean cancel) {
    String id = Long.toString(queryId.value());
    boolean pending = state.equals(QueryState.PENDING) || state.equals(QueryState.SCHEDULED);
    StringBuilder m = new StringBuilder("query ").append(id).append(" did not finish within ")
        .append(timeout.toMillis()).append(" ms (state ").append(state).append(')');
    if (pending) {
      m.append("; no Celery worker has taken it: is a worker running for this Superset?");
    }
    boolean stopped = false;
    if (cancel) {
      try {
        cancel();
        stopped = true;
        m.append("; asked Superset to stop it");
      } catch (SupersetException e) {
        m.append("; could not stop it (").append(e.getMessage()).append(")");
        // Superset stops a query through the engine's cancel key, which only exists once a worker
        // runs it; a pending query on such an engine (PostgreSQL among them) cannot be stopped.
        m.append(pending ? ": Superset cannot stop a query no worker has started on this engine, so a worker"
            + " that takes it later will still run it; cancel() again once it runs" : ", so it may still be running");
      }
    } else {
      m.append("; it is still running on the server: await() it again or cancel() it");
    }
    QueryTimeoutException e = new QueryTimeoutException(m.toString(), id, state.value(), timeout, stopped, pending);
    if (stopped) {
      failure = e;
      finish("TIMEOUT");
    }
    return e;
  }

  private QueryException fail(QueryException e, String outcome) {
    failure = e;
    finish(outcome);
    return e;
  }

  /** Reports the query once and gives its slot back. */
  private void finish(String outcome) {
    if (reported.compareAndSet(false, true)) {
      long total = System.nanoTime() - submittedAt;
      Long pending = serverPendingMillis;
      long pendingNanos = pending == null ? 0 : Math.min(total, Duration.ofMillis(pending).toNanos());
      runtime.report(QueryEvent.SQL_LAB, async, Long.toString(queryId.value()), outcome,
          slotWaitNanos + pendingNanos, total - pendingNanos);
    }
    releaseSlot();
  }

  private void releaseSlot() {
    if (released.compareAndSet(false, true)) {
      runtime.slots.release();
    }
  }

  /** Converts SQL Lab's answer (inline or from the results backend) to rows in column order. */
  static QueryResult toResult(QueryId id, SqlLabApi.ExecutionWire wire) {
    SqlLabResult r = SqlLabClient.toResult(wire);
    List<List<@Nullable Object>> rows = new ArrayList<>(r.rows().size());
    for (Map<String, @Nullable Object> row : r.rows()) {
      List<@Nullable Object> values = new ArrayList<>(r.columns().size());
      for (SqlLabColumn c : r.columns()) {
        values.add(row.get(c.name()));
      }
      rows.add(values);
    }
    SqlQuery q = r.query();
    boolean truncated = Boolean.TRUE.equals(wire.displayLimitReached())
        || q != null && q.limitingFactor() != null && TRUNCATING.contains(q.limitingFactor());
    return new QueryResult(id, r.columns(), rows, truncated, q);
  }

  private static @Nullable Double number(@Nullable Object value) {
    if (value instanceof Number n) {
      return n.doubleValue();
    }
    if (value instanceof String s && !s.isBlank()) {
      try {
        return Double.parseDouble(s);
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }
}
