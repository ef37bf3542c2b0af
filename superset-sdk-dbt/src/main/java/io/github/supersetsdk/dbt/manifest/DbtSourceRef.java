package io.github.supersetsdk.dbt.manifest;

import java.util.Objects;

/**
 * One {@code source()} call of a resource. Immutable and thread-safe.
 *
 * @param sourceName the source name
 * @param tableName the table name
 */
public record DbtSourceRef(String sourceName, String tableName) {

  /**
   * Validates the components.
   *
   * @throws NullPointerException if a component is null
   */
  public DbtSourceRef {
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(tableName, "tableName");
  }
}
