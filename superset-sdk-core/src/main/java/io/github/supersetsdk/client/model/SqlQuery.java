package io.github.supersetsdk.client.model;

import io.github.supersetsdk.client.id.QueryId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An entry of the query history ({@code /api/v1/query}): one run of SQL in SQL Lab. The list and the
 * detail answers carry different fields; those an answer lacks are {@code null}. SQL Lab's own
 * answers (execution results, {@code QueriesClient.updatedSince}) describe a run as {@link
 * SqlLabQuery}, in SQL Lab's fields; {@link SqlLabQuery#queryId()} is this entry's {@link #id()}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the query's id
 * @param clientId the client-side id (detail only)
 * @param database the database connection
 * @param schema the default schema
 * @param sql the SQL text as submitted
 * @param executedSql the SQL text as executed
 * @param status {@code success}, {@code failed}, {@code running}, {@code stopped}, ...
 * @param rows the number of rows returned
 * @param limit the row limit applied
 * @param progress the progress in percent
 * @param errorMessage the error of a failed query
 * @param resultsKey the key of stored results, if any
 * @param tabName the SQL Lab tab's name
 * @param sqlEditorId the SQL Lab tab's id
 * @param tmpTableName the table written by CREATE TABLE AS, if any
 * @param trackingUrl the engine's tracking URL, if any
 * @param user who ran it (list only)
 * @param startTime when it was submitted
 * @param startRunningTime when the database started running it
 * @param endTime when it ended
 * @param changedOn when the record last changed
 */
public record SqlQuery(
    QueryId id,
    @Nullable String clientId,
    @Nullable QueryDatabaseRef database,
    @Nullable String schema,
    @Nullable String sql,
    @Nullable String executedSql,
    @Nullable String status,
    @Nullable Long rows,
    @Nullable Long limit,
    @Nullable Integer progress,
    @Nullable String errorMessage,
    @Nullable String resultsKey,
    @Nullable String tabName,
    @Nullable String sqlEditorId,
    @Nullable String tmpTableName,
    @Nullable String trackingUrl,
    @Nullable UserRef user,
    @Nullable Instant startTime,
    @Nullable Instant startRunningTime,
    @Nullable Instant endTime,
    @Nullable Instant changedOn) {}
