package io.github.supersetsdk.client.request;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A new annotation layer.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.RequestSnippets region=CreateAnnotationLayerRequest}
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the layer's name, unique per Superset
 * @param descr the description, or {@code null}
 */
public record CreateAnnotationLayerRequest(String name, @Nullable String descr) {

  /**
   * Validates the components.
   *
   * @throws NullPointerException if {@code name} is null
   */
  public CreateAnnotationLayerRequest {
    Objects.requireNonNull(name, "name");
  }

  /**
   * Creates the request.
   *
   * @param name the layer's name
   * @param descr the description, or {@code null}
   * @return the request
   * @throws NullPointerException if {@code name} is null
   */
  public static CreateAnnotationLayerRequest of(String name, @Nullable String descr) {
    return new CreateAnnotationLayerRequest(name, descr);
  }
}
