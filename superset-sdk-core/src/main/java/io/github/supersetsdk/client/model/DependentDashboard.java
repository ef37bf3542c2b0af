package io.github.supersetsdk.client.model;

import io.github.supersetsdk.client.id.DashboardId;
import org.jspecify.annotations.Nullable;

/**
 * A dashboard that depends on a database connection or dataset through its charts.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the dashboard's id
 * @param title the dashboard's title, or {@code null}
 * @param slug the dashboard's slug, or {@code null}
 */
public record DependentDashboard(DashboardId id, @Nullable String title, @Nullable String slug) {}
