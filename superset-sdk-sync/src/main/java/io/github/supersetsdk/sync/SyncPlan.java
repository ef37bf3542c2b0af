package io.github.supersetsdk.sync;

import io.github.supersetsdk.client.id.DatabaseId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of {@link DbtSync#plan(DbtArtifacts)}: what {@link DbtSync#apply(SyncPlan)} would do
 * to each dataset, and which charts and dashboards it would break. Making a plan writes nothing.
 *
 * <p>Immutable and thread-safe. A plan describes Superset as it was when planned; apply it soon,
 * or plan again.
 */
public final class SyncPlan {

  private final String databaseName;
  private final @Nullable DatabaseId databaseId;
  private final SyncMode mode;
  private final List<DatasetPlan> datasets;
  private final int httpReads;
  private final Object work;

  SyncPlan(
      String databaseName,
      @Nullable DatabaseId databaseId,
      SyncMode mode,
      List<DatasetPlan> datasets,
      int httpReads,
      Object work) {
    this.databaseName = Objects.requireNonNull(databaseName, "databaseName");
    this.databaseId = databaseId;
    this.mode = Objects.requireNonNull(mode, "mode");
    this.datasets = List.copyOf(datasets);
    this.httpReads = httpReads;
    this.work = Objects.requireNonNull(work, "work");
  }

  /**
   * The Superset database connection the datasets are on.
   *
   * @return its name
   */
  public String databaseName() {
    return databaseName;
  }

  /**
   * The database connection's id.
   *
   * @return the id, or {@code null} if apply creates the connection
   */
  public @Nullable DatabaseId databaseId() {
    return databaseId;
  }

  /**
   * The mode the plan was made in.
   *
   * @return the mode
   */
  public SyncMode mode() {
    return mode;
  }

  /**
   * Every dataset the plan considers, in the order of the dbt nodes, deletes last.
   *
   * @return the per-dataset plans
   */
  public List<DatasetPlan> datasets() {
    return datasets;
  }

  /**
   * The number of datasets with the given action.
   *
   * @param action the action
   * @return how many
   * @throws NullPointerException if {@code action} is null
   */
  public int count(SyncAction action) {
    Objects.requireNonNull(action, "action");
    int n = 0;
    for (DatasetPlan d : datasets) {
      if (d.action() == action) {
        n++;
      }
    }
    return n;
  }

  /**
   * Whether applying the plan writes anything.
   *
   * @return {@code true} if there is a create, update or delete, or the connection is created
   */
  public boolean hasChanges() {
    return databaseId == null
        || count(SyncAction.CREATE) + count(SyncAction.UPDATE) + count(SyncAction.DELETE) > 0;
  }

  /**
   * The charts and dashboards the plan would break, over all datasets.
   *
   * @return the impacted assets, possibly with repeats across datasets
   */
  public List<ImpactedAsset> impact() {
    List<ImpactedAsset> all = new ArrayList<>();
    for (DatasetPlan d : datasets) {
      all.addAll(d.impact());
    }
    return List.copyOf(all);
  }

  /**
   * The HTTP reads made to build the plan (logins excluded).
   *
   * @return the number of GET requests
   */
  public int httpReads() {
    return httpReads;
  }

  /**
   * The datasets the sync made whose dbt node is gone, disabled or an ephemeral model now: what no
   * longer has a live model behind it ({@code SKIPPED}, or {@code DELETE} with prune).
   *
   * @return their {@code unique_id}s, in the plan's order
   */
  public List<String> orphaned() {
    return work instanceof io.github.supersetsdk.sync.internal.Engine.Work w ? w.orphaned() : List.of();
  }

  Object work() {
    return work;
  }

  @Override
  public String toString() {
    return "SyncPlan[database=" + databaseName + ", mode=" + mode + ", create="
        + count(SyncAction.CREATE) + ", update=" + count(SyncAction.UPDATE) + ", delete="
        + count(SyncAction.DELETE) + ", unchanged=" + count(SyncAction.UNCHANGED) + ", skipped="
        + count(SyncAction.SKIPPED) + "]";
  }
}
