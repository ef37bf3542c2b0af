package io.github.supersetsdk.client.model;

import org.jspecify.annotations.Nullable;

/**
 * A column a chart on a dataset may be drilled by.
 *
 * <p>Immutable and thread-safe.
 *
 * @param columnName the column's name
 * @param verboseName its display name, or {@code null}
 */
public record DatasetDrillColumn(String columnName, @Nullable String verboseName) {}
