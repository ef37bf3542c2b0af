package io.github.supersetsdk.dbt.manifest;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A macro. Immutable and thread-safe.
 *
 * @param uniqueId the unique id, such as {@code macro.shop.to_cents}
 * @param name the name
 * @param packageName the package that defines it
 * @param originalFilePath the defining file, or {@code null}
 * @param description the description; empty when absent
 * @param macroSql the body when {@code ReadOptions.includeMacroBodies()}, else {@code null}
 * @param dependsOnMacros unique ids of the macros it calls
 */
public record DbtMacro(
    String uniqueId,
    String name,
    String packageName,
    @Nullable String originalFilePath,
    String description,
    @Nullable String macroSql,
    List<String> dependsOnMacros) {

  /**
   * Validates and copies the components.
   *
   * @throws NullPointerException if an identifying component is null
   */
  public DbtMacro {
    Objects.requireNonNull(uniqueId, "uniqueId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(packageName, "packageName");
    description = description == null ? "" : description;
    dependsOnMacros = dependsOnMacros == null ? List.of() : List.copyOf(dependsOnMacros);
  }
}
