package io.github.supersetsdk.sync;

import io.github.supersetsdk.client.id.DatasetId;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the sync plans for one dataset.
 *
 * <p>Immutable and thread-safe.
 *
 * @param uniqueId the dbt node's {@code unique_id}
 * @param datasetId the existing dataset, or {@code null} for a {@link SyncAction#CREATE}
 * @param action what the sync does
 * @param relation the dataset's {@code schema.table}
 * @param changes the field-level diff of an {@link SyncAction#UPDATE}; for a {@link
 *     SyncAction#CREATE}, the fields set after the dataset is created; else empty
 * @param reason why the dataset is skipped or deleted, or {@code null}
 * @param impact the charts and dashboards that the change would break
 * @param columns the number of columns dbt describes for the dataset
 * @param metrics the number of metrics dbt defines on the dataset
 * @param notes what the sync cannot map for this node and why, e.g. a skipped metric
 */
public record DatasetPlan(
    String uniqueId,
    @Nullable DatasetId datasetId,
    SyncAction action,
    String relation,
    List<FieldChange> changes,
    @Nullable String reason,
    List<ImpactedAsset> impact,
    int columns,
    int metrics,
    List<String> notes) {

  /**
   * Copies the lists.
   *
   * @param uniqueId the dbt unique_id
   * @param datasetId the dataset
   * @param action the action
   * @param relation {@code schema.table}
   * @param changes the diff
   * @param reason the reason
   * @param impact the broken assets
   * @param columns the column count
   * @param metrics the metric count
   * @param notes the notes
   * @throws NullPointerException if a non-null argument is null
   */
  public DatasetPlan {
    Objects.requireNonNull(uniqueId, "uniqueId");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(relation, "relation");
    changes = List.copyOf(changes);
    impact = List.copyOf(impact);
    notes = List.copyOf(notes);
  }
}
