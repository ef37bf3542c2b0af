package io.github.supersetsdk.dbt.semantic;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A metric used by a ratio or derived metric. Immutable and thread-safe.
 *
 * @param name the metric's name
 * @param filters the {@code where} templates applied to it
 * @param alias the alias, or {@code null}
 * @param offsetWindow the offset window such as {@code 7 day}, or {@code null}
 * @param offsetToGrain the grain offset to, or {@code null}
 */
public record MetricInput(
    String name,
    List<String> filters,
    @Nullable String alias,
    @Nullable String offsetWindow,
    @Nullable String offsetToGrain) {

  /**
   * Validates and copies the components.
   *
   * @throws NullPointerException if {@code name} is null
   */
  public MetricInput {
    Objects.requireNonNull(name, "name");
    filters = filters == null ? List.of() : List.copyOf(filters);
  }
}
