package io.github.supersetsdk.client.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An object the current user viewed or changed recently, as the home page lists it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param action the action, e.g. {@code dashboard} or {@code explore}
 * @param itemType the kind of object, e.g. {@code dashboard} or {@code slice}
 * @param itemTitle its title
 * @param itemUrl its page, relative to the base URL
 * @param time when it happened
 * @param timeDeltaHumanized when it happened, in words such as {@code 2 hours ago}
 */
public record RecentActivity(
    @Nullable String action,
    @Nullable String itemType,
    @Nullable String itemTitle,
    @Nullable String itemUrl,
    @Nullable Instant time,
    @Nullable String timeDeltaHumanized) {}
