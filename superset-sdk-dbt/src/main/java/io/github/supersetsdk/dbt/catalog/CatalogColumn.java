package io.github.supersetsdk.dbt.catalog;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A column as the warehouse reports it. Immutable and thread-safe.
 *
 * @param name the column name
 * @param type the warehouse data type, such as {@code integer}
 * @param index the 1-based position, 0 when absent
 * @param comment the column comment, or {@code null}
 */
public record CatalogColumn(String name, String type, int index, @Nullable String comment) {

  /**
   * Validates the components.
   *
   * @throws NullPointerException if {@code name} or {@code type} is null
   */
  public CatalogColumn {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }
}
