package io.github.supersetsdk.client.request;

import java.util.Objects;

/**
 * A theme's name and definition, for creating a theme or replacing one (Superset requires both
 * fields on update too).
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.RequestSnippets region=ThemeRequest}
 *
 * <p>Immutable and thread-safe.
 *
 * @param themeName the theme's name
 * @param jsonData the theme definition, JSON text (e.g. {@code {"token": {...}}})
 */
public record ThemeRequest(String themeName, String jsonData) {

  /**
   * Validates the components.
   *
   * @throws NullPointerException if a component is null
   */
  public ThemeRequest {
    Objects.requireNonNull(themeName, "themeName");
    Objects.requireNonNull(jsonData, "jsonData");
  }

  /**
   * Creates the request.
   *
   * @param themeName the theme's name
   * @param jsonData the theme definition, JSON text
   * @return the request
   * @throws NullPointerException if an argument is null
   */
  public static ThemeRequest of(String themeName, String jsonData) {
    return new ThemeRequest(themeName, jsonData);
  }
}
