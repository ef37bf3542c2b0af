package io.github.supersetsdk.dbt.semantic;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The {@code non_additive_dimension} of a semi-additive measure, such as a balance that is summed
 * over accounts but taken at the last day of each period. Immutable and thread-safe.
 *
 * @param name the time dimension the measure is not additive over
 * @param windowChoice {@code min} or {@code max}: which end of the period is kept, or {@code null}
 * @param windowGroupings the entities the window is taken per
 */
public record NonAdditiveDimension(
    String name, @Nullable String windowChoice, List<String> windowGroupings) {

  /**
   * Validates and copies the components.
   *
   * @throws NullPointerException if {@code name} is null
   */
  public NonAdditiveDimension {
    Objects.requireNonNull(name, "name");
    windowGroupings = windowGroupings == null ? List.of() : List.copyOf(windowGroupings);
  }
}
