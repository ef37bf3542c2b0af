/**
 * A small multi-tenant backend that embeds a Superset dashboard for its customers: a fake login, a
 * dashboard built and embedded through the SDK, guest tokens per tenant with a row-level security
 * clause from {@link io.github.supersetsdk.client.embedding.GuestTokenService}, a page that renders
 * the dashboard with Superset's embedded SDK, the tenant's headline figures computed server-side
 * through the chart-data cache ({@code /api/summary}), and {@code /metrics} for Prometheus.
 */
@NullMarked
package io.github.supersetsdk.examples.embedded;

import org.jspecify.annotations.NullMarked;
