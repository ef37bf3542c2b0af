package io.github.supersetsdk.client.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a database reports about one table: its columns, keys and indexes, and the {@code SELECT *}
 * statement Superset would run on it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the table name
 * @param columns the columns in table order; never null
 * @param selectStar a {@code SELECT *} statement for the table, or {@code null}
 * @param primaryKey the primary key, or {@code null} if the table has none
 * @param foreignKeys the foreign keys; never null
 * @param indexes the indexes; never null
 * @param comment the table's comment in the database, or {@code null}
 */
public record DatabaseTableMetadata(
    String name,
    List<DatabaseTableColumn> columns,
    @Nullable String selectStar,
    @Nullable DatabaseTableKey primaryKey,
    List<DatabaseTableKey> foreignKeys,
    List<DatabaseTableKey> indexes,
    @Nullable String comment) {

  /** Copies the lists; never null. */
  public DatabaseTableMetadata {
    columns = Copies.list(columns);
    foreignKeys = Copies.list(foreignKeys);
    indexes = Copies.list(indexes);
  }

  /**
   * The column with this name.
   *
   * @param columnName the column name, compared exactly
   * @return the column, or {@code null} if the table has none by that name
   */
  public @Nullable DatabaseTableColumn column(String columnName) {
    for (DatabaseTableColumn c : columns) {
      if (c.name().equals(columnName)) {
        return c;
      }
    }
    return null;
  }
}
