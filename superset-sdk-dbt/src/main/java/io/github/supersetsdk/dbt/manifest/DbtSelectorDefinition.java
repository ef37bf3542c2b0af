package io.github.supersetsdk.dbt.manifest;

import java.util.Objects;

/**
 * A YAML selector of {@code selectors.yml}, as the manifest records it. The definition itself is
 * not interpreted. Immutable and thread-safe.
 *
 * @param name the selector's name
 * @param description the description; empty when absent
 * @param isDefault whether it is the project's default selector
 */
public record DbtSelectorDefinition(String name, String description, boolean isDefault) {

  /**
   * Validates the components.
   *
   * @throws NullPointerException if {@code name} is null
   */
  public DbtSelectorDefinition {
    Objects.requireNonNull(name, "name");
    description = description == null ? "" : description;
  }
}
