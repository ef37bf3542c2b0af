package io.github.supersetsdk.dbt.semantic;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A saved query: metrics grouped by dimensions with optional filters. Immutable and thread-safe.
 *
 * @param name the name
 * @param description the description, or {@code null}
 * @param label the label, or {@code null}
 * @param metrics the metric names
 * @param groupBy the group-by items as written, such as {@code Dimension('order__status')}
 * @param where the {@code where} templates
 * @param exports the exports
 */
public record SavedQuery(
    String name,
    @Nullable String description,
    @Nullable String label,
    List<String> metrics,
    List<String> groupBy,
    List<String> where,
    List<SavedQueryExport> exports) {

  /**
   * Validates and copies the components.
   *
   * @throws NullPointerException if {@code name} is null
   */
  public SavedQuery {
    Objects.requireNonNull(name, "name");
    metrics = metrics == null ? List.of() : List.copyOf(metrics);
    groupBy = groupBy == null ? List.of() : List.copyOf(groupBy);
    where = where == null ? List.of() : List.copyOf(where);
    exports = exports == null ? List.of() : List.copyOf(exports);
  }
}
