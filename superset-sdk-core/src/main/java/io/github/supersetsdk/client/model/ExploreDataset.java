package io.github.supersetsdk.client.model;

import org.jspecify.annotations.Nullable;

/**
 * The dataset Explore queries, in the short form Explore describes it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the dataset's id
 * @param type the datasource type, {@code table} for datasets
 * @param uid the datasource uid, {@code "<id>__<type>"}
 * @param name the display name, {@code schema.table}
 * @param tableName the table name
 * @param schema the schema
 * @param description the description
 * @param mainDttmCol the default temporal column
 * @param sql the query of a virtual dataset
 */
public record ExploreDataset(
    @Nullable Long id,
    @Nullable String type,
    @Nullable String uid,
    @Nullable String name,
    @Nullable String tableName,
    @Nullable String schema,
    @Nullable String description,
    @Nullable String mainDttmCol,
    @Nullable String sql) {}
