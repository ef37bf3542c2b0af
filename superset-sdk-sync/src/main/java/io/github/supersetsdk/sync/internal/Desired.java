package io.github.supersetsdk.sync.internal;

import io.github.supersetsdk.dbt.catalog.CatalogTable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What dbt says one dataset should be, flattened into field paths so that diffing, hashing and
 * hand-edit protection work the same for every field.
 *
 * @param uniqueId the dbt unique_id
 * @param schema the relation's schema
 * @param table the relation's identifier (alias honoured)
 * @param fields field path to value; a null value clears the field (replace mode only)
 * @param columnNames the key (see {@link #columnKey}) of a table column dbt describes to the name to create it with
 * @param calculatedColumns the calculated columns dbt defines (dimensions with an expression), by name
 * @param metricNames the metrics dbt defines, in order
 * @param columnCount the number of columns dbt documents or defines
 * @param notes what cannot be mapped and why
 * @param hash the hash of everything above plus the mode
 * @param catalogTable the relation's catalog.json entry, or null (not part of the hash)
 * @param caseSensitiveRelation whether the warehouse tells tables apart by the case of their names
 *     (PostgreSQL, for a relation dbt quotes), so that a dataset on {@code Orders} is not on {@code orders}
 * @param caseKeptColumns lower-cased names of the table's columns that differ only in case (PostgreSQL
 *     keeps {@code "Amount"} and {@code amount} apart): those are keyed by their exact names
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
    @Nullable CatalogTable catalogTable,
    boolean caseSensitiveRelation,
    Set<String> caseKeptColumns) {

  /** Copies the set of case-kept columns. */
  public Desired {
    caseKeptColumns = Set.copyOf(caseKeptColumns);
  }

  /** The relation as {@code schema.table}. */
  public String relation() {
    return schema == null ? table : schema + "." + table;
  }

  /**
   * Whether a dataset on this schema and table reads this relation: the names compared as the
   * warehouse compares them, exactly where their case tells tables apart, else ignoring case.
   *
   * @param datasetSchema the dataset's schema, or null
   * @param datasetTable the dataset's table name
   * @return whether it is the same relation
   */
  public boolean isOn(@Nullable String datasetSchema, String datasetTable) {
    String s = schema == null ? "" : schema;
    String other = datasetSchema == null ? "" : datasetSchema;
    return caseSensitiveRelation
        ? s.equals(other) && table.equals(datasetTable)
        : s.equalsIgnoreCase(other) && table.equalsIgnoreCase(datasetTable);
  }

  /**
   * The key of a column in {@link #fields()} and {@link #columnNames()}: its lower-cased name, as
   * warehouses fold unquoted names and dbt's YAML may spell them in another case, unless the table
   * has columns differing only in that case, which are then told apart by their exact names.
   *
   * @param name a column name, as the warehouse, Superset or dbt spells it
   * @return the key
   */
  public String columnKey(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return caseKeptColumns.contains(lower) ? name : lower;
  }
}
