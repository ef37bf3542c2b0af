package io.github.supersetsdk.spring.boot.autoconfigure;

import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.spring.boot.autoconfigure.internal.HealthCheckConfiguration;
import io.github.supersetsdk.spring.boot.autoconfigure.internal.SupersetHealthCheck;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The {@code superset} health indicator on Spring Boot 3's actuator ({@code
 * org.springframework.boot.actuate.health}), when the client bean exists and {@code
 * management.health.superset.enabled} is not false. Skipped on Boot 4, where {@link
 * SupersetBoot4HealthAutoConfiguration} defines it.
 */
@AutoConfiguration(after = {SupersetAutoConfiguration.class, SupersetCacheAutoConfiguration.class})
@ConditionalOnClass(name = "org.springframework.boot.actuate.health.AbstractHealthIndicator")
@ConditionalOnBean(SupersetClient.class)
public class SupersetHealthAutoConfiguration {

  /** Creates the configuration; Spring instantiates it. */
  public SupersetHealthAutoConfiguration() {}

  // The actuator's condition sits on a nested class: its condition class is only resolved once the
  // outer @ConditionalOnClass has established that this line's actuator is present.
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnEnabledHealthIndicator("superset")
  @Import(HealthCheckConfiguration.class)
  static class IndicatorConfiguration {

    /**
     * The indicator.
     *
     * @param check the checks it runs
     * @return the indicator
     */
    @Bean
    @ConditionalOnMissingBean(name = "supersetHealthIndicator")
    SupersetHealthIndicator supersetHealthIndicator(SupersetHealthCheck check) {
      return new SupersetHealthIndicator(check);
    }
  }
}
