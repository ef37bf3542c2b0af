package io.github.supersetsdk.client.model;

import java.util.Objects;

/**
 * What a chart-data request returns ({@code result_type}): the data ({@link #FULL}), only the SQL
 * ({@link #QUERY}), sample rows ({@link #SAMPLES}) and so on.
 *
 * <p>An open value class. Immutable and thread-safe.
 *
 * @param value the name Superset uses
 */
public record ChartResultType(String value) {

  /** The data with metadata: the default. */
  public static final ChartResultType FULL = new ChartResultType("full");
  /** Only the SQL that would run. */
  public static final ChartResultType QUERY = new ChartResultType("query");
  /** The data without post-processing metadata. */
  public static final ChartResultType RESULTS = new ChartResultType("results");
  /** Sample rows of the datasource. */
  public static final ChartResultType SAMPLES = new ChartResultType("samples");
  /** The columns of the result. */
  public static final ChartResultType COLUMNS = new ChartResultType("columns");
  /** The data after the chart's own post-processing, with the columns named by their labels. */
  public static final ChartResultType POST_PROCESSED = new ChartResultType("post_processed");

  /**
   * Validates the value.
   *
   * @throws NullPointerException if {@code value} is null
   */
  public ChartResultType {
    Objects.requireNonNull(value, "value");
  }

  /**
   * {@return the result type with the given name}
   *
   * @param value the name
   * @throws NullPointerException if {@code value} is null
   */
  public static ChartResultType of(String value) {
    return new ChartResultType(value);
  }
}
