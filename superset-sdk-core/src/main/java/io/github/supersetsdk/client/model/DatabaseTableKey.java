package io.github.supersetsdk.client.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A primary key, foreign key or index of a database table.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the constraint's or index's name, or {@code null} when the database names none
 * @param type {@code pk}, {@code fk} or {@code index}, or {@code null}
 * @param columnNames the columns it covers; never null
 * @param referredSchema for a foreign key, the schema of the table it refers to, else {@code null}
 * @param referredTable for a foreign key, the table it refers to, else {@code null}
 * @param referredColumns for a foreign key, the columns it refers to; never null
 */
public record DatabaseTableKey(
    @Nullable String name,
    @Nullable String type,
    List<String> columnNames,
    @Nullable String referredSchema,
    @Nullable String referredTable,
    List<String> referredColumns) {

  /** Copies the lists; never null. */
  public DatabaseTableKey {
    columnNames = Copies.list(columnNames);
    referredColumns = Copies.list(referredColumns);
  }
}
