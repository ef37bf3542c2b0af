package io.github.supersetsdk.sync.internal;

import io.github.supersetsdk.dbt.catalog.CatalogTable;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What dbt says one dataset should be, flattened into field paths so that diffing, hashing and
 * hand-edit protection work the same for every field.
 *
 * @param uniqueId the dbt unique_id
 * @param schema the relation's schema
 * @param table the relation's identifier (alias honoured)
 * @param fields field path to value; a null value clears the field (replace mode only)
 * @param columnNames lower-cased name of a table column dbt describes to the name to create it with
 * @param calculatedColumns the calculated columns dbt defines (dimensions with an expression), by name
 * @param metricNames the metrics dbt defines, in order
 * @param columnCount the number of columns dbt documents or defines
 * @param notes what cannot be mapped and why
 * @param hash the hash of everything above plus the mode
 * @param catalogTable the relation's catalog.json entry, or null (not part of the hash)
 */
public record Desired(
    String uniqueId,
    @Nullable String schema,
    String table,
    Map<String, @Nullable String> fields,
    Map<String, String> columnNames,
    List<String> calculatedColumns,
    List<String> metricNames,
    int columnCount,
    List<String> notes,
    String hash,
    @Nullable CatalogTable catalogTable) {

  /** The relation as {@code schema.table}. */
  public String relation() {
    return schema == null ? table : schema + "." + table;
  }
}
