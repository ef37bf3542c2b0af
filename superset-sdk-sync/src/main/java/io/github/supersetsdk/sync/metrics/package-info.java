/**
 * Compiles dbt metrics into SQL aggregate expressions that Superset can store as dataset metrics,
 * without running MetricFlow: {@link io.github.supersetsdk.sync.metrics.MetricCompiler} reads a
 * {@code semantic_manifest.json} (and the legacy metrics of manifests v4 to v9) and returns a
 * {@link io.github.supersetsdk.sync.metrics.MetricCompilation}: per dbt model, the metrics that
 * one aggregate over that model's table reproduces exactly, and every other metric listed as
 * skipped with the reason. All types are immutable.
 */
@NullMarked
package io.github.supersetsdk.sync.metrics;

import org.jspecify.annotations.NullMarked;
