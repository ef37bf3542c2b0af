package io.github.supersetsdk.sync;

/**
 * Receives the sync's progress and events. Every method has an empty default.
 *
 * <p>Implementations must be thread-safe: datasets are applied in parallel and the methods are
 * called from the sync's worker threads. They must not throw; an exception is logged and ignored.
 */
public interface SyncListener {

  /**
   * Called after each dataset of an apply is done, successfully or not.
   *
   * @param completed how many datasets are done so far
   * @param total how many the apply handles
   * @param result the dataset just done
   */
  default void datasetDone(int completed, int total, DatasetResult result) {}

  /**
   * Called when {@link DbtSync#syncAfterRun(DbtArtifacts, io.github.supersetsdk.dbt.run.RunResults)} has
   * refreshed the datasets of the models a dbt run rebuilt.
   *
   * @param event the models and datasets
   */
  default void synced(SyncEvent event) {}
}
