/**
 * The dbt to Superset sync: {@link io.github.supersetsdk.sync.DbtSync} plans and applies the
 * datasets, columns and metrics that dbt artifacts describe, idempotently and in parallel.
 */
@NullMarked
package io.github.supersetsdk.sync;

import org.jspecify.annotations.NullMarked;
