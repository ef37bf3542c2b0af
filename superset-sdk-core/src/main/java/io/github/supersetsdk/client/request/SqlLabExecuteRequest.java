package io.github.supersetsdk.client.request;

import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.model.SqlLabResult;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A SQL statement to run in SQL Lab on a database connection that is exposed in SQL Lab.
 *
 * <pre>{@code
 * SqlLabExecuteRequest request = SqlLabExecuteRequest.builder(warehouse, "select count(*) as n from marts.fct_orders")
 *     .schema("marts")
 *     .limit(1000)
 *     .build();
 * SqlLabResult result = client.sqlLab().execute(request);
 * }</pre>
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
    @Nullable String tab) {

  /** The longest client id Superset stores. */
  public static final int MAX_CLIENT_ID_LENGTH = 11;

  /**
   * Validates the components.
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
   * @throws NullPointerException if {@code databaseId} or {@code sql} is null
   * @throws IllegalArgumentException if {@code sql} is blank, {@code limit} is not positive or
   *     {@code clientId} is blank or too long
   */
  public SqlLabExecuteRequest {
    Objects.requireNonNull(databaseId, "databaseId");
    Objects.requireNonNull(sql, "sql");
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
   * A request with only the database and the SQL text.
   *
   * @param databaseId the database connection
   * @param sql the SQL text
   * @return the request
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code sql} is blank
   */
  public static SqlLabExecuteRequest of(DatabaseId databaseId, String sql) {
    return builder(databaseId, sql).build();
  }

  /**
   * Returns a builder.
   *
   * @param databaseId the database connection
   * @param sql the SQL text
   * @return a new builder
   * @throws NullPointerException if an argument is null
   */
  public static Builder builder(DatabaseId databaseId, String sql) {
    return new Builder(Objects.requireNonNull(databaseId, "databaseId"), Objects.requireNonNull(sql, "sql"));
  }

  /**
   * Returns a builder initialised from this request.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(databaseId, sql);
    b.schema = schema;
    b.catalog = catalog;
    b.limit = limit;
    b.clientId = clientId;
    b.templateParams = templateParams;
    b.expandData = expandData;
    b.sqlEditorId = sqlEditorId;
    b.tab = tab;
    return b;
  }

  /** Builds a {@link SqlLabExecuteRequest}. Not thread-safe. */
  public static final class Builder {
    private final DatabaseId databaseId;
    private final String sql;
    private @Nullable String schema;
    private @Nullable String catalog;
    private @Nullable Integer limit;
    private @Nullable String clientId;
    private @Nullable String templateParams;
    private @Nullable Boolean expandData;
    private @Nullable String sqlEditorId;
    private @Nullable String tab;

    private Builder(DatabaseId databaseId, String sql) {
      this.databaseId = databaseId;
      this.sql = sql;
    }

    /**
     * Sets the default schema.
     *
     * @param schema the schema
     * @return this builder
     */
    public Builder schema(@Nullable String schema) {
      this.schema = schema;
      return this;
    }

    /**
     * Sets the default catalog.
     *
     * @param catalog the catalog
     * @return this builder
     */
    public Builder catalog(@Nullable String catalog) {
      this.catalog = catalog;
      return this;
    }

    /**
     * Sets the row limit.
     *
     * @param limit positive
     * @return this builder
     */
    public Builder limit(int limit) {
      this.limit = limit;
      return this;
    }

    /**
     * Sets the client-side id of the query, needed to stop it or export it as CSV later.
     *
     * @param clientId 1 to {@value SqlLabExecuteRequest#MAX_CLIENT_ID_LENGTH} characters
     * @return this builder
     */
    public Builder clientId(@Nullable String clientId) {
      this.clientId = clientId;
      return this;
    }

    /**
     * Sets Jinja template parameters.
     *
     * @param templateParams a JSON object as text, e.g. {@code {"tenant": 3}}
     * @return this builder
     */
    public Builder templateParams(@Nullable String templateParams) {
      this.templateParams = templateParams;
      return this;
    }

    /**
     * Sets whether nested types are expanded into columns.
     *
     * @param expandData whether to expand
     * @return this builder
     */
    public Builder expandData(boolean expandData) {
      this.expandData = expandData;
      return this;
    }

    /**
     * Sets the SQL Lab tab the query belongs to.
     *
     * @param sqlEditorId the tab's id
     * @param tab the tab's label
     * @return this builder
     */
    public Builder editorTab(@Nullable String sqlEditorId, @Nullable String tab) {
      this.sqlEditorId = sqlEditorId;
      this.tab = tab;
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws IllegalArgumentException if a value is invalid
     */
    public SqlLabExecuteRequest build() {
      return new SqlLabExecuteRequest(
          databaseId, sql, schema, catalog, limit, clientId, templateParams, expandData, sqlEditorId, tab);
    }
  }
}
