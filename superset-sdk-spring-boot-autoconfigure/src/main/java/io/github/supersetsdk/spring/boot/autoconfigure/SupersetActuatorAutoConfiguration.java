package io.github.supersetsdk.spring.boot.autoconfigure;

import io.github.supersetsdk.spring.boot.autoconfigure.internal.SecretKeys;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Actuator support on Spring Boot 3 and 4: a sanitizing function that masks the SDK's secrets
 * ({@code superset.password}, {@code superset.guest-token.signing-secret}, Redis URLs and passwords,
 * a base URL with a password) in {@code /actuator/env} and {@code /actuator/configprops} even when
 * their values are shown, also where another key holds the same value. The {@code superset} health indicator comes from {@link
 * SupersetHealthAutoConfiguration} (Boot 3) or {@link SupersetBoot4HealthAutoConfiguration} (Boot 4).
 */
@AutoConfiguration(after = SupersetAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.SanitizingFunction")
public class SupersetActuatorAutoConfiguration {

  /** Creates the configuration; Spring instantiates it. */
  public SupersetActuatorAutoConfiguration() {}

  /**
   * Masks the SDK's secrets wherever the actuator shows property values: under their own keys, and
   * under any other key whose value holds one (the environment variable a placeholder read, {@code
   * SPRING_APPLICATION_JSON}, the command line).
   *
   * @param environment the application's environment, read when the actuator shows values
   * @return the function
   */
  @Bean
  public SanitizingFunction supersetSanitizingFunction(Environment environment) {
    return data -> SecretKeys.isSecret(data.getKey(), data.getValue())
            || SecretKeys.holdsSecret(data.getValue(), SecretKeys.secretValues(environment))
        ? data.withSanitizedValue() : data;
  }
}
