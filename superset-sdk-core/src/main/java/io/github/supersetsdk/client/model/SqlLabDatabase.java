package io.github.supersetsdk.client.model;

import io.github.supersetsdk.client.id.DatabaseId;
import org.jspecify.annotations.Nullable;

/**
 * A database connection as SQL Lab offers it to the current user.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the connection's id
 * @param databaseName its name
 * @param backend its SQLAlchemy backend, e.g. {@code postgresql}
 * @param allowRunAsync whether queries run asynchronously on it
 * @param allowDml whether SQL Lab allows DML statements on it
 */
public record SqlLabDatabase(
    DatabaseId id,
    @Nullable String databaseName,
    @Nullable String backend,
    boolean allowRunAsync,
    boolean allowDml) {}
