package io.github.supersetsdk.client.model;

import java.util.Locale;
import java.util.Objects;

/**
 * The state of a SQL Lab query as Superset reports it ({@code QueryStatus}): {@link #PENDING} while it
 * waits for a Celery worker, {@link #RUNNING} in the database, then one of the final states {@link
 * #SUCCESS}, {@link #FAILED}, {@link #STOPPED} or {@link #TIMED_OUT}. The set is open, as Superset may
 * add states; {@link #isFinal()} tells whether polling can stop.
 *
 * <p>An open value class. Immutable and thread-safe.
 *
 * @param value the state's name as Superset sends it, lower case
 */
public record QueryState(String value) {

  /** Submitted and waiting for a worker ({@code pending}). */
  public static final QueryState PENDING = new QueryState("pending");
  /** Scheduled by Superset ({@code scheduled}). */
  public static final QueryState SCHEDULED = new QueryState("scheduled");
  /** Running in the database ({@code running}). */
  public static final QueryState RUNNING = new QueryState("running");
  /** The database answered and the worker is storing the rows ({@code fetching}). */
  public static final QueryState FETCHING = new QueryState("fetching");
  /** Finished; its results are in the results backend ({@code success}). */
  public static final QueryState SUCCESS = new QueryState("success");
  /** Failed; the query's error message says why ({@code failed}). */
  public static final QueryState FAILED = new QueryState("failed");
  /** Stopped by a user ({@code stopped}). */
  public static final QueryState STOPPED = new QueryState("stopped");
  /** Ran past Superset's own time limit ({@code timed_out}). */
  public static final QueryState TIMED_OUT = new QueryState("timed_out");

  /**
   * Validates and lower-cases the value.
   *
   * @throws NullPointerException if {@code value} is null
   */
  @SuppressWarnings("doclint:missing") // the components are documented on the record
  public QueryState {
    value = Objects.requireNonNull(value, "value").toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the state with the given name.
   *
   * @param value the name, e.g. {@code running}
   * @return the state
   * @throws NullPointerException if {@code value} is null
   */
  public static QueryState of(String value) {
    return new QueryState(value);
  }

  /**
   * Whether the query has ended, successfully or not, so that its state no longer changes.
   *
   * @return {@code true} for success, failed, stopped and timed out
   */
  public boolean isFinal() {
    return equals(SUCCESS) || equals(FAILED) || equals(STOPPED) || equals(TIMED_OUT);
  }

  @Override
  public String toString() {
    return value;
  }
}
