package io.github.supersetsdk.dbt.semantic;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A dimension of a semantic model. Immutable and thread-safe.
 *
 * @param name the name
 * @param type {@code categorical} or {@code time}, as written in lower case
 * @param expr the SQL expression, or {@code null}
 * @param description the description, or {@code null}
 * @param label the label, or {@code null}
 * @param isPartition whether the dimension partitions the table
 * @param timeGranularity for time dimensions, the granularity such as {@code day}, else null
 * @param meta {@code config.meta} (dbt 1.10 and later, which merges the semantic model's into it)
 */
public record Dimension(
    String name,
    String type,
    @Nullable String expr,
    @Nullable String description,
    @Nullable String label,
    boolean isPartition,
    @Nullable String timeGranularity,
    Map<String, @Nullable Object> meta) {

  /**
   * Validates and copies the components.
   *
   * @throws NullPointerException if {@code name} or {@code type} is null
   */
  public Dimension {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    meta = meta == null || meta.isEmpty() ? Map.of()
        : Collections.unmodifiableMap(new LinkedHashMap<>(meta));
  }
}
