package io.github.supersetsdk.client.model;

import io.github.supersetsdk.client.request.DatasetColumnUpdate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A column of a dataset: a physical column of its table or query, or a calculated column defined by
 * an SQL {@link #expression()}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the column's id
 * @param columnName the column name
 * @param type the database type, e.g. {@code BIGINT}
 * @param isDttm whether it is a temporal column
 * @param expression the SQL expression of a calculated column, else {@code null} or empty
 * @param verboseName the display name
 * @param description the description
 * @param groupby whether charts may group by it
 * @param filterable whether charts may filter on it
 * @param isActive whether it is active
 * @param pythonDateFormat the date format of a string column holding dates
 * @param advancedDataType the advanced data type, if any
 * @param extra the {@code extra} JSON document as text
 * @param uuid the column's UUID
 */
public record DatasetColumn(
    long id,
    String columnName,
    @Nullable String type,
    @Nullable Boolean isDttm,
    @Nullable String expression,
    @Nullable String verboseName,
    @Nullable String description,
    @Nullable Boolean groupby,
    @Nullable Boolean filterable,
    @Nullable Boolean isActive,
    @Nullable String pythonDateFormat,
    @Nullable String advancedDataType,
    @Nullable String extra,
    @Nullable UUID uuid) {

  /**
   * {@return an update entry that keeps this column as it is, carrying its id} It is for the full column list
   * a dataset update sends; change it with {@code toUpdate().toBuilder()...}.
   */
  public DatasetColumnUpdate toUpdate() {
    // An empty expression and advancedDataType stay null, so not sent: Superset keeps their values.
    String calculated = expression == null || expression.isEmpty() ? null : expression;
    return new DatasetColumnUpdate(columnName, id, type, isDttm, calculated, verboseName, description, groupby,
        filterable, isActive, pythonDateFormat, null, extra);
  }
}
