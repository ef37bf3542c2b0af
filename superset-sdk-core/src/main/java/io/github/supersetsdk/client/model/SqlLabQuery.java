package io.github.supersetsdk.client.model;

import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.id.QueryId;
import io.github.supersetsdk.client.id.UserId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * SQL Lab's account of one run of a query: its state, what was executed and where its results are.
 *
 * <p>Immutable and thread-safe.
 *
 * @param clientId the client-side id of the query
 * @param queryId the server-side id, also the id in the query history
 * @param databaseId the database connection
 * @param databaseName the database connection's name
 * @param schema the default schema
 * @param catalog the default catalog
 * @param sql the SQL text as submitted
 * @param executedSql the SQL text as executed, with the limit applied
 * @param state the state: {@code success}, {@code failed}, {@code running}, {@code pending}, ...
 * @param rows the number of rows returned
 * @param limit the row limit applied
 * @param limitingFactor what limited the rows ({@code QUERY}, {@code DROPDOWN}, {@code NOT_LIMITED}, ...)
 * @param progress the progress in percent
 * @param resultsKey the key of the results in the results backend, or {@code null} if not stored
 * @param errorMessage the error message of a failed query
 * @param startedAt when it started
 * @param endedAt when it ended
 * @param sqlEditorId the SQL Lab tab
 * @param tab the SQL Lab tab's label
 * @param tempTable the table written by CREATE TABLE AS, if any
 * @param tempSchema the schema of that table
 * @param trackingUrl the engine's tracking URL, if any
 * @param user the user's name
 * @param userId the user's id
 */
public record SqlLabQuery(
    @Nullable String clientId,
    @Nullable QueryId queryId,
    @Nullable DatabaseId databaseId,
    @Nullable String databaseName,
    @Nullable String schema,
    @Nullable String catalog,
    @Nullable String sql,
    @Nullable String executedSql,
    @Nullable String state,
    @Nullable Long rows,
    @Nullable Long limit,
    @Nullable String limitingFactor,
    @Nullable Integer progress,
    @Nullable String resultsKey,
    @Nullable String errorMessage,
    @Nullable Instant startedAt,
    @Nullable Instant endedAt,
    @Nullable String sqlEditorId,
    @Nullable String tab,
    @Nullable String tempTable,
    @Nullable String tempSchema,
    @Nullable String trackingUrl,
    @Nullable String user,
    @Nullable UserId userId) {}
