package io.github.supersetsdk.dbt.semantic;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An export of a saved query to a table or view. Immutable and thread-safe.
 *
 * @param name the export name
 * @param exportAs {@code table} or {@code view}, or {@code null}
 * @param schemaName the target schema, or {@code null}
 * @param alias the target name, or {@code null}
 */
public record SavedQueryExport(
    String name, @Nullable String exportAs, @Nullable String schemaName, @Nullable String alias) {

  /**
   * Validates the components.
   *
   * @throws NullPointerException if {@code name} is null
   */
  public SavedQueryExport {
    Objects.requireNonNull(name, "name");
  }
}
