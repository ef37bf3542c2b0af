package io.github.supersetsdk.client.request;

import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.id.SavedQueryId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A saved query to create.
 *
 * <pre>{@code
 * SavedQueryId id = client.savedQueries().create(
 *     CreateSavedQueryRequest.builder(warehouse, "Orders per tenant", "select tenant_id, count(*) from marts.fct_orders group by 1")
 *         .schema("marts")
 *         .build());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param dbId the database connection
 * @param label the name
 * @param sql the SQL text
 * @param schema the default schema, or {@code null}
 * @param catalog the default catalog, or {@code null}
 * @param description the description, or {@code null}
 * @param templateParameters Jinja template parameters as JSON text, or {@code null}
 */
public record CreateSavedQueryRequest(
    DatabaseId dbId,
    String label,
    String sql,
    @Nullable String schema,
    @Nullable String catalog,
    @Nullable String description,
    @Nullable String templateParameters) {

  /**
   * Validates the components.
   *
   * @param dbId the database connection
   * @param label the name
   * @param sql the SQL text
   * @param schema the default schema, or {@code null}
   * @param catalog the default catalog, or {@code null}
   * @param description the description, or {@code null}
   * @param templateParameters Jinja template parameters as JSON text, or {@code null}
   * @throws NullPointerException if {@code dbId}, {@code label} or {@code sql} is null
   * @throws IllegalArgumentException if {@code label} is blank
   */
  public CreateSavedQueryRequest {
    Objects.requireNonNull(dbId, "dbId");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(sql, "sql");
    if (label.isBlank()) {
      throw new IllegalArgumentException("label is blank");
    }
  }

  /**
   * Returns a builder.
   *
   * @param databaseId the database connection
   * @param label the name
   * @param sql the SQL text
   * @return a new builder
   * @throws NullPointerException if an argument is null
   */
  public static Builder builder(DatabaseId databaseId, String label, String sql) {
    return new Builder(Objects.requireNonNull(databaseId, "databaseId"), Objects.requireNonNull(label, "label"),
        Objects.requireNonNull(sql, "sql"));
  }

  /** Builds a {@link CreateSavedQueryRequest}. Not thread-safe. */
  public static final class Builder {
    private final DatabaseId databaseId;
    private final String label;
    private final String sql;
    private @Nullable String schema;
    private @Nullable String catalog;
    private @Nullable String description;
    private @Nullable String templateParameters;

    private Builder(DatabaseId databaseId, String label, String sql) {
      this.databaseId = databaseId;
      this.label = label;
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
     * Sets the description.
     *
     * @param description the description
     * @return this builder
     */
    public Builder description(@Nullable String description) {
      this.description = description;
      return this;
    }

    /**
     * Sets Jinja template parameters.
     *
     * @param templateParameters a JSON object as text
     * @return this builder
     */
    public Builder templateParameters(@Nullable String templateParameters) {
      this.templateParameters = templateParameters;
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws IllegalArgumentException if the label is blank
     */
    public CreateSavedQueryRequest build() {
      return new CreateSavedQueryRequest(databaseId, label, sql, schema, catalog, description, templateParameters);
    }
  }
}
