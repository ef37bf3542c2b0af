package io.github.supersetsdk.client.model;

import io.github.supersetsdk.client.id.DatasetId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A dataset: a table, view or SQL query of a database connection, with the columns and saved
 * metrics charts use. Items from {@code list} have no columns or metrics; {@code get} fills them.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the id
 * @param tableName the table name, or the name of a virtual dataset
 * @param schema the schema
 * @param catalog the catalog, for databases with several
 * @param database the database connection
 * @param sql the query of a virtual dataset, else {@code null}
 * @param description the description
 * @param kind {@code physical} or {@code virtual}
 * @param mainDttmCol the default temporal column
 * @param cacheTimeout the chart cache timeout in seconds, or {@code null} for the database's
 * @param isSqllabView whether it was saved from SQL Lab
 * @param isManagedExternally whether an external tool (such as a dbt sync) owns it
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
 * @param columns the columns; empty in list items
 * @param metrics the saved metrics; empty in list items
 * @param uuid the UUID, stable across export and import
 * @param changedOn when it last changed
 */
public record Dataset(
    DatasetId id,
    String tableName,
    @Nullable String schema,
    @Nullable String catalog,
    @Nullable DatabaseRef database,
    @Nullable String sql,
    @Nullable String description,
    @Nullable String kind,
    @Nullable String mainDttmCol,
    @Nullable Integer cacheTimeout,
    @Nullable Boolean isSqllabView,
    @Nullable Boolean isManagedExternally,
    @Nullable String externalUrl,
    @Nullable String templateParams,
    @Nullable String extra,
    @Nullable Boolean filterSelectEnabled,
    @Nullable Boolean normalizeColumns,
    @Nullable Boolean alwaysFilterMainDttm,
    @Nullable String fetchValuesPredicate,
    @Nullable String defaultEndpoint,
    @Nullable Integer offset,
    List<UserRef> owners,
    List<DatasetColumn> columns,
    List<DatasetMetric> metrics,
    @Nullable UUID uuid,
    @Nullable Instant changedOn) {

  /** Copies the lists; never null. */
  public Dataset {
    owners = Copies.list(owners);
    columns = Copies.list(columns);
    metrics = Copies.list(metrics);
  }

  /**
   * The column with the given name.
   *
   * @param name the column name
   * @return the column, or {@code null} if the dataset has none by that name
   */
  public @Nullable DatasetColumn column(String name) {
    for (DatasetColumn c : columns) {
      if (c.columnName().equals(name)) {
        return c;
      }
    }
    return null;
  }

  /**
   * The saved metric with the given name.
   *
   * @param name the metric name
   * @return the metric, or {@code null} if the dataset has none by that name
   */
  public @Nullable DatasetMetric metric(String name) {
    for (DatasetMetric m : metrics) {
      if (m.metricName().equals(name)) {
        return m;
      }
    }
    return null;
  }
}
