/**
 * Benchmarks of the two-tier cache against raw Caffeine, raw Lettuce and a hand-written cache-aside,
 * and the dashboard-load benchmark of the chart-data cache against the real Superset and Redis.
 */
@NullMarked
package io.github.supersetsdk.benchmarks.cache;

import org.jspecify.annotations.NullMarked;
