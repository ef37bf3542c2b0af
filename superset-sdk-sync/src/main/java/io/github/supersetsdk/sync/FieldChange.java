package io.github.supersetsdk.sync;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One field the sync changes on a dataset, e.g. {@code description} or {@code
 * columns.order_id.verbose_name}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param field the field's path: a dataset field, {@code columns.NAME.FIELD} or {@code
 *     metrics.NAME.FIELD}; {@code metrics.NAME} alone for a metric added or removed
 * @param before the value in Superset, or {@code null} if it has none
 * @param after the value the sync writes, or {@code null} if it clears or removes it
 */
public record FieldChange(String field, @Nullable String before, @Nullable String after) {

  /**
   * Checks the field name.
   *
   * @param field the field's path
   * @param before the value in Superset
   * @param after the value written
   * @throws NullPointerException if {@code field} is null
   */
  public FieldChange {
    Objects.requireNonNull(field, "field");
  }
}
