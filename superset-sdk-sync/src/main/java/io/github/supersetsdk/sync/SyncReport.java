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
 * @param bulkImported the {@code unique_id}s of the new datasets created by dataset-bundle import
 *     (see {@link DbtSync.Builder#bulkImport(boolean)}), in the plan's order
 * @param restFallbacks the {@code unique_id}s of new datasets meant for bundle import that went the
 *     REST path instead, because their batch failed (Superset rejected it, or it answered with an
 *     error and the dataset was not found afterwards) or what landed could not be read back; their
 *     outcome is in {@link #results()} as for any other dataset
 * @param orphaned the {@code unique_id}s of datasets the sync made whose dbt node is gone, disabled
 *     or an ephemeral model now (their results are {@code SKIPPED}, or {@code DELETE} when pruned):
 *     what no longer has a live model behind it, in the plan's order
 */
public record SyncReport(
    List<DatasetResult> results, int httpReads, int httpWrites, Duration elapsed,
    List<String> bulkImported, List<String> restFallbacks, List<String> orphaned) {

  /**
   * Copies the results.
   *
   * @param results the results
   * @param httpReads the reads
   * @param httpWrites the writes
   * @param elapsed the wall time
   * @param bulkImported the datasets created by bundle import
   * @param restFallbacks the datasets whose bundle import failed and that went the REST path
   * @param orphaned the datasets whose dbt node is gone, disabled or ephemeral
   * @throws NullPointerException if an argument is null
   */
  public SyncReport {
    results = List.copyOf(results);
    Objects.requireNonNull(elapsed, "elapsed");
    bulkImported = List.copyOf(bulkImported);
    restFallbacks = List.copyOf(restFallbacks);
    orphaned = List.copyOf(orphaned);
  }

  /**
   * A report without bundle imports.
   *
   * @param results the results
   * @param httpReads the reads
   * @param httpWrites the writes
   * @param elapsed the wall time
   * @throws NullPointerException if an argument is null
   */
  public SyncReport(List<DatasetResult> results, int httpReads, int httpWrites, Duration elapsed) {
    this(results, httpReads, httpWrites, elapsed, List.of(), List.of(), List.of());
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
