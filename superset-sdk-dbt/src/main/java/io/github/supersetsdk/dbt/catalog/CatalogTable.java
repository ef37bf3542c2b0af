package io.github.supersetsdk.dbt.catalog;

import io.github.supersetsdk.dbt.internal.Immutables;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A table or view in the catalog. Immutable and thread-safe.
 *
 * @param uniqueId the node or source it belongs to
 * @param type the relation type, such as {@code BASE TABLE} or {@code VIEW}
 * @param database the database, or {@code null}
 * @param schema the schema
 * @param name the relation name
 * @param comment the relation comment, or {@code null}
 * @param owner the owner, or {@code null}
 * @param columns the columns by name, in warehouse order
 */
public record CatalogTable(
    String uniqueId,
    String type,
    @Nullable String database,
    String schema,
    String name,
    @Nullable String comment,
    @Nullable String owner,
    Map<String, CatalogColumn> columns) {

  /**
   * Validates and copies the components.
   *
   * @throws NullPointerException if {@code uniqueId} is null
   */
  public CatalogTable {
    Objects.requireNonNull(uniqueId, "uniqueId");
    type = type == null ? "" : type;
    schema = schema == null ? "" : schema;
    name = name == null ? "" : name;
    columns = Immutables.orderedMap(columns);
  }
}
