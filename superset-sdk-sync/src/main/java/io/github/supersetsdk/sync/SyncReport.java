package io.github.supersetsdk.sync;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What {@link DbtSync#apply(SyncPlan)} did: per dataset, and the HTTP requests it made.
 *
 * <p>Immutable and thread-safe.
 *
 * @param results one result per planned dataset, in the plan's order
 * @param httpReads GET requests made while applying (logins excluded)
 * @param httpWrites POST, PUT and DELETE requests made while applying (logins excluded)
 * @param elapsed the wall time of the apply
 */
public record SyncReport(
    List<DatasetResult> results, int httpReads, int httpWrites, Duration elapsed) {

  /**
   * Copies the results.
   *
   * @param results the results
   * @param httpReads the reads
   * @param httpWrites the writes
   * @param elapsed the wall time
   * @throws NullPointerException if an argument is null
   */
  public SyncReport {
    results = List.copyOf(results);
    Objects.requireNonNull(elapsed, "elapsed");
  }

  /**
   * The number of datasets whose action succeeded, by action.
   *
   * @param action the action
   * @return how many datasets had this action and did not fail
   * @throws NullPointerException if {@code action} is null
   */
  public int count(SyncAction action) {
    Objects.requireNonNull(action, "action");
    int n = 0;
    for (DatasetResult r : results) {
      if (r.action() == action && !r.failed()) {
        n++;
      }
    }
    return n;
  }

  /**
   * The number of datasets whose action failed.
   *
   * @return how many failed
   */
  public int failed() {
    int n = 0;
    for (DatasetResult r : results) {
      if (r.failed()) {
        n++;
      }
    }
    return n;
  }

  /**
   * Whether every dataset's action succeeded.
   *
   * @return {@code true} if none failed
   */
  public boolean succeeded() {
    return failed() == 0;
  }
}
