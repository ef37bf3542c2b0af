package io.github.supersetsdk.dbt.semantic;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A measure used by a metric. Immutable and thread-safe.
 *
 * @param name the measure's name
 * @param filters the {@code where} templates applied to it
 * @param alias the alias, or {@code null}
 * @param joinToTimespine whether the measure is joined to the time spine
 * @param fillNullsWith the value nulls are filled with, or {@code null}
 */
public record MetricInputMeasure(
    String name,
    List<String> filters,
    @Nullable String alias,
    boolean joinToTimespine,
    @Nullable Long fillNullsWith) {

  /**
   * Validates and copies the components.
   *
   * @throws NullPointerException if {@code name} is null
   */
  public MetricInputMeasure {
    Objects.requireNonNull(name, "name");
    filters = filters == null ? List.of() : List.copyOf(filters);
  }
}
