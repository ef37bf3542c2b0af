package io.github.supersetsdk.client.model;

import io.github.supersetsdk.client.id.QueryId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One run of SQL in SQL Lab, as the query history ({@code queries().list}, {@code get}) and SQL
 * Lab's own answers (execution results, {@code queries().updatedSince}, the editor state) describe
 * it. Superset writes the two kinds of answer with different fields; each field here says which
 * answers carry it, and those an answer lacks are {@code null}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the query's id in the history; always set in history answers
 * @param clientId the client-side id it was started with (history detail and SQL Lab answers)
 * @param database the database connection: the history's list names it, its detail and SQL Lab's
 *     answers give the id too
 * @param schema the default schema
 * @param catalog the default catalog (SQL Lab answers)
 * @param sql the SQL text as submitted
 * @param executedSql the SQL text as executed, with the limit applied
 * @param status the state: {@link QueryState#SUCCESS}, {@link QueryState#FAILED}, {@link
 *     QueryState#RUNNING}, ...
 * @param rows the number of rows returned
 * @param limit the row limit applied
 * @param limitingFactor what limited the rows: {@code QUERY}, {@code DROPDOWN}, {@code
 *     QUERY_AND_DROPDOWN} or {@code NOT_LIMITED} (SQL Lab answers)
 * @param progress the progress in percent
 * @param errorMessage the error of a failed query
 * @param resultsKey the key of the results in the results backend, or {@code null} if not stored
 * @param tabName the SQL Lab tab's name
 * @param sqlEditorId the SQL Lab tab's id
 * @param tmpTableName the table written by CREATE TABLE AS, if any
 * @param tmpSchemaName the schema of that table (SQL Lab answers)
 * @param trackingUrl the engine's tracking URL, if any
 * @param user who ran it: the history's list gives the id and names, SQL Lab's answers the id
 * @param userLabel Superset's display name of who ran it, e.g. {@code Admin User} (SQL Lab answers)
 * @param startTime when it was submitted
 * @param startRunningTime when the database started running it (history answers)
 * @param endTime when it ended
 * @param changedOn when the history entry last changed (history answers)
 */
public record SqlQuery(
    @Nullable QueryId id,
    @Nullable String clientId,
    @Nullable QueryDatabaseRef database,
    @Nullable String schema,
    @Nullable String catalog,
    @Nullable String sql,
    @Nullable String executedSql,
    @Nullable QueryState status,
    @Nullable Long rows,
    @Nullable Long limit,
    @Nullable String limitingFactor,
    @Nullable Integer progress,
    @Nullable String errorMessage,
    @Nullable String resultsKey,
    @Nullable String tabName,
    @Nullable String sqlEditorId,
    @Nullable String tmpTableName,
    @Nullable String tmpSchemaName,
    @Nullable String trackingUrl,
    @Nullable UserRef user,
    @Nullable String userLabel,
    @Nullable Instant startTime,
    @Nullable Instant startRunningTime,
    @Nullable Instant endTime,
    @Nullable Instant changedOn) {}
