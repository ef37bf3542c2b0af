package io.github.supersetsdk.client.model;

import io.github.supersetsdk.client.id.AnnotationLayerId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An annotation layer: a named set of annotations (events or periods) that time-series charts can
 * overlay. Lists carry the audit fields; a single read carries only id, name and description.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the layer's id
 * @param name the layer's name
 * @param descr the description (Superset's {@code descr}), or {@code null}
 * @param createdBy who created it, or {@code null}
 * @param changedBy who changed it last, or {@code null}
 * @param createdOn when it was created, or {@code null}
 * @param changedOn when it was changed last, or {@code null}
 */
public record AnnotationLayer(
    AnnotationLayerId id,
    String name,
    @Nullable String descr,
    @Nullable UserRef createdBy,
    @Nullable UserRef changedBy,
    @Nullable Instant createdOn,
    @Nullable Instant changedOn) {}
