package io.github.supersetsdk.client.request;

import io.github.supersetsdk.codegen.GeneratedBuilder;

/**
 * A partial update of an annotation layer: only fields that are set or cleared are sent.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.RequestSnippets region=UpdateAnnotationLayerRequest}
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the layer's name
 * @param descr the description; {@code ""} empties it (Superset takes no null for it)
 */
@GeneratedBuilder
public record UpdateAnnotationLayerRequest(Change<String> name, Change<String> descr)
    implements UpdateAnnotationLayerRequestBuilder.Methods {

  /** {@return a new builder in which every field is unchanged} */
  public static Builder builder() {
    return UpdateAnnotationLayerRequestBuilder.create();
  }

  /** Builds an {@link UpdateAnnotationLayerRequest}. Not thread-safe. */
  public static final class Builder extends UpdateAnnotationLayerRequestBuilder {
    Builder() {}
  }
}
