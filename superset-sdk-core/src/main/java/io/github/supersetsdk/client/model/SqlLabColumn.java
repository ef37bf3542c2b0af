package io.github.supersetsdk.client.model;

import org.jspecify.annotations.Nullable;

/**
 * A column of a SQL Lab result.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the column's name, the key of the column in each row
 * @param type the database type as the driver reports it, e.g. {@code BIGINT}, or {@code null}
 * @param temporal whether Superset treats it as a date or time
 */
public record SqlLabColumn(String name, @Nullable String type, boolean temporal) {}
