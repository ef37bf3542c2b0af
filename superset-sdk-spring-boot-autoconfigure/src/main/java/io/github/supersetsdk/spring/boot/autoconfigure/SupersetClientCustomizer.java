package io.github.supersetsdk.spring.boot.autoconfigure;

import io.github.supersetsdk.client.SupersetClient;

/**
 * Adjusts the auto-configured client's builder after the {@code superset.*} properties were applied
 * and before it is built: add an event listener, pass an HTTP client, change a timeout in code.
 * Define it as a bean; several are applied in their {@code @Order}.
 *
 * <p>Implementations must be thread-safe; they are called once per client built.
 */
@FunctionalInterface
public interface SupersetClientCustomizer {

  /**
   * Customizes the builder.
   *
   * @param builder the builder, already configured from the properties
   */
  void customize(SupersetClient.Builder builder);
}
