package io.github.supersetsdk.client.request;

import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.model.SqlLabResult;
import io.github.supersetsdk.codegen.GeneratedBuilder;
import org.jspecify.annotations.Nullable;

/**
 * A SQL statement to run in SQL Lab on a database connection that is exposed in SQL Lab.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.RequestSnippets region=SqlLabExecuteRequest}
 *
 * <p>The SDK always runs the statement synchronously ({@code runAsync: false}); asynchronous
 * execution needs Celery workers and a results backend on the server. Immutable and thread-safe.
 *
 * @param databaseId the database connection
 * @param sql the SQL text; several statements separated by {@code ;} are allowed if the database
 *     allows them
 * @param schema the default schema, or {@code null} for the connection's
 * @param catalog the default catalog, for databases with several, or {@code null}
 * @param limit the row limit SQL Lab applies, or {@code null} for the server's default
 * @param clientId the client-side id of the query (at most 11 characters), later used by {@code
 *     stop} and the CSV export; {@code null} lets the server choose one
 * @param templateParams Jinja template parameters as a JSON object text, or {@code null}
 * @param expandData whether nested types are expanded into columns, or {@code null} for the default
 * @param sqlEditorId the SQL Lab tab the query belongs to, or {@code null}
 * @param tab the tab's label, or {@code null}
 */
@GeneratedBuilder
public record SqlLabExecuteRequest(
    DatabaseId databaseId,
    String sql,
    @Nullable String schema,
    @Nullable String catalog,
    @Nullable Integer limit,
    @Nullable String clientId,
    @Nullable String templateParams,
    @Nullable Boolean expandData,
    @Nullable String sqlEditorId,
    @Nullable String tab) implements SqlLabExecuteRequestBuilder.Methods {

  /** The longest client id Superset stores. */
  public static final int MAX_CLIENT_ID_LENGTH = 11;

  /**
   * Validates the components.
   *
   * @throws NullPointerException if {@code databaseId} or {@code sql} is null
   * @throws IllegalArgumentException if {@code sql} is blank, {@code limit} is not positive or
   *     {@code clientId} is blank or too long
   */
  public SqlLabExecuteRequest {
    if (sql.isBlank()) {
      throw new IllegalArgumentException("sql is blank");
    }
    if (limit != null && limit < 1) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
    if (clientId != null && (clientId.isBlank() || clientId.length() > MAX_CLIENT_ID_LENGTH)) {
      throw new IllegalArgumentException("clientId must have 1 to " + MAX_CLIENT_ID_LENGTH + " characters");
    }
  }

  /**
   * {@return a request with only the database and the SQL text}
   *
   * @param databaseId the database connection
   * @param sql the SQL text
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code sql} is blank
   */
  public static SqlLabExecuteRequest of(DatabaseId databaseId, String sql) {
    return builder(databaseId, sql).build();
  }

  /**
   * {@return a new builder}
   *
   * @param databaseId the database connection
   * @param sql the SQL text
   * @throws NullPointerException if an argument is null
   */
  public static Builder builder(DatabaseId databaseId, String sql) {
    return SqlLabExecuteRequestBuilder.create(databaseId, sql);
  }

  /** Builds a {@link SqlLabExecuteRequest}. Not thread-safe. */
  public static final class Builder extends SqlLabExecuteRequestBuilder {
    Builder() {}

    /**
     * Sets the SQL Lab tab the query belongs to.
     *
     * @param sqlEditorId the tab's id, or {@code null}
     * @param tab the tab's label, or {@code null}
     * @return this builder
     */
    public Builder editorTab(@Nullable String sqlEditorId, @Nullable String tab) {
      this.sqlEditorId = sqlEditorId;
      this.tab = tab;
      return this;
    }
  }
}
