/**
 * The Superset-aware layer of the cache: {@link io.github.supersetsdk.cache.chartdata.ChartDataCache}
 * caches chart data per viewer (identity and row-level security included in the key), tagged with
 * charts, datasets and dbt models; {@link io.github.supersetsdk.cache.chartdata.DbtRunCoordinator}
 * invalidates what a dbt run changed, refreshes Superset's own cache and warms published
 * dashboards with bounded concurrency. See {@code docs/cache.md}.
 */
@NullMarked
package io.github.supersetsdk.cache.chartdata;

import org.jspecify.annotations.NullMarked;
