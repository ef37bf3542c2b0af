package io.github.supersetsdk.client.model;

import org.jspecify.annotations.Nullable;

/**
 * A problem the database found in a SQL expression.
 *
 * <p>Immutable and thread-safe.
 *
 * @param message the database's message
 * @param lineNumber the line, from 1, or {@code null}
 * @param startColumn the first column of the problem, or {@code null}
 * @param endColumn the last column of the problem, or {@code null}
 */
public record SqlExpressionError(
    String message, @Nullable Integer lineNumber, @Nullable Integer startColumn, @Nullable Integer endColumn) {}
