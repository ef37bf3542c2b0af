package io.github.supersetsdk.client.request;

import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.id.UserId;
import io.github.supersetsdk.client.internal.Copies;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A new dataset: a physical table or view ({@code tableName} in {@code schema}), or a virtual dataset
 * ({@code tableName} as its name, {@code sql} as its query).
 *
 * <pre>{@code
 * CreateDatasetRequest physical = CreateDatasetRequest.builder(warehouse, "fct_orders")
 *     .schema("marts")
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param database the database connection
 * @param tableName the table name, or the name of a virtual dataset
 * @param schema the schema of the table
 * @param catalog the catalog, for databases with several
 * @param sql the query of a virtual dataset
 * @param owners the owners; the caller when empty
 * @param externalUrl the URL of the external tool that owns the dataset
 * @param isManagedExternally whether an external tool owns the dataset
 * @param templateParams Jinja template parameters as JSON text
 * @param normalizeColumns whether column names are normalized
 * @param alwaysFilterMainDttm whether queries always filter on the main temporal column
 * @param uuid a fixed UUID, e.g. to keep it stable across environments
 */
public record CreateDatasetRequest(
    DatabaseId database,
    String tableName,
    @Nullable String schema,
    @Nullable String catalog,
    @Nullable String sql,
    List<UserId> owners,
    @Nullable String externalUrl,
    @Nullable Boolean isManagedExternally,
    @Nullable String templateParams,
    @Nullable Boolean normalizeColumns,
    @Nullable Boolean alwaysFilterMainDttm,
    @Nullable UUID uuid) {

  /**
   * Validates and copies the components.
   *
   * @param database the database connection
   * @param tableName the table name, or the name of a virtual dataset
   * @param schema the schema of the table
   * @param catalog the catalog, for databases with several
   * @param sql the query of a virtual dataset
   * @param owners the owners; the caller when empty
   * @param externalUrl the URL of the external tool that owns the dataset
   * @param isManagedExternally whether an external tool owns the dataset
   * @param templateParams Jinja template parameters as JSON text
   * @param normalizeColumns whether column names are normalized
   * @param alwaysFilterMainDttm whether queries always filter on the main temporal column
   * @param uuid a fixed UUID, e.g. to keep it stable across environments
   * @throws NullPointerException if a required component is null
   */
  public CreateDatasetRequest {
    Objects.requireNonNull(database, "database");
    Objects.requireNonNull(tableName, "tableName");
    owners = Copies.list(owners);
  }

  /**
   * Returns a builder with the required fields set.
   *
   * @param database the database connection
   * @param tableName the table name, or the name of a virtual dataset
   * @return a new builder
   * @throws NullPointerException if an argument is null
   */
  public static Builder builder(DatabaseId database, String tableName) {
    Builder b = new Builder();
    b.database = Objects.requireNonNull(database, "database");
    b.tableName = Objects.requireNonNull(tableName, "tableName");
    return b;
  }

  /**
   * Returns a builder initialised from this request.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.database = database;
    b.tableName = tableName;
    b.schema = schema;
    b.catalog = catalog;
    b.sql = sql;
    b.owners = new ArrayList<>(owners);
    b.externalUrl = externalUrl;
    b.isManagedExternally = isManagedExternally;
    b.templateParams = templateParams;
    b.normalizeColumns = normalizeColumns;
    b.alwaysFilterMainDttm = alwaysFilterMainDttm;
    b.uuid = uuid;
    return b;
  }

  /**
   * A physical dataset for a table.
   *
   * @param database the database connection
   * @param schema the schema
   * @param tableName the table name
   * @return the request
   * @throws NullPointerException if an argument is null
   */
  public static CreateDatasetRequest table(DatabaseId database, String schema, String tableName) {
    return builder(database, tableName).schema(schema).build();
  }

  /** Builds a {@link CreateDatasetRequest}. Not thread-safe. */
  public static final class Builder {
    private @Nullable DatabaseId database;
    private @Nullable String tableName;
    private @Nullable String schema;
    private @Nullable String catalog;
    private @Nullable String sql;
    private List<UserId> owners = new ArrayList<>();
    private @Nullable String externalUrl;
    private @Nullable Boolean isManagedExternally;
    private @Nullable String templateParams;
    private @Nullable Boolean normalizeColumns;
    private @Nullable Boolean alwaysFilterMainDttm;
    private @Nullable UUID uuid;

    private Builder() {}

    /**
     * Sets the database connection.
     *
     * @param database the value
     * @return this builder
     * @throws NullPointerException if {@code database} is null
     */
    public Builder database(DatabaseId database) {
      this.database = Objects.requireNonNull(database, "database");
      return this;
    }

    /**
     * Sets the table name, or the name of a virtual dataset.
     *
     * @param tableName the value
     * @return this builder
     * @throws NullPointerException if {@code tableName} is null
     */
    public Builder tableName(String tableName) {
      this.tableName = Objects.requireNonNull(tableName, "tableName");
      return this;
    }

    /**
     * Sets the schema of the table.
     *
     * @param schema the value
     * @return this builder
     * @throws NullPointerException if {@code schema} is null
     */
    public Builder schema(String schema) {
      this.schema = Objects.requireNonNull(schema, "schema");
      return this;
    }

    /**
     * Sets the catalog, for databases with several.
     *
     * @param catalog the value
     * @return this builder
     * @throws NullPointerException if {@code catalog} is null
     */
    public Builder catalog(String catalog) {
      this.catalog = Objects.requireNonNull(catalog, "catalog");
      return this;
    }

    /**
     * Sets the query of a virtual dataset.
     *
     * @param sql the value
     * @return this builder
     * @throws NullPointerException if {@code sql} is null
     */
    public Builder sql(String sql) {
      this.sql = Objects.requireNonNull(sql, "sql");
      return this;
    }

    /**
     * Sets the owners; the caller when empty.
     *
     * @param owners the value
     * @return this builder
     * @throws NullPointerException if {@code owners} is null
     */
    public Builder owners(List<UserId> owners) {
      this.owners = new ArrayList<>(Objects.requireNonNull(owners, "owners"));
      return this;
    }

    /**
     * Sets the URL of the external tool that owns the dataset.
     *
     * @param externalUrl the value
     * @return this builder
     * @throws NullPointerException if {@code externalUrl} is null
     */
    public Builder externalUrl(String externalUrl) {
      this.externalUrl = Objects.requireNonNull(externalUrl, "externalUrl");
      return this;
    }

    /**
     * Sets whether an external tool owns the dataset.
     *
     * @param isManagedExternally the value
     * @return this builder
     * @throws NullPointerException if {@code isManagedExternally} is null
     */
    public Builder isManagedExternally(boolean isManagedExternally) {
      this.isManagedExternally = isManagedExternally;
      return this;
    }

    /**
     * Sets jinja template parameters as JSON text.
     *
     * @param templateParams the value
     * @return this builder
     * @throws NullPointerException if {@code templateParams} is null
     */
    public Builder templateParams(String templateParams) {
      this.templateParams = Objects.requireNonNull(templateParams, "templateParams");
      return this;
    }

    /**
     * Sets whether column names are normalized.
     *
     * @param normalizeColumns the value
     * @return this builder
     * @throws NullPointerException if {@code normalizeColumns} is null
     */
    public Builder normalizeColumns(boolean normalizeColumns) {
      this.normalizeColumns = normalizeColumns;
      return this;
    }

    /**
     * Sets whether queries always filter on the main temporal column.
     *
     * @param alwaysFilterMainDttm the value
     * @return this builder
     * @throws NullPointerException if {@code alwaysFilterMainDttm} is null
     */
    public Builder alwaysFilterMainDttm(boolean alwaysFilterMainDttm) {
      this.alwaysFilterMainDttm = alwaysFilterMainDttm;
      return this;
    }

    /**
     * Sets a fixed UUID, e.g. to keep it stable across environments.
     *
     * @param uuid the value
     * @return this builder
     * @throws NullPointerException if {@code uuid} is null
     */
    public Builder uuid(UUID uuid) {
      this.uuid = Objects.requireNonNull(uuid, "uuid");
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws NullPointerException if a required field is missing
     */
    public CreateDatasetRequest build() {
      return new CreateDatasetRequest(database, tableName, schema, catalog, sql, owners, externalUrl, isManagedExternally, templateParams, normalizeColumns, alwaysFilterMainDttm, uuid);
    }
  }
}
