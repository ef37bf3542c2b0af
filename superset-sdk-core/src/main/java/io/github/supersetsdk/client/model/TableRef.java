package io.github.supersetsdk.client.model;

import io.github.supersetsdk.client.id.DatasetId;
import org.jspecify.annotations.Nullable;

/**
 * A reference to a dataset by its table, e.g. a dataset a row-level security rule applies to.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the dataset's id
 * @param schema the schema
 * @param tableName the table name
 */
public record TableRef(DatasetId id, @Nullable String schema, @Nullable String tableName) {}
