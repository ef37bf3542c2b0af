package io.github.supersetsdk.client.model;

import org.jspecify.annotations.Nullable;

/**
 * A column of a database table, as the database reports it (not a dataset column).
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the column name
 * @param type the column's type as Superset normalises it, e.g. {@code VARCHAR}
 * @param longType the full database type, e.g. {@code VARCHAR(50)}, or {@code null}
 * @param comment the column's comment in the database, or {@code null}
 */
public record DatabaseTableColumn(
    String name, @Nullable String type, @Nullable String longType, @Nullable String comment) {}
