package io.github.supersetsdk.dbt.semantic;

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
 */
public record Dimension(
    String name,
    String type,
    @Nullable String expr,
    @Nullable String description,
    @Nullable String label,
    boolean isPartition,
    @Nullable String timeGranularity) {

  /**
   * Validates the components.
   *
   * @throws NullPointerException if {@code name} or {@code type} is null
   */
  public Dimension {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }
}
