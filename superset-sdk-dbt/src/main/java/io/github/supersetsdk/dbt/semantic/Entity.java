package io.github.supersetsdk.dbt.semantic;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
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
 * @param meta {@code config.meta} (dbt 1.10 and later, which merges the semantic model's into it)
 */
public record Entity(
    String name,
    String type,
    @Nullable String expr,
    @Nullable String role,
    @Nullable String description,
    @Nullable String label,
    Map<String, @Nullable Object> meta) {

  /**
   * Validates and copies the components.
   *
   * @throws NullPointerException if {@code name} or {@code type} is null
   */
  public Entity {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    meta = meta == null || meta.isEmpty() ? Map.of()
        : Collections.unmodifiableMap(new LinkedHashMap<>(meta));
  }
}
