/**
 * superset-sdk-cache: a two-tier cache (Caffeine in process, Redis shared) with tag invalidation
 * through Redis generation counters. Only {@code io.github.supersetsdk.cache} and its optional
 * Micrometer binder ({@code io.github.supersetsdk.cache.micrometer}) are exported; {@code
 * io.github.supersetsdk.cache.internal} (the Lettuce glue) is not API.
 */
@org.jspecify.annotations.NullMarked
module io.github.supersetsdk.cache {
  requires static transitive org.jspecify;
  requires com.github.benmanes.caffeine;
  requires lettuce.core;
  requires com.fasterxml.jackson.databind;
  requires org.slf4j;
  requires static micrometer.core;

  exports io.github.supersetsdk.cache;
  exports io.github.supersetsdk.cache.micrometer;
}
