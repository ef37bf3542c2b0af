package io.github.supersetsdk.cache.chartdata;

import io.github.supersetsdk.client.id.DatasetId;
import java.util.List;
import java.util.Objects;

/**
 * What {@link DbtRunCoordinator} did after a dbt run. Immutable and thread-safe.
 *
 * @param rebuiltModels the models, seeds and snapshots the run rebuilt (or the unique ids given)
 * @param downstreamModels the models, snapshots and seeds downstream of them, whose data changed too
 * @param datasets the Superset datasets on those models
 * @param tagsInvalidated tags invalidated in every cache instance
 * @param tagsNotInvalidated tags Redis could not be told about (retry them)
 * @param supersetRefresh each affected chart's refresh in Superset's own cache
 * @param warm the warm-up of the affected published dashboards
 */
public record CoordinatorReport(
    List<String> rebuiltModels,
    List<String> downstreamModels,
    List<DatasetId> datasets,
    List<String> tagsInvalidated,
    List<String> tagsNotInvalidated,
    List<ChartRefresh> supersetRefresh,
    WarmReport warm) {

  /**
   * Copies the lists.
   *
   * @throws NullPointerException if a component is null
   */
  public CoordinatorReport {
    rebuiltModels = List.copyOf(rebuiltModels);
    downstreamModels = List.copyOf(downstreamModels);
    datasets = List.copyOf(datasets);
    tagsInvalidated = List.copyOf(tagsInvalidated);
    tagsNotInvalidated = List.copyOf(tagsNotInvalidated);
    supersetRefresh = List.copyOf(supersetRefresh);
    Objects.requireNonNull(warm, "warm");
  }

  /**
   * Whether everything succeeded: every tag reached Redis, every refresh verified, every warm-up
   * request warmed without a Redis error ({@link WarmReport#isComplete()}).
   *
   * @return true when nothing needs a retry
   */
  public boolean isComplete() {
    return tagsNotInvalidated.isEmpty()
        && supersetRefresh.stream().allMatch(r -> r.status() == RefreshStatus.VERIFIED
            || r.status() == RefreshStatus.NO_QUERY_CONTEXT)
        && warm.isComplete();
  }
}
