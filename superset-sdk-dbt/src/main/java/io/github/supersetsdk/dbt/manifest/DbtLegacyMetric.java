package io.github.supersetsdk.dbt.manifest;

import io.github.supersetsdk.dbt.internal.Immutables;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The definition of a dbt-metrics style metric (manifest v4 to v9). Manifest v7 renamed
 * {@code type} to {@code calculation_method} and {@code sql} to {@code expression}; both spellings
 * read into this record. Immutable and thread-safe.
 *
 * @param calculationMethod {@code count}, {@code sum}, {@code average}, {@code derived}, ... as
 *     written, or {@code null}
 * @param expression the SQL expression, or {@code null}
 * @param timestamp the timestamp column, or {@code null}
 * @param timeGrains the time grains
 * @param dimensions the dimensions
 * @param filters the filters, each a map with {@code field}, {@code operator} and {@code value}
 * @param model the {@code ref()} the metric is defined on, as written, or {@code null}
 */
public record DbtLegacyMetric(
    @Nullable String calculationMethod,
    @Nullable String expression,
    @Nullable String timestamp,
    List<String> timeGrains,
    List<String> dimensions,
    List<Map<String, @Nullable Object>> filters,
    @Nullable String model) {

  /** Copies the components. */
  public DbtLegacyMetric {
    timeGrains = timeGrains == null ? List.of() : List.copyOf(timeGrains);
    dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
    filters =
        filters == null ? List.of() : filters.stream().map(Immutables::orderedMap).toList();
  }
}
