package io.github.supersetsdk.dbt.semantic;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An entity (join key) of a semantic model. Immutable and thread-safe.
 *
 * @param name the name
 * @param type {@code primary}, {@code unique}, {@code foreign} or {@code natural}, as written in
 *     lower case
 * @param expr the SQL expression, or {@code null} when it is the column of the same name
 * @param role the role, or {@code null}
 * @param description the description, or {@code null}
 * @param label the label, or {@code null}
 */
public record Entity(
    String name,
    String type,
    @Nullable String expr,
    @Nullable String role,
    @Nullable String description,
    @Nullable String label) {

  /**
   * Validates the components.
   *
   * @throws NullPointerException if {@code name} or {@code type} is null
   */
  public Entity {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }
}
