package io.github.supersetsdk.client.request;

import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.id.UserId;
import io.github.supersetsdk.client.model.Dataset;
import java.util.List;
import java.util.Objects;

/**
 * A partial update of a dataset: only fields that are set or cleared are sent.
 *
 * <p>{@code columns} and {@code metrics} replace the dataset's whole lists. To add one metric, send the
 * existing ones too:
 *
 * <pre>{@code
 * Dataset current = client.datasets().get(id);
 * List<DatasetMetricUpdate> metrics = new ArrayList<>();
 * current.metrics().forEach(m -> metrics.add(m.toUpdate()));
 * metrics.add(DatasetMetricUpdate.builder("revenue", "SUM(amount)").d3format(",.2f").build());
 * client.datasets().update(id, UpdateDatasetRequest.builder().metrics(metrics).build());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param tableName the table name
 * @param schema the schema
 * @param catalog the catalog
 * @param databaseId the database connection
 * @param sql the query of a virtual dataset
 * @param description the description
 * @param mainDttmCol the default temporal column
 * @param cacheTimeout the chart cache timeout in seconds
 * @param isSqllabView whether it counts as saved from SQL Lab
 * @param isManagedExternally whether an external tool owns it
 * @param externalUrl the URL of the external tool that owns it
 * @param templateParams Jinja template parameters as JSON text
 * @param extra the {@code extra} JSON document as text
 * @param filterSelectEnabled whether filter values are offered from the data
 * @param normalizeColumns whether column names are normalized
 * @param alwaysFilterMainDttm whether queries always filter on the main temporal column
 * @param fetchValuesPredicate the predicate applied when fetching filter values
 * @param defaultEndpoint the URL opened instead of Explore
 * @param offset the timezone offset in hours
 * @param owners the owners
 * @param columns the complete column list: entries with an id update that column, entries without one add a column, and columns left out are deleted
 * @param metrics the complete metric list: entries with an id update that metric, entries without one add a metric, and metrics left out are deleted
 */
public record UpdateDatasetRequest(
    Change<String> tableName,
    Change<String> schema,
    Change<String> catalog,
    Change<DatabaseId> databaseId,
    Change<String> sql,
    Change<String> description,
    Change<String> mainDttmCol,
    Change<Integer> cacheTimeout,
    Change<Boolean> isSqllabView,
    Change<Boolean> isManagedExternally,
    Change<String> externalUrl,
    Change<String> templateParams,
    Change<String> extra,
    Change<Boolean> filterSelectEnabled,
    Change<Boolean> normalizeColumns,
    Change<Boolean> alwaysFilterMainDttm,
    Change<String> fetchValuesPredicate,
    Change<String> defaultEndpoint,
    Change<Integer> offset,
    Change<List<UserId>> owners,
    Change<List<DatasetColumnUpdate>> columns,
    Change<List<DatasetMetricUpdate>> metrics) {

  /**
   * Validates the components.
   *
   * @param tableName the table name
   * @param schema the schema
   * @param catalog the catalog
   * @param databaseId the database connection
   * @param sql the query of a virtual dataset
   * @param description the description
   * @param mainDttmCol the default temporal column
   * @param cacheTimeout the chart cache timeout in seconds
   * @param isSqllabView whether it counts as saved from SQL Lab
   * @param isManagedExternally whether an external tool owns it
   * @param externalUrl the URL of the external tool that owns it
   * @param templateParams Jinja template parameters as JSON text
   * @param extra the {@code extra} JSON document as text
   * @param filterSelectEnabled whether filter values are offered from the data
   * @param normalizeColumns whether column names are normalized
   * @param alwaysFilterMainDttm whether queries always filter on the main temporal column
   * @param fetchValuesPredicate the predicate applied when fetching filter values
   * @param defaultEndpoint the URL opened instead of Explore
   * @param offset the timezone offset in hours
   * @param owners the owners
   * @param columns the complete column list: entries with an id update that column, entries without one add a column, and columns left out are deleted
   * @param metrics the complete metric list: entries with an id update that metric, entries without one add a metric, and metrics left out are deleted
   * @throws NullPointerException if a component is null; use {@link Change#unchanged()}
   */
  public UpdateDatasetRequest {
    Objects.requireNonNull(tableName, "tableName");
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(databaseId, "databaseId");
    Objects.requireNonNull(sql, "sql");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(mainDttmCol, "mainDttmCol");
    Objects.requireNonNull(cacheTimeout, "cacheTimeout");
    Objects.requireNonNull(isSqllabView, "isSqllabView");
    Objects.requireNonNull(isManagedExternally, "isManagedExternally");
    Objects.requireNonNull(externalUrl, "externalUrl");
    Objects.requireNonNull(templateParams, "templateParams");
    Objects.requireNonNull(extra, "extra");
    Objects.requireNonNull(filterSelectEnabled, "filterSelectEnabled");
    Objects.requireNonNull(normalizeColumns, "normalizeColumns");
    Objects.requireNonNull(alwaysFilterMainDttm, "alwaysFilterMainDttm");
    Objects.requireNonNull(fetchValuesPredicate, "fetchValuesPredicate");
    Objects.requireNonNull(defaultEndpoint, "defaultEndpoint");
    Objects.requireNonNull(offset, "offset");
    Objects.requireNonNull(owners, "owners");
    Objects.requireNonNull(columns, "columns");
    Objects.requireNonNull(metrics, "metrics");
  }

  /**
   * Returns a builder in which every field is unchanged.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialised from this request.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.tableName = tableName;
    b.schema = schema;
    b.catalog = catalog;
    b.databaseId = databaseId;
    b.sql = sql;
    b.description = description;
    b.mainDttmCol = mainDttmCol;
    b.cacheTimeout = cacheTimeout;
    b.isSqllabView = isSqllabView;
    b.isManagedExternally = isManagedExternally;
    b.externalUrl = externalUrl;
    b.templateParams = templateParams;
    b.extra = extra;
    b.filterSelectEnabled = filterSelectEnabled;
    b.normalizeColumns = normalizeColumns;
    b.alwaysFilterMainDttm = alwaysFilterMainDttm;
    b.fetchValuesPredicate = fetchValuesPredicate;
    b.defaultEndpoint = defaultEndpoint;
    b.offset = offset;
    b.owners = owners;
    b.columns = columns;
    b.metrics = metrics;
    return b;
  }

  /**
   * Whether the request changes nothing.
   *
   * @return {@code true} if every field is unchanged
   */
  public boolean isEmpty() {
    return tableName.isUnchanged()
        && schema.isUnchanged()
        && catalog.isUnchanged()
        && databaseId.isUnchanged()
        && sql.isUnchanged()
        && description.isUnchanged()
        && mainDttmCol.isUnchanged()
        && cacheTimeout.isUnchanged()
        && isSqllabView.isUnchanged()
        && isManagedExternally.isUnchanged()
        && externalUrl.isUnchanged()
        && templateParams.isUnchanged()
        && extra.isUnchanged()
        && filterSelectEnabled.isUnchanged()
        && normalizeColumns.isUnchanged()
        && alwaysFilterMainDttm.isUnchanged()
        && fetchValuesPredicate.isUnchanged()
        && defaultEndpoint.isUnchanged()
        && offset.isUnchanged()
        && owners.isUnchanged()
        && columns.isUnchanged()
        && metrics.isUnchanged();
  }

  /** Builds an {@link UpdateDatasetRequest}; fields not mentioned stay unchanged. Not thread-safe. */
  public static final class Builder {
    private Change<String> tableName = Change.unchanged();
    private Change<String> schema = Change.unchanged();
    private Change<String> catalog = Change.unchanged();
    private Change<DatabaseId> databaseId = Change.unchanged();
    private Change<String> sql = Change.unchanged();
    private Change<String> description = Change.unchanged();
    private Change<String> mainDttmCol = Change.unchanged();
    private Change<Integer> cacheTimeout = Change.unchanged();
    private Change<Boolean> isSqllabView = Change.unchanged();
    private Change<Boolean> isManagedExternally = Change.unchanged();
    private Change<String> externalUrl = Change.unchanged();
    private Change<String> templateParams = Change.unchanged();
    private Change<String> extra = Change.unchanged();
    private Change<Boolean> filterSelectEnabled = Change.unchanged();
    private Change<Boolean> normalizeColumns = Change.unchanged();
    private Change<Boolean> alwaysFilterMainDttm = Change.unchanged();
    private Change<String> fetchValuesPredicate = Change.unchanged();
    private Change<String> defaultEndpoint = Change.unchanged();
    private Change<Integer> offset = Change.unchanged();
    private Change<List<UserId>> owners = Change.unchanged();
    private Change<List<DatasetColumnUpdate>> columns = Change.unchanged();
    private Change<List<DatasetMetricUpdate>> metrics = Change.unchanged();

    private Builder() {}

    /**
     * Sets the table name.
     *
     * @param tableName the new value
     * @return this builder
     * @throws NullPointerException if {@code tableName} is null
     */
    public Builder tableName(String tableName) {
      this.tableName = Change.set(tableName);
      return this;
    }

    /**
     * Sets the schema.
     *
     * @param schema the new value
     * @return this builder
     * @throws NullPointerException if {@code schema} is null
     */
    public Builder schema(String schema) {
      this.schema = Change.set(schema);
      return this;
    }

    /**
     * Clears the schema (sends JSON {@code null}).
     *
     * @return this builder
     */
    public Builder clearSchema() {
      this.schema = Change.clear();
      return this;
    }

    /**
     * Sets the catalog.
     *
     * @param catalog the new value
     * @return this builder
     * @throws NullPointerException if {@code catalog} is null
     */
    public Builder catalog(String catalog) {
      this.catalog = Change.set(catalog);
      return this;
    }

    /**
     * Clears the catalog (sends JSON {@code null}).
     *
     * @return this builder
     */
    public Builder clearCatalog() {
      this.catalog = Change.clear();
      return this;
    }

    /**
     * Sets the database connection.
     *
     * @param databaseId the new value
     * @return this builder
     * @throws NullPointerException if {@code databaseId} is null
     */
    public Builder databaseId(DatabaseId databaseId) {
      this.databaseId = Change.set(databaseId);
      return this;
    }

    /**
     * Sets the query of a virtual dataset.
     *
     * @param sql the new value
     * @return this builder
     * @throws NullPointerException if {@code sql} is null
     */
    public Builder sql(String sql) {
      this.sql = Change.set(sql);
      return this;
    }

    /**
     * Clears the query of a virtual dataset (sends JSON {@code null}).
     *
     * @return this builder
     */
    public Builder clearSql() {
      this.sql = Change.clear();
      return this;
    }

    /**
     * Sets the description.
     *
     * @param description the new value
     * @return this builder
     * @throws NullPointerException if {@code description} is null
     */
    public Builder description(String description) {
      this.description = Change.set(description);
      return this;
    }

    /**
     * Clears the description (sends JSON {@code null}).
     *
     * @return this builder
     */
    public Builder clearDescription() {
      this.description = Change.clear();
      return this;
    }

    /**
     * Sets the default temporal column.
     *
     * @param mainDttmCol the new value
     * @return this builder
     * @throws NullPointerException if {@code mainDttmCol} is null
     */
    public Builder mainDttmCol(String mainDttmCol) {
      this.mainDttmCol = Change.set(mainDttmCol);
      return this;
    }

    /**
     * Clears the default temporal column (sends JSON {@code null}).
     *
     * @return this builder
     */
    public Builder clearMainDttmCol() {
      this.mainDttmCol = Change.clear();
      return this;
    }

    /**
     * Sets the chart cache timeout in seconds.
     *
     * @param cacheTimeout the new value
     * @return this builder
     */
    public Builder cacheTimeout(int cacheTimeout) {
      this.cacheTimeout = Change.set(cacheTimeout);
      return this;
    }

    /**
     * Clears the chart cache timeout in seconds (sends JSON {@code null}).
     *
     * @return this builder
     */
    public Builder clearCacheTimeout() {
      this.cacheTimeout = Change.clear();
      return this;
    }

    /**
     * Sets whether it counts as saved from SQL Lab.
     *
     * @param isSqllabView the new value
     * @return this builder
     */
    public Builder isSqllabView(boolean isSqllabView) {
      this.isSqllabView = Change.set(isSqllabView);
      return this;
    }

    /**
     * Clears whether it counts as saved from SQL Lab (sends JSON {@code null}).
     *
     * @return this builder
     */
    public Builder clearIsSqllabView() {
      this.isSqllabView = Change.clear();
      return this;
    }

    /**
     * Sets whether an external tool owns it.
     *
     * @param isManagedExternally the new value
     * @return this builder
     */
    public Builder isManagedExternally(boolean isManagedExternally) {
      this.isManagedExternally = Change.set(isManagedExternally);
      return this;
    }

    /**
     * Clears whether an external tool owns it (sends JSON {@code null}).
     *
     * @return this builder
     */
    public Builder clearIsManagedExternally() {
      this.isManagedExternally = Change.clear();
      return this;
    }

    /**
     * Sets the URL of the external tool that owns it.
     *
     * @param externalUrl the new value
     * @return this builder
     * @throws NullPointerException if {@code externalUrl} is null
     */
    public Builder externalUrl(String externalUrl) {
      this.externalUrl = Change.set(externalUrl);
      return this;
    }

    /**
     * Clears the URL of the external tool that owns it (sends JSON {@code null}).
     *
     * @return this builder
     */
    public Builder clearExternalUrl() {
      this.externalUrl = Change.clear();
      return this;
    }

    /**
     * Sets jinja template parameters as JSON text.
     *
     * @param templateParams the new value
     * @return this builder
     * @throws NullPointerException if {@code templateParams} is null
     */
    public Builder templateParams(String templateParams) {
      this.templateParams = Change.set(templateParams);
      return this;
    }

    /**
     * Clears jinja template parameters as JSON text (sends JSON {@code null}).
     *
     * @return this builder
     */
    public Builder clearTemplateParams() {
      this.templateParams = Change.clear();
      return this;
    }

    /**
     * Sets the {@code extra} JSON document as text.
     *
     * @param extra the new value
     * @return this builder
     * @throws NullPointerException if {@code extra} is null
     */
    public Builder extra(String extra) {
      this.extra = Change.set(extra);
      return this;
    }

    /**
     * Clears the {@code extra} JSON document as text (sends JSON {@code null}).
     *
     * @return this builder
     */
    public Builder clearExtra() {
      this.extra = Change.clear();
      return this;
    }

    /**
     * Sets whether filter values are offered from the data.
     *
     * @param filterSelectEnabled the new value
     * @return this builder
     */
    public Builder filterSelectEnabled(boolean filterSelectEnabled) {
      this.filterSelectEnabled = Change.set(filterSelectEnabled);
      return this;
    }

    /**
     * Clears whether filter values are offered from the data (sends JSON {@code null}).
     *
     * @return this builder
     */
    public Builder clearFilterSelectEnabled() {
      this.filterSelectEnabled = Change.clear();
      return this;
    }

    /**
     * Sets whether column names are normalized.
     *
     * @param normalizeColumns the new value
     * @return this builder
     */
    public Builder normalizeColumns(boolean normalizeColumns) {
      this.normalizeColumns = Change.set(normalizeColumns);
      return this;
    }

    /**
     * Clears whether column names are normalized (sends JSON {@code null}).
     *
     * @return this builder
     */
    public Builder clearNormalizeColumns() {
      this.normalizeColumns = Change.clear();
      return this;
    }

    /**
     * Sets whether queries always filter on the main temporal column.
     *
     * @param alwaysFilterMainDttm the new value
     * @return this builder
     */
    public Builder alwaysFilterMainDttm(boolean alwaysFilterMainDttm) {
      this.alwaysFilterMainDttm = Change.set(alwaysFilterMainDttm);
      return this;
    }

    /**
     * Sets the predicate applied when fetching filter values.
     *
     * @param fetchValuesPredicate the new value
     * @return this builder
     * @throws NullPointerException if {@code fetchValuesPredicate} is null
     */
    public Builder fetchValuesPredicate(String fetchValuesPredicate) {
      this.fetchValuesPredicate = Change.set(fetchValuesPredicate);
      return this;
    }

    /**
     * Clears the predicate applied when fetching filter values (sends JSON {@code null}).
     *
     * @return this builder
     */
    public Builder clearFetchValuesPredicate() {
      this.fetchValuesPredicate = Change.clear();
      return this;
    }

    /**
     * Sets the URL opened instead of Explore.
     *
     * @param defaultEndpoint the new value
     * @return this builder
     * @throws NullPointerException if {@code defaultEndpoint} is null
     */
    public Builder defaultEndpoint(String defaultEndpoint) {
      this.defaultEndpoint = Change.set(defaultEndpoint);
      return this;
    }

    /**
     * Clears the URL opened instead of Explore (sends JSON {@code null}).
     *
     * @return this builder
     */
    public Builder clearDefaultEndpoint() {
      this.defaultEndpoint = Change.clear();
      return this;
    }

    /**
     * Sets the timezone offset in hours.
     *
     * @param offset the new value
     * @return this builder
     */
    public Builder offset(int offset) {
      this.offset = Change.set(offset);
      return this;
    }

    /**
     * Clears the timezone offset in hours (sends JSON {@code null}).
     *
     * @return this builder
     */
    public Builder clearOffset() {
      this.offset = Change.clear();
      return this;
    }

    /**
     * Sets the owners.
     *
     * @param owners the new value
     * @return this builder
     * @throws NullPointerException if {@code owners} is null
     */
    public Builder owners(List<UserId> owners) {
      this.owners = Change.set(owners);
      return this;
    }

    /**
     * Sets the complete column list: entries with an id update that column, entries without one add a column, and columns left out are deleted.
     *
     * @param columns the new value
     * @return this builder
     * @throws NullPointerException if {@code columns} is null
     */
    public Builder columns(List<DatasetColumnUpdate> columns) {
      this.columns = Change.set(columns);
      return this;
    }

    /**
     * Sets the complete metric list: entries with an id update that metric, entries without one add a metric, and metrics left out are deleted.
     *
     * @param metrics the new value
     * @return this builder
     * @throws NullPointerException if {@code metrics} is null
     */
    public Builder metrics(List<DatasetMetricUpdate> metrics) {
      this.metrics = Change.set(metrics);
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     */
    public UpdateDatasetRequest build() {
      return new UpdateDatasetRequest(tableName, schema, catalog, databaseId, sql, description, mainDttmCol, cacheTimeout, isSqllabView, isManagedExternally, externalUrl, templateParams, extra, filterSelectEnabled, normalizeColumns, alwaysFilterMainDttm, fetchValuesPredicate, defaultEndpoint, offset, owners, columns, metrics);
    }
  }
}
