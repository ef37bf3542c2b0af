package io.github.supersetsdk.client.model;

import io.github.supersetsdk.client.id.DatabaseId;
import org.jspecify.annotations.Nullable;

/**
 * The database connection of a query or saved query, with the fields the answer carries: the
 * history's list names the database, its detail and SQL Lab's answers give the id.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the connection's id, or {@code null} if the answer omits it
 * @param databaseName the connection's name, or {@code null} if the answer omits it
 */
public record QueryDatabaseRef(@Nullable DatabaseId id, @Nullable String databaseName) {}
