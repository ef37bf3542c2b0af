package io.github.supersetsdk.client.model;

import org.jspecify.annotations.Nullable;

/**
 * One problem the database found in a SQL statement or expression, with where it is.
 *
 * <p>Immutable and thread-safe.
 *
 * @param message the database's or validator's message
 * @param lineNumber the one-based line of the problem, or {@code null}
 * @param startColumn the column where it starts, or {@code null}
 * @param endColumn the column where it ends, or {@code null}
 */
public record SqlValidationError(
    String message, @Nullable Integer lineNumber, @Nullable Integer startColumn, @Nullable Integer endColumn) {}
