package io.github.supersetsdk.dbt.manifest;

import java.util.List;

/**
 * The {@code depends_on} object of a resource. Immutable and thread-safe.
 *
 * @param nodes unique ids of the graph members depended on
 * @param macros unique ids of the macros used
 */
public record DbtDependsOn(List<String> nodes, List<String> macros) {

  /** No dependencies. */
  public static final DbtDependsOn EMPTY = new DbtDependsOn(List.of(), List.of());

  /**
   * Copies the lists.
   *
   * @param nodes graph members; null means none
   * @param macros macros; null means none
   */
  public DbtDependsOn {
    nodes = nodes == null ? List.of() : List.copyOf(nodes);
    macros = macros == null ? List.of() : List.copyOf(macros);
  }
}
