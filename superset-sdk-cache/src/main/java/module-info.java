/**
 * superset-sdk-cache: a two-tier cache (Caffeine in process, Redis shared) with tag invalidation
 * through Redis generation counters, and a chart-data layer over Superset kept fresh by dbt runs.
 * Exported: {@code io.github.supersetsdk.cache}, its optional Micrometer binder ({@code
 * io.github.supersetsdk.cache.micrometer}) and the chart-data layer ({@code
 * io.github.supersetsdk.cache.chartdata}); the {@code internal} packages (the Lettuce glue) are not API.
 */
@org.jspecify.annotations.NullMarked
module io.github.supersetsdk.cache {
  requires static transitive org.jspecify;
  requires transitive io.github.supersetsdk.core;
  requires transitive io.github.supersetsdk.dbt;
  requires com.github.benmanes.caffeine;
  requires lettuce.core;
  requires com.fasterxml.jackson.databind;
  requires org.slf4j;
  requires static micrometer.core;

  exports io.github.supersetsdk.cache;
  exports io.github.supersetsdk.cache.micrometer;
  exports io.github.supersetsdk.cache.chartdata;
}
