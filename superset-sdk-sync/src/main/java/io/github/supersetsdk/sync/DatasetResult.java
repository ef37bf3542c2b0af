package io.github.supersetsdk.sync;

import io.github.supersetsdk.client.id.DatasetId;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What {@link DbtSync#apply(SyncPlan)} did to one dataset.
 *
 * <p>Immutable and thread-safe.
 *
 * @param uniqueId the dbt node's {@code unique_id}
 * @param datasetId the dataset, or {@code null} if a create failed before it existed
 * @param action the planned action
 * @param error why the action failed (Superset's status and message), or {@code null} on success
 * @param columns the number of columns dbt describes
 * @param metrics the number of metrics dbt defines
 * @param notes what the apply found that its plan could not know, such as a {@code main_dttm_col}
 *     left unset because the table it created has no such column (known only once it exists, when
 *     the sync reads no catalog.json); empty when there is nothing to add to the plan's notes
 */
public record DatasetResult(
    String uniqueId,
    @Nullable DatasetId datasetId,
    SyncAction action,
    @Nullable String error,
    int columns,
    int metrics,
    List<String> notes) {

  /**
   * Checks the arguments.
   *
   * @param uniqueId the unique_id
   * @param datasetId the dataset
   * @param action the action
   * @param error the failure
   * @param columns the column count
   * @param metrics the metric count
   * @param notes the apply's notes, copied
   * @throws NullPointerException if {@code uniqueId}, {@code action} or {@code notes} (or one of
   *     them) is null
   */
  public DatasetResult {
    Objects.requireNonNull(uniqueId, "uniqueId");
    Objects.requireNonNull(action, "action");
    notes = List.copyOf(notes);
  }

  /**
   * Whether the action failed.
   *
   * @return {@code true} if {@link #error()} is set
   */
  public boolean failed() {
    return error != null;
  }
}
