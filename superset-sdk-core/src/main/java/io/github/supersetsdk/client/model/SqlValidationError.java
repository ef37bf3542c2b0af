package io.github.supersetsdk.client.model;

import org.jspecify.annotations.Nullable;

/**
 * One error a database engine's SQL validator found in a statement.
 *
 * <p>Immutable and thread-safe.
 *
 * @param message the validator's message
 * @param lineNumber the one-based line of the error, or {@code null}
 * @param startColumn the column where the error starts, or {@code null}
 * @param endColumn the column where it ends, or {@code null}
 */
public record SqlValidationError(
    String message, @Nullable Long lineNumber, @Nullable Long startColumn, @Nullable Long endColumn) {}
