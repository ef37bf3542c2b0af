package io.github.supersetsdk.client.model;

import io.github.supersetsdk.client.id.DashboardId;
import org.jspecify.annotations.Nullable;

/**
 * A reference to a dashboard, as charts list the dashboards they are on.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the dashboard's id
 * @param dashboardTitle its title
 */
public record DashboardRef(DashboardId id, @Nullable String dashboardTitle) {}
