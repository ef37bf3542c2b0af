package io.github.supersetsdk.client.request;

import java.util.Objects;

/**
 * A partial update of a CSS template: only fields that are set are sent.
 *
 * <pre>{@code
 * UpdateCssTemplateRequest request = UpdateCssTemplateRequest.builder().css(".x { margin: 0; }").build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param templateName the template's name
 * @param css the stylesheet
 */
public record UpdateCssTemplateRequest(Change<String> templateName, Change<String> css) {

  /**
   * Validates the components.
   *
   * @param templateName the template's name
   * @param css the stylesheet
   * @throws NullPointerException if a component is null; use {@link Change#unchanged()}
   */
  public UpdateCssTemplateRequest {
    Objects.requireNonNull(templateName, "templateName");
    Objects.requireNonNull(css, "css");
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
    return templateName.isUnchanged() && css.isUnchanged();
  }

  /** Builds an {@link UpdateCssTemplateRequest}. Not thread-safe. */
  public static final class Builder {
    private Change<String> templateName = Change.unchanged();
    private Change<String> css = Change.unchanged();

    private Builder() {}

    /**
     * Sets the name.
     *
     * @param templateName the new value
     * @return this builder
     * @throws NullPointerException if {@code templateName} is null
     */
    public Builder templateName(String templateName) {
      this.templateName = Change.set(templateName);
      return this;
    }

    /**
     * Sets the stylesheet.
     *
     * @param css the new value
     * @return this builder
     * @throws NullPointerException if {@code css} is null
     */
    public Builder css(String css) {
      this.css = Change.set(css);
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     */
    public UpdateCssTemplateRequest build() {
      return new UpdateCssTemplateRequest(templateName, css);
    }
  }
}
