package io.github.supersetsdk.client.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A datasource whose cached chart data to invalidate, named by database, schema and table rather
 * than by id.
 *
 * <p>Immutable and thread-safe.
 *
 * @param datasourceType {@code table} for a dataset (also {@code query}, {@code saved_query},
 *     {@code view})
 * @param databaseName the database connection's name
 * @param schema the schema, or {@code null}
 * @param catalog the catalog, or {@code null}
 * @param datasourceName the table or dataset name
 */
public record CacheDatasource(
    String datasourceType,
    String databaseName,
    @Nullable String schema,
    @Nullable String catalog,
    String datasourceName) {

  /**
   * Validates the components.
   *
   * @throws NullPointerException if a required component is null
   */
  public CacheDatasource {
    Objects.requireNonNull(datasourceType, "datasourceType");
    Objects.requireNonNull(databaseName, "databaseName");
    Objects.requireNonNull(datasourceName, "datasourceName");
  }

  /**
   * {@return a dataset (a table datasource)}
   *
   * @param databaseName the database connection's name
   * @param schema the schema, or {@code null}
   * @param tableName the table or dataset name
   * @throws NullPointerException if {@code databaseName} or {@code tableName} is null
   */
  public static CacheDatasource table(String databaseName, @Nullable String schema, String tableName) {
    return new CacheDatasource("table", databaseName, schema, null, tableName);
  }
}
