package io.github.supersetsdk.spring.boot.autoconfigure.internal;

import io.github.supersetsdk.cache.RedisConfig;
import io.github.supersetsdk.client.Credentials;
import io.github.supersetsdk.client.LoginType;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.ops.Doctor;
import io.github.supersetsdk.spring.boot.autoconfigure.SupersetProperties;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The checks both health indicators (Boot 3 and Boot 4) run: login and version, plus the doctor's
 * when superset-sdk-ops is on the class path and {@code superset.health.doctor.enabled} is not false.
 * Imported by the health auto-configurations.
 */
@Configuration(proxyBeanMethods = false)
public class HealthCheckConfiguration {

  /** Creates the configuration; Spring instantiates it. */
  public HealthCheckConfiguration() {}

  /**
   * The checks.
   *
   * @param client the client
   * @param extensions further checks (the doctor's)
   * @return the checks
   */
  @Bean
  @ConditionalOnMissingBean
  public SupersetHealthCheck supersetHealthCheck(SupersetClient client,
      ObjectProvider<SupersetHealthCheck.Extension> extensions) {
    return new SupersetHealthCheck(client, extensions.orderedStream().toList());
  }

  /**
   * The doctor's checks, with the client's password credentials (for the refresh and CSRF probes) and
   * the cache's Redis. The bean runs the doctor on a background thread it starts and stops with the
   * context (SmartLifecycle; close() as the destroy method when it was never started).
   */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "io.github.supersetsdk.ops.Doctor")
  @ConditionalOnProperty(prefix = "superset.health.doctor", name = "enabled", matchIfMissing = true)
  static class DoctorConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = "supersetDoctorHealth")
    DoctorHealth supersetDoctorHealth(SupersetClient client, SupersetProperties properties,
        ObjectProvider<RedisConfig> redis) {
      SupersetProperties.Doctor settings = properties.health().doctor();
      Doctor.Builder doctor = Doctor.builder(client).virtualDatasets(settings.virtualDatasets());
      Properties.checked("superset.health.doctor.timeout", "Use a positive duration such as 10s.",
          () -> doctor.timeout(settings.timeout()));
      String username = properties.username();
      String password = properties.password();
      if (username != null && !username.isBlank() && password != null && !password.isEmpty()) {
        doctor.credentials(Credentials.password(username, password,
            LoginType.of(properties.loginType().toLowerCase(Locale.ROOT))));
      }
      RedisConfig r = redis.getIfUnique();
      if (r != null && !r.clusterEnabled()) {
        doctor.redis(r.uri());
      }
      return Properties.checked("superset.health.doctor.time-to-live", "Use a positive duration such as 1m.",
          () -> DoctorHealth.of(doctor.build(), settings.timeToLive()));
    }
  }
}
