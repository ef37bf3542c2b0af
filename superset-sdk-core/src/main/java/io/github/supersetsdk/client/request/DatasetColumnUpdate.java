package io.github.supersetsdk.client.request;

import io.github.supersetsdk.codegen.GeneratedBuilder;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the column list of an {@link UpdateDatasetRequest}. Fields left {@code null} are not
 * sent; for an existing column ({@link #id()} set) Superset keeps their current values.
 *
 * <p>Immutable and thread-safe.
 *
 * @param columnName the column name
 * @param id the id of the existing column to update; absent for a new column
 * @param type the database type, e.g. {@code BIGINT}
 * @param isDttm whether it is a temporal column
 * @param expression the SQL expression of a calculated column
 * @param verboseName the display name
 * @param description the description
 * @param groupby whether charts may group by it
 * @param filterable whether charts may filter on it
 * @param isActive whether it is active
 * @param pythonDateFormat the date format of a string column holding dates
 * @param advancedDataType the advanced data type
 * @param extra the {@code extra} JSON document as text
 */
@GeneratedBuilder
public record DatasetColumnUpdate(
    String columnName,
    @Nullable Long id,
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
    @Nullable String extra) implements DatasetColumnUpdateBuilder.Methods {

  /**
   * {@return a new builder with the required fields set}
   *
   * @param columnName the column name
   * @throws NullPointerException if an argument is null
   */
  public static Builder builder(String columnName) {
    return DatasetColumnUpdateBuilder.create(columnName);
  }

  /** Builds a {@link DatasetColumnUpdate}. Not thread-safe. */
  public static final class Builder extends DatasetColumnUpdateBuilder {
    Builder() {}
  }
}
