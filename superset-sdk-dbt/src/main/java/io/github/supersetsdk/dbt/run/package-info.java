/**
 * Results of dbt invocations: {@link io.github.supersetsdk.dbt.run.RunResults} ({@code
 * run_results.json} v1 to v6) and {@link io.github.supersetsdk.dbt.run.SourceFreshnessResults}
 * ({@code sources.json} v1 to v3). Unknown statuses, such as {@code reused} in files older than this
 * library, are kept as {@link io.github.supersetsdk.dbt.run.RunStatus} values, never dropped.
 */
@NullMarked
package io.github.supersetsdk.dbt.run;

import org.jspecify.annotations.NullMarked;
