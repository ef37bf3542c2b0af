package io.github.supersetsdk.client.request;

import java.util.Objects;
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
    @Nullable String extra) {

  /**
   * Validates and copies the components.
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
   * @throws NullPointerException if a required component is null
   */
  public DatasetColumnUpdate {
    Objects.requireNonNull(columnName, "columnName");
  }

  /**
   * Returns a builder with the required fields set.
   *
   * @param columnName the column name
   * @return a new builder
   * @throws NullPointerException if an argument is null
   */
  public static Builder builder(String columnName) {
    Builder b = new Builder();
    b.columnName = Objects.requireNonNull(columnName, "columnName");
    return b;
  }

  /**
   * Returns a builder initialised from this request.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.columnName = columnName;
    b.id = id;
    b.type = type;
    b.isDttm = isDttm;
    b.expression = expression;
    b.verboseName = verboseName;
    b.description = description;
    b.groupby = groupby;
    b.filterable = filterable;
    b.isActive = isActive;
    b.pythonDateFormat = pythonDateFormat;
    b.advancedDataType = advancedDataType;
    b.extra = extra;
    return b;
  }

  /** Builds a {@link DatasetColumnUpdate}. Not thread-safe. */
  public static final class Builder {
    private @Nullable String columnName;
    private @Nullable Long id;
    private @Nullable String type;
    private @Nullable Boolean isDttm;
    private @Nullable String expression;
    private @Nullable String verboseName;
    private @Nullable String description;
    private @Nullable Boolean groupby;
    private @Nullable Boolean filterable;
    private @Nullable Boolean isActive;
    private @Nullable String pythonDateFormat;
    private @Nullable String advancedDataType;
    private @Nullable String extra;

    private Builder() {}

    /**
     * Sets the column name.
     *
     * @param columnName the value
     * @return this builder
     * @throws NullPointerException if {@code columnName} is null
     */
    public Builder columnName(String columnName) {
      this.columnName = Objects.requireNonNull(columnName, "columnName");
      return this;
    }

    /**
     * Sets the id of the existing column to update; absent for a new column.
     *
     * @param id the value
     * @return this builder
     * @throws NullPointerException if {@code id} is null
     */
    public Builder id(long id) {
      this.id = id;
      return this;
    }

    /**
     * Sets the database type, e.g. {@code BIGINT}.
     *
     * @param type the value
     * @return this builder
     * @throws NullPointerException if {@code type} is null
     */
    public Builder type(String type) {
      this.type = Objects.requireNonNull(type, "type");
      return this;
    }

    /**
     * Sets whether it is a temporal column.
     *
     * @param isDttm the value
     * @return this builder
     * @throws NullPointerException if {@code isDttm} is null
     */
    public Builder isDttm(boolean isDttm) {
      this.isDttm = isDttm;
      return this;
    }

    /**
     * Sets the SQL expression of a calculated column.
     *
     * @param expression the value
     * @return this builder
     * @throws NullPointerException if {@code expression} is null
     */
    public Builder expression(String expression) {
      this.expression = Objects.requireNonNull(expression, "expression");
      return this;
    }

    /**
     * Sets the display name.
     *
     * @param verboseName the value
     * @return this builder
     * @throws NullPointerException if {@code verboseName} is null
     */
    public Builder verboseName(String verboseName) {
      this.verboseName = Objects.requireNonNull(verboseName, "verboseName");
      return this;
    }

    /**
     * Sets the description.
     *
     * @param description the value
     * @return this builder
     * @throws NullPointerException if {@code description} is null
     */
    public Builder description(String description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    /**
     * Sets whether charts may group by it.
     *
     * @param groupby the value
     * @return this builder
     * @throws NullPointerException if {@code groupby} is null
     */
    public Builder groupby(boolean groupby) {
      this.groupby = groupby;
      return this;
    }

    /**
     * Sets whether charts may filter on it.
     *
     * @param filterable the value
     * @return this builder
     * @throws NullPointerException if {@code filterable} is null
     */
    public Builder filterable(boolean filterable) {
      this.filterable = filterable;
      return this;
    }

    /**
     * Sets whether it is active.
     *
     * @param isActive the value
     * @return this builder
     * @throws NullPointerException if {@code isActive} is null
     */
    public Builder isActive(boolean isActive) {
      this.isActive = isActive;
      return this;
    }

    /**
     * Sets the date format of a string column holding dates.
     *
     * @param pythonDateFormat the value
     * @return this builder
     * @throws NullPointerException if {@code pythonDateFormat} is null
     */
    public Builder pythonDateFormat(String pythonDateFormat) {
      this.pythonDateFormat = Objects.requireNonNull(pythonDateFormat, "pythonDateFormat");
      return this;
    }

    /**
     * Sets the advanced data type.
     *
     * @param advancedDataType the value
     * @return this builder
     * @throws NullPointerException if {@code advancedDataType} is null
     */
    public Builder advancedDataType(String advancedDataType) {
      this.advancedDataType = Objects.requireNonNull(advancedDataType, "advancedDataType");
      return this;
    }

    /**
     * Sets the {@code extra} JSON document as text.
     *
     * @param extra the value
     * @return this builder
     * @throws NullPointerException if {@code extra} is null
     */
    public Builder extra(String extra) {
      this.extra = Objects.requireNonNull(extra, "extra");
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws NullPointerException if a required field is missing
     */
    public DatasetColumnUpdate build() {
      return new DatasetColumnUpdate(columnName, id, type, isDttm, expression, verboseName, description, groupby, filterable, isActive, pythonDateFormat, advancedDataType, extra);
    }
  }
}
