package io.github.supersetsdk.dbt.lineage;

import java.util.List;

/**
 * What a dbt run changed: the models (and seeds and snapshots, every node that writes a relation,
 * and functions) it rebuilt successfully and every graph member downstream of them. Immutable and
 * thread-safe.
 *
 * @param rebuiltModels unique ids of the models, seeds, snapshots and functions (dbt 1.11) with
 *     status {@code success} in the run, or {@code partial success} (a microbatch model some of
 *     whose batches were written), sorted
 * @param affectedDownstream unique ids of members downstream of those models (models, tests,
 *     exposures, metrics, semantic models, saved queries...), excluding the rebuilt models
 *     themselves, sorted
 */
public record RunImpact(List<String> rebuiltModels, List<String> affectedDownstream) {

  /** Copies the lists. */
  public RunImpact {
    rebuiltModels = List.copyOf(rebuiltModels);
    affectedDownstream = List.copyOf(affectedDownstream);
  }
}
