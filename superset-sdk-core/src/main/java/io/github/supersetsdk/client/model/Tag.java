package io.github.supersetsdk.client.model;

import io.github.supersetsdk.client.id.TagId;
import org.jspecify.annotations.Nullable;

/**
 * A tag: a label attached to dashboards, charts, datasets and saved queries (needs the {@code
 * TAGGING_SYSTEM} feature flag on the server).
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the id
 * @param name the name
 * @param description the description
 * @param type the kind of tag; users create {@link TagType#CUSTOM} ones
 * @param createdBy who created it
 * @param changedBy who changed it last
 * @param changedOnDeltaHumanized when it last changed, in words such as {@code 2 days ago}
 */
public record Tag(
    TagId id,
    @Nullable String name,
    @Nullable String description,
    @Nullable TagType type,
    @Nullable UserRef createdBy,
    @Nullable UserRef changedBy,
    @Nullable String changedOnDeltaHumanized) {}
