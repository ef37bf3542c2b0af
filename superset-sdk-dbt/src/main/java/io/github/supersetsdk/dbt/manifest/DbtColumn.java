package io.github.supersetsdk.dbt.manifest;

import io.github.supersetsdk.dbt.internal.Immutables;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A documented column of a node or source. Immutable and thread-safe.
 *
 * @param name the column name
 * @param description the description; empty when absent
 * @param dataType the declared {@code data_type}, or {@code null}
 * @param meta {@code meta} merged with the column's {@code config.meta}
 * @param tags {@code tags} merged with the column's {@code config.tags}
 * @param constraints the column's contract constraints (manifest v10 and later)
 */
public record DbtColumn(
    String name,
    String description,
    @Nullable String dataType,
    Map<String, @Nullable Object> meta,
    List<String> tags,
    List<DbtConstraint> constraints) {

  /**
   * Validates and copies the components.
   *
   * @throws NullPointerException if {@code name} is null
   */
  public DbtColumn {
    Objects.requireNonNull(name, "name");
    description = description == null ? "" : description;
    meta = Immutables.orderedMap(meta);
    tags = tags == null ? List.of() : List.copyOf(tags);
    constraints = constraints == null ? List.of() : List.copyOf(constraints);
  }
}
