package io.github.supersetsdk.dbt.semantic;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A custom granularity of a time spine (dbt 1.9 and later), such as a fiscal quarter: a column of
 * the time spine table that names the period each day belongs to. MetricFlow groups and filters by
 * it through a join to the time spine. Immutable and thread-safe.
 *
 * @param name the granularity's name, as {@code TimeDimension(..., 'name')} and
 *     {@code metric_time__name} use it
 * @param columnName the column of the time spine that holds it, or {@code null} when it is the
 *     column of the same name
 */
public record CustomGranularity(String name, @Nullable String columnName) {

  /**
   * Validates the components.
   *
   * @throws NullPointerException if {@code name} is null
   */
  public CustomGranularity {
    Objects.requireNonNull(name, "name");
  }
}
