package io.github.supersetsdk.client.request;

import java.util.Objects;

/**
 * A new CSS template.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.RequestSnippets region=CreateCssTemplateRequest}
 *
 * <p>Immutable and thread-safe.
 *
 * @param templateName the template's name, at most 250 characters
 * @param css the stylesheet
 */
public record CreateCssTemplateRequest(String templateName, String css) {

  /**
   * Validates the components.
   *
   * @throws NullPointerException if a component is null
   */
  public CreateCssTemplateRequest {
    Objects.requireNonNull(templateName, "templateName");
    Objects.requireNonNull(css, "css");
  }

  /**
   * Creates the request.
   *
   * @param templateName the template's name
   * @param css the stylesheet
   * @return the request
   * @throws NullPointerException if an argument is null
   */
  public static CreateCssTemplateRequest of(String templateName, String css) {
    return new CreateCssTemplateRequest(templateName, css);
  }
}
