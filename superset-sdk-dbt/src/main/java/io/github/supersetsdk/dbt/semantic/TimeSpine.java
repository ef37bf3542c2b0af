package io.github.supersetsdk.dbt.semantic;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A time spine table of the project configuration, from either {@code time_spines} or the older
 * {@code time_spine_table_configurations}. Immutable and thread-safe.
 *
 * @param relation the table: {@code alias} of the node relation, or the configured location
 * @param columnName the time column, or {@code null}
 * @param grain the column's granularity, or {@code null}
 * @param customGranularities the custom granularities defined on the table (dbt 1.9 and later)
 */
public record TimeSpine(
    @Nullable String relation,
    @Nullable String columnName,
    @Nullable String grain,
    List<CustomGranularity> customGranularities) {

  /**
   * Copies the components.
   *
   * @param relation the table, or {@code null}
   * @param columnName the time column, or {@code null}
   * @param grain the column's granularity, or {@code null}
   * @param customGranularities the custom granularities; null means none
   */
  public TimeSpine {
    customGranularities = customGranularities == null ? List.of() : List.copyOf(customGranularities);
  }
}
