package io.github.supersetsdk.client.request;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A new annotation in a layer.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.RequestSnippets region=CreateAnnotationRequest}
 *
 * <p>Immutable and thread-safe.
 *
 * @param shortDescr the short description, shown as its label; unique within the layer and period
 * @param startDttm when it starts
 * @param endDttm when it ends; not before {@code startDttm}
 * @param longDescr the long description, or {@code null}
 * @param jsonMetadata free-form JSON text, or {@code null}
 */
public record CreateAnnotationRequest(
    String shortDescr,
    Instant startDttm,
    Instant endDttm,
    @Nullable String longDescr,
    @Nullable String jsonMetadata) {

  /**
   * Validates the components.
   *
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if {@code endDttm} is before {@code startDttm}
   */
  public CreateAnnotationRequest {
    Objects.requireNonNull(shortDescr, "shortDescr");
    Objects.requireNonNull(startDttm, "startDttm");
    Objects.requireNonNull(endDttm, "endDttm");
    if (endDttm.isBefore(startDttm)) {
      throw new IllegalArgumentException("endDttm is before startDttm");
    }
  }

  /**
   * Creates a request without long description or metadata.
   *
   * @param shortDescr the short description
   * @param startDttm when it starts
   * @param endDttm when it ends
   * @return the request
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code endDttm} is before {@code startDttm}
   */
  public static CreateAnnotationRequest of(String shortDescr, Instant startDttm, Instant endDttm) {
    return new CreateAnnotationRequest(shortDescr, startDttm, endDttm, null, null);
  }

  /**
   * {@return a copy with a long description}
   *
   * @param longDescr the long description
   * @throws NullPointerException if {@code longDescr} is null
   */
  public CreateAnnotationRequest withLongDescr(String longDescr) {
    return new CreateAnnotationRequest(
        shortDescr, startDttm, endDttm, Objects.requireNonNull(longDescr, "longDescr"), jsonMetadata);
  }

  /**
   * {@return a copy with JSON metadata}
   *
   * @param jsonMetadata free-form JSON text
   * @throws NullPointerException if {@code jsonMetadata} is null
   */
  public CreateAnnotationRequest withJsonMetadata(String jsonMetadata) {
    return new CreateAnnotationRequest(
        shortDescr, startDttm, endDttm, longDescr, Objects.requireNonNull(jsonMetadata, "jsonMetadata"));
  }
}
