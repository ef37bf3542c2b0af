package io.github.supersetsdk.client.model;

import org.jspecify.annotations.Nullable;

/**
 * A column that a resource's create or update request accepts, as listed by its {@code _info}
 * endpoint.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the column's JSON name
 * @param label its human-readable label
 * @param type its Flask-AppBuilder field type, e.g. {@code String} or {@code Integer}
 * @param required whether a create request must carry it
 * @param unique whether its values must be unique
 */
public record ApiColumnInfo(
    String name, @Nullable String label, @Nullable String type, boolean required, boolean unique) {}
