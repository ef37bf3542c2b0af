package io.github.supersetsdk.client.request;

import io.github.supersetsdk.codegen.GeneratedBuilder;

/**
 * A partial update of a CSS template: only fields that are set are sent.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.RequestSnippets region=UpdateCssTemplateRequest}
 *
 * <p>Immutable and thread-safe.
 *
 * @param templateName the template's name
 * @param css the stylesheet
 */
@GeneratedBuilder
public record UpdateCssTemplateRequest(Change<String> templateName, Change<String> css)
    implements UpdateCssTemplateRequestBuilder.Methods {

  /** {@return a new builder in which every field is unchanged} */
  public static Builder builder() {
    return UpdateCssTemplateRequestBuilder.create();
  }

  /** Builds an {@link UpdateCssTemplateRequest}. Not thread-safe. */
  public static final class Builder extends UpdateCssTemplateRequestBuilder {
    Builder() {}
  }
}
