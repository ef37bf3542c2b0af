package io.github.supersetsdk.client.request;

import java.time.Instant;
import java.util.Objects;

/**
 * A partial update of an annotation: only fields that are set or cleared are sent.
 *
 * <pre>{@code
 * UpdateAnnotationRequest request = UpdateAnnotationRequest.builder().shortDescr("v2.0.1").build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param shortDescr the short description
 * @param longDescr the long description
 * @param startDttm when it starts
 * @param endDttm when it ends
 * @param jsonMetadata free-form JSON text
 */
public record UpdateAnnotationRequest(
    Change<String> shortDescr,
    Change<String> longDescr,
    Change<Instant> startDttm,
    Change<Instant> endDttm,
    Change<String> jsonMetadata) {

  /**
   * Validates the components.
   *
   * @param shortDescr the short description
   * @param longDescr the long description
   * @param startDttm when it starts
   * @param endDttm when it ends
   * @param jsonMetadata free-form JSON text
   * @throws NullPointerException if a component is null; use {@link Change#unchanged()}
   */
  public UpdateAnnotationRequest {
    Objects.requireNonNull(shortDescr, "shortDescr");
    Objects.requireNonNull(longDescr, "longDescr");
    Objects.requireNonNull(startDttm, "startDttm");
    Objects.requireNonNull(endDttm, "endDttm");
    Objects.requireNonNull(jsonMetadata, "jsonMetadata");
  }

  /**
   * Returns a builder in which every field is unchanged.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Whether the request changes nothing.
   *
   * @return {@code true} if every field is unchanged
   */
  public boolean isEmpty() {
    return shortDescr.isUnchanged() && longDescr.isUnchanged() && startDttm.isUnchanged() && endDttm.isUnchanged()
        && jsonMetadata.isUnchanged();
  }

  /** Builds an {@link UpdateAnnotationRequest}; fields not mentioned stay unchanged. Not thread-safe. */
  public static final class Builder {
    private Change<String> shortDescr = Change.unchanged();
    private Change<String> longDescr = Change.unchanged();
    private Change<Instant> startDttm = Change.unchanged();
    private Change<Instant> endDttm = Change.unchanged();
    private Change<String> jsonMetadata = Change.unchanged();

    private Builder() {}

    /**
     * Sets the short description.
     *
     * @param shortDescr the new value
     * @return this builder
     * @throws NullPointerException if {@code shortDescr} is null
     */
    public Builder shortDescr(String shortDescr) {
      this.shortDescr = Change.set(shortDescr);
      return this;
    }

    /**
     * Sets the long description.
     *
     * @param longDescr the new value
     * @return this builder
     * @throws NullPointerException if {@code longDescr} is null
     */
    public Builder longDescr(String longDescr) {
      this.longDescr = Change.set(longDescr);
      return this;
    }

    /**
     * Clears the long description (sends JSON {@code null}).
     *
     * @return this builder
     */
    public Builder clearLongDescr() {
      this.longDescr = Change.clear();
      return this;
    }

    /**
     * Sets when it starts.
     *
     * @param startDttm the new value
     * @return this builder
     * @throws NullPointerException if {@code startDttm} is null
     */
    public Builder startDttm(Instant startDttm) {
      this.startDttm = Change.set(startDttm);
      return this;
    }

    /**
     * Sets when it ends.
     *
     * @param endDttm the new value
     * @return this builder
     * @throws NullPointerException if {@code endDttm} is null
     */
    public Builder endDttm(Instant endDttm) {
      this.endDttm = Change.set(endDttm);
      return this;
    }

    /**
     * Sets the JSON metadata.
     *
     * @param jsonMetadata free-form JSON text
     * @return this builder
     * @throws NullPointerException if {@code jsonMetadata} is null
     */
    public Builder jsonMetadata(String jsonMetadata) {
      this.jsonMetadata = Change.set(jsonMetadata);
      return this;
    }

    /**
     * Clears the JSON metadata (sends JSON {@code null}).
     *
     * @return this builder
     */
    public Builder clearJsonMetadata() {
      this.jsonMetadata = Change.clear();
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     */
    public UpdateAnnotationRequest build() {
      return new UpdateAnnotationRequest(shortDescr, longDescr, startDttm, endDttm, jsonMetadata);
    }
  }
}
