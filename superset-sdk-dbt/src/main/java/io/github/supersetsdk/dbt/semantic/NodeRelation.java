package io.github.supersetsdk.dbt.semantic;

import org.jspecify.annotations.Nullable;

/**
 * The warehouse relation a semantic model reads. Immutable and thread-safe.
 *
 * @param alias the table or view name, or {@code null}
 * @param schemaName the schema, or {@code null}
 * @param database the database, or {@code null}
 * @param relationName the quoted relation name, or {@code null}
 */
public record NodeRelation(
    @Nullable String alias,
    @Nullable String schemaName,
    @Nullable String database,
    @Nullable String relationName) {}
