package io.github.supersetsdk.client.request;

import io.github.supersetsdk.client.model.TagObjectType;
import io.github.supersetsdk.client.model.TagTarget;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A tag to create, optionally attached to objects at once.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.RequestSnippets region=CreateTagRequest}
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the name; unique
 * @param description the description, or {@code null}
 * @param objectsToTag the objects to attach it to; copied
 */
public record CreateTagRequest(String name, @Nullable String description, List<TagTarget> objectsToTag) {

  /**
   * Validates and copies the components.
   *
   * @throws NullPointerException if {@code name}, {@code objectsToTag} or an element is null
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public CreateTagRequest {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name is blank");
    }
    objectsToTag = List.copyOf(Objects.requireNonNull(objectsToTag, "objectsToTag"));
  }

  /**
   * {@return a tag with a name only}
   *
   * @param name the name
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public static CreateTagRequest of(String name) {
    return new CreateTagRequest(name, null, List.of());
  }

  /**
   * {@return a tag with a description, attached to objects}
   *
   * @param name the name
   * @param description the description, or {@code null}
   * @param objectsToTag the objects to attach it to
   * @throws NullPointerException if {@code name} or {@code objectsToTag} is null
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public static CreateTagRequest of(String name, @Nullable String description, List<TagTarget> objectsToTag) {
    return new CreateTagRequest(name, description, objectsToTag);
  }
}
