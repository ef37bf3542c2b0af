package io.github.supersetsdk.spring.boot.boot4;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.supersetsdk.cache.RedisConfig;
import io.github.supersetsdk.client.Credentials;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.embedding.GuestTokenService;
import io.github.supersetsdk.client.exception.SupersetException;
import io.github.supersetsdk.client.micrometer.SupersetClientMetrics;
import io.github.supersetsdk.cache.chartdata.ChartDataCache;
import io.github.supersetsdk.cache.chartdata.DbtRunCoordinator;
import io.github.supersetsdk.spring.boot.autoconfigure.SupersetActuatorAutoConfiguration;
import io.github.supersetsdk.spring.boot.autoconfigure.SupersetBoot4HealthAutoConfiguration;
import io.github.supersetsdk.spring.boot.autoconfigure.SupersetHealthAutoConfiguration;
import io.github.supersetsdk.spring.boot.autoconfigure.SupersetAutoConfiguration;
import io.github.supersetsdk.spring.boot.autoconfigure.SupersetCacheAutoConfiguration;
import io.github.supersetsdk.spring.boot.autoconfigure.SupersetCaches;
import io.github.supersetsdk.spring.boot.autoconfigure.SupersetSyncAutoConfiguration;
import io.github.supersetsdk.spring.boot.autoconfigure.internal.SupersetFailureAnalyzer;
import io.github.supersetsdk.sync.DbtSync;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The starter, built against Boot 3.5, on the Boot 4.0 line: the conditions that matter most. */
class Boot4AutoConfigurationTest {

  private static final String[] MINIMAL = {
    "superset.base-url=http://127.0.0.1:9", "superset.username=admin", "superset.password=pw"
  };

  // The process environment is left out: Boot binds SUPERSET_PASSWORD and the like to superset.*, and
  // the machines that run these tests export them for the integration tests.
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withInitializer(context -> context.getEnvironment().getPropertySources()
          .remove(org.springframework.core.env.StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME))
      .withConfiguration(AutoConfigurations.of(SupersetAutoConfiguration.class, SupersetCacheAutoConfiguration.class,
          SupersetSyncAutoConfiguration.class, SupersetActuatorAutoConfiguration.class,
          SupersetHealthAutoConfiguration.class, SupersetBoot4HealthAutoConfiguration.class));

  @Test
  void runsOnBoot4() {
    assertThat(SpringBootVersion.getVersion()).startsWith("4.");
  }

  @Test
  void properties_complete_defineClientAndGuestTokenService() {
    runner.withPropertyValues(MINIMAL).run(context -> {
      assertThat(context).hasNotFailed().hasSingleBean(SupersetClient.class).hasSingleBean(GuestTokenService.class);
      assertThat(context.getBean(SupersetClient.class).baseUrl()).hasToString("http://127.0.0.1:9");
    });
  }

  @Test
  void baseUrl_missing_failureAnalysisNamesTheProperty() {
    runner.withPropertyValues("superset.username=a", "superset.password=b").run(context -> {
      assertThat(context).hasFailed();
      FailureAnalysis a = new SupersetFailureAnalyzer().analyze(context.getStartupFailure());
      assertThat(a).isNotNull();
      assertThat(a.getDescription()).contains("'superset.base-url'");
    });
  }

  @Test
  void userClient_backsOff() {
    SupersetClient own = SupersetClient.builder().baseUrl("http://own:1").credentials(Credentials.password("a", "b")).build();
    runner.withBean(SupersetClient.class, () -> own)
        .run(context -> assertThat(context.getBean(SupersetClient.class)).isSameAs(own));
  }

  @Test
  void signingSecret_signsLocally() {
    runner.withPropertyValues(MINIMAL).withPropertyValues("superset.guest-token.signing-secret=" + "k".repeat(32),
        "superset.guest-token.audience=aud")
        .run(context -> assertThat(context.getBean(GuestTokenService.class).signsLocally()).isTrue());
  }

  @Test
  void meterRegistry_clientRecordsRequests() {
    runner.withPropertyValues(MINIMAL).withPropertyValues("superset.retry.enabled=false")
        .withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(context -> {
          try {
            context.getBean(SupersetClient.class).currentUser().get();
          } catch (SupersetException expected) {
            // nothing listens on port 9
          }
          assertThat(context.getBean(MeterRegistry.class).find(SupersetClientMetrics.ERRORS).counters()).isNotEmpty();
        });
  }

  @Test
  void cacheAndSync_configured_defined() {
    runner.withPropertyValues(MINIMAL).withPropertyValues("spring.data.redis.host=cache", "superset.sync.database=wh")
        .run(context -> {
          assertThat(context).hasSingleBean(SupersetCaches.class).hasSingleBean(DbtSync.class);
          assertThat(context.getBean(RedisConfig.class).uri()).isEqualTo("redis://cache:6379/0");
        });
  }

  @Test
  void health_boot4Api_indicatorUnderTheSharedNameAndTheBoot3OneSkipped() {
    runner.withPropertyValues(MINIMAL).run(context -> {
      // The Boot 3 indicator's class cannot even load here (its superclass is gone): its configuration was skipped.
      assertThat(context).hasNotFailed();
      assertThat(context.getBean("supersetHealthIndicator")).isInstanceOf(HealthIndicator.class);
      assertThat(context.getBeansOfType(HealthIndicator.class)).containsOnlyKeys("supersetHealthIndicator");
    });
  }

  @Test
  void health_unreachableSuperset_downNamingTheLoginCheckWithoutThePassword() {
    runner.withPropertyValues(MINIMAL).withPropertyValues("superset.password=pw-s3cret", "superset.retry.enabled=false")
        .run(context -> {
          Health h = context.getBean("supersetHealthIndicator", HealthIndicator.class).health();
          assertThat(h.getStatus()).isEqualTo(Status.DOWN);
          assertThat(h.getDetails()).containsEntry("check", "login").containsKey("error");
          assertThat(h.toString()).doesNotContain("pw-s3cret");
        });
  }

  @Test
  void health_disabled_noIndicator() {
    runner.withPropertyValues(MINIMAL).withPropertyValues("management.health.superset.enabled=false")
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean("supersetHealthIndicator"));
  }

  @Test
  void health_userIndicatorOfTheSameName_backsOff() {
    HealthIndicator own = () -> Health.up().withDetail("own", true).build();
    runner.withPropertyValues(MINIMAL).withBean("supersetHealthIndicator", HealthIndicator.class, () -> own)
        .run(context -> assertThat(context.getBean("supersetHealthIndicator")).isSameAs(own));
  }

  @Test
  void health_boot4HealthApiAbsent_noIndicatorAndNoFailure() {
    runner.withClassLoader(new FilteredClassLoader("org.springframework.boot.health")).withPropertyValues(MINIMAL)
        .run(context -> assertThat(context).hasNotFailed().hasSingleBean(SupersetClient.class)
            .doesNotHaveBean("supersetHealthIndicator"));
  }

  @Test
  void doctor_opsPresent_partOfTheHealthChecks() {
    runner.withPropertyValues(MINIMAL).run(context -> assertThat(context).hasBean("supersetDoctorHealth"));
  }

  @Test
  void doctor_backgroundThreadStartsWithTheContextAndStopsWithIt() throws Exception {
    String name = io.github.supersetsdk.spring.boot.autoconfigure.internal.DoctorHealth.THREAD_NAME;
    // Contexts cached by other tests in this JVM keep their own doctor threads: only this one's count.
    java.util.Set<Thread> before = threadsNamed(name);
    java.util.List<Thread> threads = new java.util.ArrayList<>();
    java.util.concurrent.atomic.AtomicReference<io.github.supersetsdk.spring.boot.autoconfigure.internal.DoctorHealth>
        bean = new java.util.concurrent.atomic.AtomicReference<>();
    runner.withPropertyValues(MINIMAL).run(context -> {
      bean.set(context.getBean(io.github.supersetsdk.spring.boot.autoconfigure.internal.DoctorHealth.class));
      assertThat(bean.get().isRunning()).isTrue();
      threads.addAll(threadsNamed(name));
      threads.removeAll(before);
      assertThat(threads).hasSize(1);
    });
    assertThat(bean.get().isRunning()).isFalse();
    threads.get(0).join(5_000);
    assertThat(threads.get(0).isAlive()).isFalse();
  }

  private static java.util.Set<Thread> threadsNamed(String name) {
    java.util.Set<Thread> threads = new java.util.HashSet<>();
    Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(name)).forEach(threads::add);
    return threads;
  }

  @Test
  void doctor_opsAbsent_noDoctorAndNoFailure() {
    runner.withClassLoader(new FilteredClassLoader("io.github.supersetsdk.ops")).withPropertyValues(MINIMAL)
        .run(context -> assertThat(context).hasNotFailed().hasBean("supersetHealthIndicator")
            .doesNotHaveBean("supersetDoctorHealth"));
  }

  @Test
  void sanitizingFunction_onBoot4_masksOurSecrets() {
    runner.withPropertyValues(MINIMAL).run(context -> {
      SanitizingFunction f = context.getBean("supersetSanitizingFunction", SanitizingFunction.class);
      assertThat(f.apply(new SanitizableData(null, "superset.password", "pw")).getValue())
          .isEqualTo(SanitizableData.SANITIZED_VALUE);
      assertThat(f.apply(new SanitizableData(null, "SUPERSET_GUEST_TOKEN_SIGNING_SECRET", "k")).getValue())
          .isEqualTo(SanitizableData.SANITIZED_VALUE);
      assertThat(f.apply(new SanitizableData(null, "superset.username", "admin")).getValue()).isEqualTo("admin");
    });
  }

  @Test
  void chartData_redisConfigured_cacheAndCoordinatorDefined() {
    runner.withPropertyValues(MINIMAL).withPropertyValues("spring.data.redis.cluster.nodes=n1:7001,n2:7002").run(context -> {
      assertThat(context).hasSingleBean(ChartDataCache.class).hasSingleBean(DbtRunCoordinator.class);
      assertThat(context.getBean(RedisConfig.class).clusterEnabled()).isTrue();
      assertThat(context.getBean(RedisConfig.class).uris()).containsExactly("redis://n1:7001", "redis://n2:7002");
    });
  }

  @Test
  void coordinator_zeroMaxInFlight_failureAnalysisNamesTheProperty() {
    runner.withPropertyValues(MINIMAL).withPropertyValues("spring.data.redis.host=cache",
        "superset.cache.coordinator.max-in-flight=0").run(context -> {
          assertThat(context).hasFailed();
          FailureAnalysis a = new SupersetFailureAnalyzer().analyze(context.getStartupFailure());
          assertThat(a).isNotNull();
          assertThat(a.getDescription()).contains("'superset.cache.coordinator.max-in-flight'");
        });
  }
}
