package io.github.supersetsdk.sync;

/**
 * How the sync treats what people changed in Superset on a synced dataset.
 *
 * <p>In every mode the sync writes only the fields dbt has a value for, except {@link #REPLACE},
 * which also clears dbt-managed fields dbt leaves empty. In every mode, metrics and calculated
 * columns (dimensions defined by SQL) the sync wrote are removed when dbt no longer defines them,
 * and calculated columns a person made are kept.
 */
public enum SyncMode {
  /**
   * The default: dbt wins on descriptions, labels and metric definitions; metrics created in
   * Superset and column flags ({@code is_dttm}, {@code groupby}, {@code filterable}) changed by
   * hand since the last sync are kept.
   */
  MERGE,
  /**
   * dbt wins everywhere: metrics that dbt does not define are removed, and dbt-managed fields that
   * dbt leaves empty are cleared.
   */
  REPLACE,
  /**
   * Like {@link #MERGE}, and additionally never overwrites any field whose value a person changed
   * since the last sync (detected with the hash of what the sync wrote, kept in the dataset's
   * {@code extra}).
   */
  PRESERVE
}
