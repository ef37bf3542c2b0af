package io.github.supersetsdk.sync;

import io.github.supersetsdk.client.id.DatasetId;
import java.util.List;

/**
 * Published after {@link DbtSync#syncAfterRun(DbtArtifacts, io.github.supersetsdk.dbt.run.RunResults)}: the dbt
 * models a run rebuilt and the Superset datasets that were refreshed for them, e.g. for a cache to
 * invalidate what they feed.
 *
 * <p>Immutable and thread-safe.
 *
 * @param uniqueIds the dbt unique_ids of the models rebuilt successfully and synced
 * @param datasetIds the datasets refreshed, in the same order as far as each has one
 */
public record SyncEvent(List<String> uniqueIds, List<DatasetId> datasetIds) {

  /**
   * Copies the lists.
   *
   * @param uniqueIds the unique_ids
   * @param datasetIds the dataset ids
   * @throws NullPointerException if a list is null
   */
  public SyncEvent {
    uniqueIds = List.copyOf(uniqueIds);
    datasetIds = List.copyOf(datasetIds);
  }
}
