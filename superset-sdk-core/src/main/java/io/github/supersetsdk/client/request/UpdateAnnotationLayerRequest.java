package io.github.supersetsdk.client.request;

import java.util.Objects;

/**
 * A partial update of an annotation layer: only fields that are set or cleared are sent.
 *
 * <pre>{@code
 * UpdateAnnotationLayerRequest request = UpdateAnnotationLayerRequest.builder().descr("Deploys").build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the layer's name
 * @param descr the description
 */
public record UpdateAnnotationLayerRequest(Change<String> name, Change<String> descr) {

  /**
   * Validates the components.
   *
   * @param name the layer's name
   * @param descr the description
   * @throws NullPointerException if a component is null; use {@link Change#unchanged()}
   */
  public UpdateAnnotationLayerRequest {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(descr, "descr");
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
    return name.isUnchanged() && descr.isUnchanged();
  }

  /** Builds an {@link UpdateAnnotationLayerRequest}. Not thread-safe. */
  public static final class Builder {
    private Change<String> name = Change.unchanged();
    private Change<String> descr = Change.unchanged();

    private Builder() {}

    /**
     * Sets the name.
     *
     * @param name the new value
     * @return this builder
     * @throws NullPointerException if {@code name} is null
     */
    public Builder name(String name) {
      this.name = Change.set(name);
      return this;
    }

    /**
     * Sets the description.
     *
     * @param descr the new value
     * @return this builder
     * @throws NullPointerException if {@code descr} is null
     */
    public Builder descr(String descr) {
      this.descr = Change.set(descr);
      return this;
    }

    /**
     * Clears the description (sends JSON {@code null}).
     *
     * @return this builder
     */
    public Builder clearDescr() {
      this.descr = Change.clear();
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     */
    public UpdateAnnotationLayerRequest build() {
      return new UpdateAnnotationLayerRequest(name, descr);
    }
  }
}
