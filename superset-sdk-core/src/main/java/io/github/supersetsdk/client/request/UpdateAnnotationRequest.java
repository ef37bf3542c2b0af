package io.github.supersetsdk.client.request;

import io.github.supersetsdk.codegen.Clearable;
import io.github.supersetsdk.codegen.GeneratedBuilder;
import java.time.Instant;

/**
 * A partial update of an annotation: only fields that are set or cleared are sent.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.RequestSnippets region=UpdateAnnotationRequest}
 *
 * <p>Immutable and thread-safe.
 *
 * @param shortDescr the short description
 * @param longDescr the long description
 * @param startDttm when it starts
 * @param endDttm when it ends
 * @param jsonMetadata free-form JSON text
 */
@GeneratedBuilder
public record UpdateAnnotationRequest(
    Change<String> shortDescr,
    @Clearable Change<String> longDescr,
    Change<Instant> startDttm,
    Change<Instant> endDttm,
    @Clearable Change<String> jsonMetadata) implements UpdateAnnotationRequestBuilder.Methods {

  /** {@return a new builder in which every field is unchanged} */
  public static Builder builder() {
    return UpdateAnnotationRequestBuilder.create();
  }

  /** Builds an {@link UpdateAnnotationRequest}; fields not mentioned stay unchanged. Not thread-safe. */
  public static final class Builder extends UpdateAnnotationRequestBuilder {
    Builder() {}
  }
}
