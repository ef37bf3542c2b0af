package io.github.supersetsdk.client.model;

import io.github.supersetsdk.client.id.AnnotationId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An annotation: an event ({@code startDttm == endDttm}) or a period within an annotation layer.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the annotation's id
 * @param shortDescr the short description, shown as its label
 * @param longDescr the long description, or {@code null}
 * @param startDttm when it starts (Superset stores naive UTC timestamps)
 * @param endDttm when it ends
 * @param jsonMetadata free-form JSON text, or {@code null}; only a single read returns it
 * @param layer the layer it belongs to; only a single read returns it
 */
public record Annotation(
    AnnotationId id,
    @Nullable String shortDescr,
    @Nullable String longDescr,
    @Nullable Instant startDttm,
    @Nullable Instant endDttm,
    @Nullable String jsonMetadata,
    @Nullable AnnotationLayerRef layer) {}
