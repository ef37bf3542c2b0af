/**
 * Operating Superset with the SDK: {@link io.github.supersetsdk.ops.Doctor} checks a deployment,
 * {@link io.github.supersetsdk.ops.DashboardProfiler} times a dashboard's charts as its page loads
 * them, and {@link io.github.supersetsdk.ops.OpsDashboard} builds Superset's self-monitoring dashboard.
 */
@NullMarked
package io.github.supersetsdk.ops;

import org.jspecify.annotations.NullMarked;
