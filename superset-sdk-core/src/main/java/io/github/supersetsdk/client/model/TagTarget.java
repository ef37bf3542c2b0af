package io.github.supersetsdk.client.model;

import java.util.Objects;

/**
 * An object to tag: its kind and id.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.ModelSnippets region=TagTarget}
 *
 * <p>Immutable and thread-safe.
 *
 * @param type the kind of object
 * @param id the object's numeric id
 */
public record TagTarget(TagObjectType type, long id) {

  /**
   * Validates the components.
   *
   * @throws NullPointerException if {@code type} is null
   * @throws IllegalArgumentException if {@code id} is not positive
   */
  public TagTarget {
    Objects.requireNonNull(type, "type");
    if (id <= 0) {
      throw new IllegalArgumentException("id must be positive: " + id);
    }
  }

  /**
   * {@return the target}
   *
   * @param type the kind of object
   * @param id the object's numeric id
   * @throws NullPointerException if {@code type} is null
   * @throws IllegalArgumentException if {@code id} is not positive
   */
  public static TagTarget of(TagObjectType type, long id) {
    return new TagTarget(type, id);
  }
}
