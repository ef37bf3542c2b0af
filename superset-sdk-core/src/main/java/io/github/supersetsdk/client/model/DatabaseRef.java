package io.github.supersetsdk.client.model;

import io.github.supersetsdk.client.id.DatabaseId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A reference to a database connection inside another object, e.g. the database of a dataset.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the connection's id
 * @param databaseName its display name
 * @param backend its SQLAlchemy backend, when the answer includes it
 * @param uuid its UUID, when the answer includes it
 */
public record DatabaseRef(DatabaseId id, @Nullable String databaseName, @Nullable String backend, @Nullable UUID uuid) {}
