package io.github.supersetsdk.client.request;

import io.github.supersetsdk.client.id.DatabaseId;
import java.util.Objects;

/**
 * A partial update of a saved query: only fields that are set or cleared are sent.
 *
 * <pre>{@code
 * client.savedQueries().update(id, UpdateSavedQueryRequest.builder().sql("select 2").clearDescription().build());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param dbId the database connection
 * @param label the name
 * @param sql the SQL text
 * @param schema the default schema
 * @param catalog the default catalog
 * @param description the description
 * @param templateParameters Jinja template parameters as JSON text
 */
public record UpdateSavedQueryRequest(
    Change<DatabaseId> dbId,
    Change<String> label,
    Change<String> sql,
    Change<String> schema,
    Change<String> catalog,
    Change<String> description,
    Change<String> templateParameters) {

  /**
   * Validates the components.
   *
   * @param dbId the database connection
   * @param label the name
   * @param sql the SQL text
   * @param schema the default schema
   * @param catalog the default catalog
   * @param description the description
   * @param templateParameters Jinja template parameters as JSON text
   * @throws NullPointerException if a component is null
   */
  public UpdateSavedQueryRequest {
    Objects.requireNonNull(dbId, "dbId");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(sql, "sql");
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(templateParameters, "templateParameters");
  }

  /**
   * Returns a builder that changes nothing yet.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Whether the update changes nothing.
   *
   * @return {@code true} if every field is unchanged
   */
  public boolean isEmpty() {
    return dbId.isUnchanged() && label.isUnchanged() && sql.isUnchanged() && schema.isUnchanged()
        && catalog.isUnchanged() && description.isUnchanged() && templateParameters.isUnchanged();
  }

  /** Builds an {@link UpdateSavedQueryRequest}. Not thread-safe. */
  public static final class Builder {
    private Change<DatabaseId> dbId = Change.unchanged();
    private Change<String> label = Change.unchanged();
    private Change<String> sql = Change.unchanged();
    private Change<String> schema = Change.unchanged();
    private Change<String> catalog = Change.unchanged();
    private Change<String> description = Change.unchanged();
    private Change<String> templateParameters = Change.unchanged();

    private Builder() {}

    /**
     * Moves the query to another database connection.
     *
     * @param databaseId the connection
     * @return this builder
     * @throws NullPointerException if {@code databaseId} is null
     */
    public Builder database(DatabaseId databaseId) {
      this.dbId = Change.set(databaseId);
      return this;
    }

    /**
     * Renames the query.
     *
     * @param label the new name
     * @return this builder
     * @throws NullPointerException if {@code label} is null
     */
    public Builder label(String label) {
      this.label = Change.set(label);
      return this;
    }

    /**
     * Replaces the SQL text.
     *
     * @param sql the new text
     * @return this builder
     * @throws NullPointerException if {@code sql} is null
     */
    public Builder sql(String sql) {
      this.sql = Change.set(sql);
      return this;
    }

    /**
     * Sets the default schema.
     *
     * @param schema the schema
     * @return this builder
     * @throws NullPointerException if {@code schema} is null
     */
    public Builder schema(String schema) {
      this.schema = Change.set(schema);
      return this;
    }

    /**
     * Clears the default schema.
     *
     * @return this builder
     */
    public Builder clearSchema() {
      this.schema = Change.clear();
      return this;
    }

    /**
     * Sets the default catalog.
     *
     * @param catalog the catalog
     * @return this builder
     * @throws NullPointerException if {@code catalog} is null
     */
    public Builder catalog(String catalog) {
      this.catalog = Change.set(catalog);
      return this;
    }

    /**
     * Sets the description.
     *
     * @param description the description
     * @return this builder
     * @throws NullPointerException if {@code description} is null
     */
    public Builder description(String description) {
      this.description = Change.set(description);
      return this;
    }

    /**
     * Clears the description.
     *
     * @return this builder
     */
    public Builder clearDescription() {
      this.description = Change.clear();
      return this;
    }

    /**
     * Sets the Jinja template parameters.
     *
     * @param templateParameters a JSON object as text
     * @return this builder
     * @throws NullPointerException if {@code templateParameters} is null
     */
    public Builder templateParameters(String templateParameters) {
      this.templateParameters = Change.set(templateParameters);
      return this;
    }

    /**
     * Builds the update.
     *
     * @return the update
     */
    public UpdateSavedQueryRequest build() {
      return new UpdateSavedQueryRequest(dbId, label, sql, schema, catalog, description, templateParameters);
    }
  }
}
