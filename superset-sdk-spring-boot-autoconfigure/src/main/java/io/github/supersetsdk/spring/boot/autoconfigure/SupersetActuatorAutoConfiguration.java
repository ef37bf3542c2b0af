package io.github.supersetsdk.spring.boot.autoconfigure;

import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.spring.boot.autoconfigure.internal.SecretKeys;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Actuator support (Spring Boot 3.x actuator): the {@code superset} health indicator and a
 * sanitizing function that masks the SDK's secrets ({@code superset.password}, {@code
 * superset.guest-token.signing-secret}, Redis URLs and passwords, a base URL with a password) in
 * {@code /actuator/env} and {@code /actuator/configprops} even when their values are shown.
 */
@AutoConfiguration(after = SupersetAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.boot.actuate.health.AbstractHealthIndicator")
public class SupersetActuatorAutoConfiguration {

  /** Creates the configuration; Spring instantiates it. */
  public SupersetActuatorAutoConfiguration() {}

  /**
   * Masks the SDK's secrets wherever the actuator shows property values.
   *
   * @return the function
   */
  @Bean
  public SanitizingFunction supersetSanitizingFunction() {
    return data -> SecretKeys.isSecret(data.getKey(), data.getValue()) ? data.withSanitizedValue()
        : data;
  }

  /** The health indicator, when the client bean exists and {@code management.health.superset.enabled} is not false. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnBean(SupersetClient.class)
  @ConditionalOnEnabledHealthIndicator("superset")
  static class HealthConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = "supersetHealthIndicator")
    SupersetHealthIndicator supersetHealthIndicator(SupersetClient client) {
      return new SupersetHealthIndicator(client);
    }
  }
}
