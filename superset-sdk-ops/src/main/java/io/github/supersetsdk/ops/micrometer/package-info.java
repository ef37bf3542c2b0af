/**
 * Micrometer meters for operations: chart-data latency per dashboard and chart, doctor check
 * results as gauges and the SDK cache's hits and misses per tier. Needs micrometer-core on the
 * class path (an optional dependency of this module).
 */
@NullMarked
package io.github.supersetsdk.ops.micrometer;

import org.jspecify.annotations.NullMarked;
