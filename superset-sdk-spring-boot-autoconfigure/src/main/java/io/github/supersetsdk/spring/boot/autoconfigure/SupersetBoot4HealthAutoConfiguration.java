package io.github.supersetsdk.spring.boot.autoconfigure;

import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.spring.boot.autoconfigure.internal.Boot4HealthIndicator;
import io.github.supersetsdk.spring.boot.autoconfigure.internal.HealthCheckConfiguration;
import io.github.supersetsdk.spring.boot.autoconfigure.internal.SupersetHealthCheck;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The {@code superset} health indicator on Spring Boot 4, whose health API moved to {@code
 * org.springframework.boot.health.contributor}: the same checks and details as on Boot 3, when the
 * client bean exists and {@code management.health.superset.enabled} is not false. Skipped on Boot 3,
 * where the class is absent; the starter serves both lines.
 */
@AutoConfiguration(after = {SupersetAutoConfiguration.class, SupersetCacheAutoConfiguration.class})
@ConditionalOnClass(name = "org.springframework.boot.health.contributor.AbstractHealthIndicator")
@ConditionalOnBean(SupersetClient.class)
public class SupersetBoot4HealthAutoConfiguration {

  /** Creates the configuration; Spring instantiates it. */
  public SupersetBoot4HealthAutoConfiguration() {}

  // The actuator's condition sits on a nested class: its condition class is only resolved once the
  // outer @ConditionalOnClass has established that this line's actuator is present.
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnEnabledHealthIndicator("superset")
  @Import(HealthCheckConfiguration.class)
  static class IndicatorConfiguration {

    /**
     * The indicator; its bean name, {@code supersetHealthIndicator}, is the one Boot 3 uses, so an
     * application's own indicator of that name replaces it on both lines.
     *
     * @param check the checks it runs
     * @return the indicator
     */
    @Bean(name = "supersetHealthIndicator")
    @ConditionalOnMissingBean(name = "supersetHealthIndicator")
    Boot4HealthIndicator supersetBoot4HealthIndicator(SupersetHealthCheck check) {
      return new Boot4HealthIndicator(check);
    }
  }
}
