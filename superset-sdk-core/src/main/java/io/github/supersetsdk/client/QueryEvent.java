package io.github.supersetsdk.client;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One query the client ran, reported to {@link ClientEventListener#queryCompleted(QueryEvent)} when it
 * ended: a SQL Lab query ({@link #SQL_LAB}) or a chart-data request ({@link #CHART_DATA}), synchronous
 * or asynchronous.
 *
 * <p>{@code queueWait} is the time before the query ran: waiting for one of the client's query slots
 * ({@link SupersetClient.Builder#maxQueriesInFlight(int)}) plus, for asynchronous queries, the time
 * Superset reported it {@code pending} for a worker, as far as the client's polls saw it. {@code
 * runTime} is the rest, until the client had the result or gave up. Immutable and thread-safe.
 *
 * @param kind {@link #SQL_LAB} or {@link #CHART_DATA}
 * @param async whether the server ran it through its workers
 * @param queryId the SQL Lab query id or chart-data job id, or {@code null} if none was assigned
 * @param outcome {@code SUCCESS}, {@code FAILED}, {@code STOPPED}, {@code TIMEOUT} or {@code ERROR}
 *     (an HTTP or transport failure)
 * @param queueWait time before the query ran
 * @param runTime time from then until the end
 */
public record QueryEvent(
    String kind, boolean async, @Nullable String queryId, String outcome, Duration queueWait, Duration runTime) {

  /** The kind of SQL Lab queries. */
  public static final String SQL_LAB = "sql_lab";

  /** The kind of chart-data requests. */
  public static final String CHART_DATA = "chart_data";

  /**
   * Validates the components.
   *
   * @throws NullPointerException if a component other than {@code queryId} is null
   */
  @SuppressWarnings("doclint:missing") // the components are documented on the record
  public QueryEvent {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(queueWait, "queueWait");
    Objects.requireNonNull(runTime, "runTime");
  }
}
