package io.github.supersetsdk.dbt.manifest;

import io.github.supersetsdk.dbt.internal.Immutables;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The {@code test_metadata} of a generic data test, such as {@code unique} or
 * {@code relationships}. Immutable and thread-safe.
 *
 * @param name the generic test's name
 * @param namespace the package of the test macro, or {@code null} for dbt's own tests
 * @param kwargs the test's arguments as plain JSON values
 */
public record DbtTestMetadata(
    String name, @Nullable String namespace, Map<String, @Nullable Object> kwargs) {

  /**
   * Validates and copies the components.
   *
   * @throws NullPointerException if {@code name} is null
   */
  public DbtTestMetadata {
    Objects.requireNonNull(name, "name");
    kwargs = Immutables.orderedMap(kwargs);
  }
}
