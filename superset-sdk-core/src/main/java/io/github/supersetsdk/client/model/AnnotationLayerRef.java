package io.github.supersetsdk.client.model;

import io.github.supersetsdk.client.id.AnnotationLayerId;
import org.jspecify.annotations.Nullable;

/**
 * A reference to an annotation layer inside another object, e.g. the layer of an annotation.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the layer's id
 * @param name the layer's name
 */
public record AnnotationLayerRef(AnnotationLayerId id, @Nullable String name) {}
