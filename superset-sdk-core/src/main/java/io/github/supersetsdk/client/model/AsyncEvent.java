package io.github.supersetsdk.client.model;

import org.jspecify.annotations.Nullable;

/**
 * An event of Superset's asynchronous query stream: a chart-data or SQL Lab job that finished or
 * failed. Needs {@code GLOBAL_ASYNC_QUERIES} on the server.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the event's id in the stream, to pass as {@code lastId} on the next poll
 * @param channelId the user's channel
 * @param jobId the job's id
 * @param userId the user
 * @param status {@code pending}, {@code running}, {@code error} or {@code done}
 * @param resultUrl where to fetch a finished job's result, relative to the base URL
 * @param errors the errors of a failed job as JSON text, or {@code null}
 */
public record AsyncEvent(
    String id,
    @Nullable String channelId,
    @Nullable String jobId,
    @Nullable Long userId,
    @Nullable String status,
    @Nullable String resultUrl,
    @Nullable String errors) {}
