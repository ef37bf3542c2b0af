package io.github.supersetsdk.client.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The state of a screenshot Superset computes in the background (Celery), for a chart or a
 * dashboard. Fetch the image from {@code imageUrl} (through the SDK's {@code screenshot} methods,
 * with the digest at its end) once {@code taskStatus} is {@code Success}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param cacheKey the key the screenshot is cached under; the digest of the screenshot URLs
 * @param imageUrl the API URL of the image
 * @param chartUrl the URL of the chart rendered (chart screenshots)
 * @param dashboardUrl the URL of the dashboard rendered (dashboard screenshots)
 * @param taskStatus {@code Pending}, {@code Computing}, {@code Success} or {@code Error}
 * @param taskUpdatedAt when the task last changed state (Superset writes it without an offset; read
 *     as UTC, as every other time it sends)
 */
public record ScreenshotTask(
    @Nullable String cacheKey,
    @Nullable String imageUrl,
    @Nullable String chartUrl,
    @Nullable String dashboardUrl,
    @Nullable String taskStatus,
    @Nullable Instant taskUpdatedAt) {}
