/**
 * Internals of the chart-data layer: query-context normalisation, the cache key, the value codec,
 * dataset-to-dbt-model resolution and bounded execution. Not API; may change in any release.
 */
@org.jspecify.annotations.NullMarked
package io.github.supersetsdk.cache.chartdata.internal;
