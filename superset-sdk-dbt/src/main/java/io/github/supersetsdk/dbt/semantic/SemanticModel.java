package io.github.supersetsdk.dbt.semantic;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A semantic model: entities, dimensions and measures over one relation. Immutable and
 * thread-safe.
 *
 * @param name the name
 * @param description the description, or {@code null}
 * @param label the label, or {@code null}
 * @param nodeRelation the relation read, or {@code null}
 * @param primaryEntity the primary entity when no entity is primary, or {@code null}
 * @param defaultAggTimeDimension {@code defaults.agg_time_dimension}, or {@code null}
 * @param entities the entities
 * @param dimensions the dimensions
 * @param measures the measures; empty for models written without them
 * @param meta {@code config.meta} (dbt 1.9 and later) merged with top-level {@code meta}
 */
public record SemanticModel(
    String name,
    @Nullable String description,
    @Nullable String label,
    @Nullable NodeRelation nodeRelation,
    @Nullable String primaryEntity,
    @Nullable String defaultAggTimeDimension,
    List<Entity> entities,
    List<Dimension> dimensions,
    List<Measure> measures,
    Map<String, @Nullable Object> meta) {

  /**
   * Validates and copies the components.
   *
   * @throws NullPointerException if {@code name} is null
   */
  public SemanticModel {
    Objects.requireNonNull(name, "name");
    entities = entities == null ? List.of() : List.copyOf(entities);
    dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
    measures = measures == null ? List.of() : List.copyOf(measures);
    meta = meta == null || meta.isEmpty() ? Map.of()
        : Collections.unmodifiableMap(new LinkedHashMap<>(meta));
  }
}
