/**
 * The metric compiler behind {@link io.github.supersetsdk.sync.metrics.MetricCompiler}. Not API;
 * may change in any release.
 */
@NullMarked
package io.github.supersetsdk.sync.internal.metrics;

import org.jspecify.annotations.NullMarked;
