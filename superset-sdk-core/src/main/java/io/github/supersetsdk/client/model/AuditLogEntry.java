package io.github.supersetsdk.client.model;

import io.github.supersetsdk.client.id.ChartId;
import io.github.supersetsdk.client.id.DashboardId;
import io.github.supersetsdk.client.id.LogId;
import io.github.supersetsdk.client.id.UserId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An entry of Superset's audit log ({@code /api/v1/log}): who did what, when, and how long it took.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the entry's id
 * @param action the action, e.g. {@code DatabaseRestApi.post}, {@code log} for front-end events, or a
 *     page name
 * @param user the user, or {@code null} for anonymous actions
 * @param userId the user's id, or {@code null}
 * @param dttm when it happened
 * @param durationMs how long it took, in milliseconds
 * @param json the action's details as JSON text (path, object reference, parameters)
 * @param referrer the HTTP referrer
 * @param sliceId the chart concerned, if any
 * @param dashboardId the dashboard concerned, if any
 */
public record AuditLogEntry(
    LogId id,
    @Nullable String action,
    @Nullable AuditLogUser user,
    @Nullable UserId userId,
    @Nullable Instant dttm,
    @Nullable Long durationMs,
    @Nullable String json,
    @Nullable String referrer,
    @Nullable ChartId sliceId,
    @Nullable DashboardId dashboardId) {}
