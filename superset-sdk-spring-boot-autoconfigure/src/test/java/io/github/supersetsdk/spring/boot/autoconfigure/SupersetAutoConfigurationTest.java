package io.github.supersetsdk.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.supersetsdk.cache.RedisConfig;
import io.github.supersetsdk.cache.TieredCache;
import io.github.supersetsdk.cache.chartdata.ChartDataCache;
import io.github.supersetsdk.cache.chartdata.DbtRunCoordinator;
import io.github.supersetsdk.client.Credentials;
import io.github.supersetsdk.client.CredentialsProvider;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.embedding.GuestTokenService;
import io.github.supersetsdk.client.exception.SupersetException;
import io.github.supersetsdk.client.micrometer.SupersetClientMetrics;
import io.github.supersetsdk.client.testing.ObservationRecorder;
import io.github.supersetsdk.spring.boot.autoconfigure.internal.SupersetFailureAnalyzer;
import io.github.supersetsdk.sync.DbtSync;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Tracer;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.SpringFactoriesLoader;

class SupersetAutoConfigurationTest {

  // Nothing listens on port 9: calls fail fast, which is all the metrics test needs.
  private static final String[] MINIMAL = {
    "superset.base-url=http://127.0.0.1:9", "superset.username=admin", "superset.password=s3cret-pw"
  };

  // The process environment is left out: Boot binds SUPERSET_PASSWORD and the like to superset.*, and
  // the machines that run these tests export them for the integration tests.
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withInitializer(context -> context.getEnvironment().getPropertySources()
          .remove(org.springframework.core.env.StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME))
      .withConfiguration(AutoConfigurations.of(SupersetAutoConfiguration.class, SupersetCacheAutoConfiguration.class,
          SupersetSyncAutoConfiguration.class, SupersetActuatorAutoConfiguration.class,
          SupersetHealthAutoConfiguration.class, SupersetBoot4HealthAutoConfiguration.class));

  private static final String REDIS = "superset.cache.redis-url=redis://127.0.0.1:6379";

  private static FailureAnalysis analysis(AssertableApplicationContext context) {
    assertThat(context).hasFailed();
    FailureAnalysis analysis = new SupersetFailureAnalyzer().analyze(context.getStartupFailure());
    assertThat(analysis).as("failure analysis of %s", context.getStartupFailure()).isNotNull();
    return analysis;
  }

  @Test
  void properties_complete_defineClientAndRemoteGuestTokenService() {
    runner.withPropertyValues(MINIMAL).run(context -> {
      assertThat(context).hasSingleBean(SupersetClient.class).hasSingleBean(GuestTokenService.class);
      assertThat(context.getBean(SupersetClient.class).baseUrl()).hasToString("http://127.0.0.1:9");
      assertThat(context.getBean(GuestTokenService.class).signsLocally()).isFalse();
      assertThat(context.getBean(SupersetClient.class).toString()).doesNotContain("s3cret-pw");
    });
  }

  @Test
  void defaultHeaders_sentWithEveryRequest_valuesNeverPrinted() throws Exception {
    List<String> seen = new CopyOnWriteArrayList<>();
    List<String> agents = new CopyOnWriteArrayList<>();
    HttpServer superset = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    superset.createContext("/", exchange -> {
      seen.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " "
          + exchange.getRequestHeaders().getFirst("CF-Access-Client-Secret"));
      agents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
      exchange.sendResponseHeaders(401, -1);
      exchange.close();
    });
    superset.start();
    try {
      runner.withPropertyValues("superset.base-url=http://127.0.0.1:" + superset.getAddress().getPort(),
              "superset.username=admin", "superset.password=pw", "superset.retry.enabled=false",
              "spring.application.name=orders-service", "superset.default-headers.CF-Access-Client-Id=id-1",
              "superset.default-headers.CF-Access-Client-Secret=hdr-s3cret")
          .run(context -> {
            try {
              context.getBean(SupersetClient.class).currentUser().get();
            } catch (SupersetException expected) {
              // 401: what matters is what the login request carried.
            }
            // The health indicator's doctor probes too (health, version, login page): each carries it.
            assertThat(seen).contains("POST /api/v1/security/login hdr-s3cret")
                .allSatisfy(request -> assertThat(request).endsWith(" hdr-s3cret"));
            assertThat(context.getBean(SupersetProperties.class).toString())
                .contains("CF-Access-Client-Secret").doesNotContain("hdr-s3cret");
            assertThat(context.getBean(SupersetClient.class).toString()).doesNotContain("hdr-s3cret");
            // spring.application.name names the application in the client's User-Agent (the login's).
            assertThat(agents).anyMatch(agent -> agent.matches("superset-sdk-java/\\S+ orders-service"));
          });
    } finally {
      superset.stop(0);
    }
  }

  @Test
  void applicationName_notAProductToken_failsNamingTheProperty() {
    runner.withPropertyValues(MINIMAL).withPropertyValues("superset.application-name=Orders Service")
        .run(context -> assertThat(analysis(context).getDescription())
            .contains("superset.application-name").contains("not a product token"));
  }

  @Test
  void springApplicationName_withSpaces_isLeftOutOfTheUserAgentWithoutFailing() {
    runner.withPropertyValues(MINIMAL).withPropertyValues("spring.application.name=Orders Service")
        .run(context -> assertThat(context).hasNotFailed().hasSingleBean(SupersetClient.class));
  }

  @Test
  void defaultHeaders_oneTheClientSetsItself_failsNamingTheProperty() {
    runner.withPropertyValues(MINIMAL).withPropertyValues("superset.default-headers.Authorization=Bearer t0ken")
        .run(context -> {
          FailureAnalysis a = analysis(context);
          assertThat(a.getDescription()).contains("superset.default-headers.Authorization")
              .contains("set by the client itself").doesNotContain("t0ken");
        });
  }

  @Test
  void baseUrl_missing_failsNamingTheProperty() {
    runner.withPropertyValues("superset.username=admin", "superset.password=pw").run(context -> {
      FailureAnalysis a = analysis(context);
      assertThat(a.getDescription()).contains("'superset.base-url'").contains("is not set");
      assertThat(a.getAction()).contains("superset.base-url");
    });
  }

  @Test
  void baseUrl_invalid_failsNamingTheProperty() {
    runner.withPropertyValues("superset.base-url=ftp://example.org", "superset.username=admin",
        "superset.password=pw").run(context -> {
          FailureAnalysis a = analysis(context);
          assertThat(a.getDescription()).contains("'superset.base-url'").contains("invalid");
        });
  }

  @Test
  void password_missing_failsNamingThePropertyAndTheAlternative() {
    runner.withPropertyValues("superset.base-url=http://127.0.0.1:9", "superset.username=admin").run(context -> {
      FailureAnalysis a = analysis(context);
      assertThat(a.getDescription()).contains("'superset.password'");
      assertThat(a.getAction()).contains("CredentialsProvider");
    });
  }

  @Test
  void loginType_notALoginProvider_failsTheStartNamingTheProperty() {
    runner.withPropertyValues(MINIMAL).withPropertyValues("superset.login-type=oauth").run(context -> {
      FailureAnalysis a = analysis(context);
      assertThat(a.getDescription()).contains("'superset.login-type'").contains("not db or ldap");
      assertThat(a.getAction()).contains("CredentialsProvider");
    });
    runner.withPropertyValues(MINIMAL).withPropertyValues("superset.login-type=LDAP").run(context ->
        assertThat(context).hasNotFailed());
  }

  @Test
  void retry_invalidJitter_failsNamingTheProperty() {
    runner.withPropertyValues(MINIMAL).withPropertyValues("superset.retry.jitter=3").run(context ->
        assertThat(analysis(context).getDescription()).contains("'superset.retry.jitter'"));
  }

  @Test
  void connectTimeout_unparsable_failsNamingTheProperty() {
    // Boot's own binder rejects it; its failure names the property as ours do.
    runner.withPropertyValues(MINIMAL).withPropertyValues("superset.connect-timeout=soon").run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("soon");
      assertThat(context.getStartupFailure()).hasMessageContaining("superset");
    });
  }

  @Test
  void sslBundle_unknown_failsNamingTheProperty() {
    runner.withPropertyValues(MINIMAL).withPropertyValues("superset.ssl.bundle=corp").run(context ->
        assertThat(analysis(context).getDescription()).contains("'superset.ssl.bundle'"));
  }

  @Test
  void credentialsProviderBean_replacesUsernameAndPassword() {
    runner.withPropertyValues("superset.base-url=http://127.0.0.1:9")
        .withBean(CredentialsProvider.class, () -> () -> Credentials.password("vault-user", "from-vault"))
        .run(context -> assertThat(context).hasNotFailed().hasSingleBean(SupersetClient.class));
  }

  @Test
  void userClient_autoConfiguredOneBacksOff() {
    runner.withUserConfiguration(OwnClient.class).run(context -> {
      assertThat(context).hasSingleBean(SupersetClient.class);
      assertThat(context.getBean(SupersetClient.class).baseUrl()).hasToString("http://own.example:8088");
      // The guest-token service is built on the application's client.
      assertThat(context).hasSingleBean(GuestTokenService.class);
    });
  }

  @Test
  void userGuestTokenService_autoConfiguredOneBacksOff() {
    GuestTokenService own = GuestTokenService.builder()
        .signing(io.github.supersetsdk.client.embedding.GuestTokenSigning.hs256("x".repeat(32), "aud")).build();
    runner.withPropertyValues(MINIMAL).withBean(GuestTokenService.class, () -> own)
        .run(context -> assertThat(context.getBean(GuestTokenService.class)).isSameAs(own));
  }

  @Test
  void enabledFalse_definesNothing() {
    runner.withPropertyValues(MINIMAL).withPropertyValues("superset.enabled=false", "superset.cache.redis-url=redis://h:1")
        .run(context -> assertThat(context).doesNotHaveBean(SupersetClient.class)
            .doesNotHaveBean(GuestTokenService.class).doesNotHaveBean(SupersetCaches.class));
  }

  @Test
  void guestTokenDisabled_noService() {
    runner.withPropertyValues(MINIMAL).withPropertyValues("superset.guest-token.enabled=false")
        .run(context -> assertThat(context).hasSingleBean(SupersetClient.class).doesNotHaveBean(GuestTokenService.class));
  }

  @Test
  void signingSecret_withAudience_signsLocally() {
    runner.withPropertyValues(MINIMAL).withPropertyValues("superset.guest-token.signing-secret=" + "k".repeat(32),
        "superset.guest-token.audience=superset-sdk", "superset.guest-token.lifetime=2m")
        .run(context -> assertThat(context.getBean(GuestTokenService.class).signsLocally()).isTrue());
  }

  @Test
  void signingSecret_withoutAudience_failsNamingAudience() {
    runner.withPropertyValues(MINIMAL).withPropertyValues("superset.guest-token.signing-secret=" + "k".repeat(32))
        .run(context -> assertThat(analysis(context).getDescription()).contains("'superset.guest-token.audience'"));
  }

  @Test
  void signingSecret_tooShort_failsNamingTheSecretWithoutShowingIt() {
    runner.withPropertyValues(MINIMAL).withPropertyValues("superset.guest-token.signing-secret=short-secret",
        "superset.guest-token.audience=a").run(context -> {
          FailureAnalysis a = analysis(context);
          assertThat(a.getDescription()).contains("'superset.guest-token.signing-secret'").doesNotContain("short-secret");
        });
  }

  @Test
  void meterRegistry_present_clientRecordsRequests() {
    runner.withPropertyValues(MINIMAL).withPropertyValues("superset.retry.enabled=false")
        .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .run(context -> {
          SupersetClient client = context.getBean(SupersetClient.class);
          try {
            client.currentUser().get();
          } catch (SupersetException expected) {
            // Nothing listens: the failure is what gets recorded.
          }
          assertThat(context.getBean(MeterRegistry.class).find(SupersetClientMetrics.ERRORS).counters()).isNotEmpty();
        });
  }

  @Test
  void metricsDisabled_clientRecordsNothing() {
    runner.withPropertyValues(MINIMAL).withPropertyValues("superset.retry.enabled=false", "superset.metrics.enabled=false")
        .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .run(context -> {
          try {
            context.getBean(SupersetClient.class).currentUser().get();
          } catch (SupersetException expected) {
            // recorded nowhere
          }
          assertThat(context.getBean(MeterRegistry.class).getMeters()).isEmpty();
        });
  }

  @Test
  void observationRegistryAndTracing_present_clientReportsEachCallAsAnObservation() {
    ObservationRecorder recorder = new ObservationRecorder();
    runner.withPropertyValues(MINIMAL).withPropertyValues("superset.retry.enabled=false")
        .withBean(ObservationRegistry.class, recorder::registry)
        .run(context -> {
          try {
            context.getBean(SupersetClient.class).currentUser().get();
          } catch (SupersetException expected) {
            // Nothing listens: the failed login is what gets observed.
          }
          assertThat(recorder.stopped()).extracting(ObservationRecorder.Seen::contextualName)
              .contains("superset POST /api/v1/security/login");
        });
  }

  @Test
  void observations_offWithoutTracingOrWhenDisabled() {
    ObservationRecorder recorder = new ObservationRecorder();
    ApplicationContextRunner withRegistry = runner.withPropertyValues(MINIMAL)
        .withPropertyValues("superset.retry.enabled=false").withBean(ObservationRegistry.class, recorder::registry);
    withRegistry.withClassLoader(new FilteredClassLoader(Tracer.class)).run(context -> {
      callIgnoringFailure(context.getBean(SupersetClient.class));
      assertThat(recorder.stopped()).isEmpty();
    });
    withRegistry.withPropertyValues("superset.observations.enabled=false").run(context -> {
      callIgnoringFailure(context.getBean(SupersetClient.class));
      assertThat(recorder.stopped()).isEmpty();
    });
  }

  private static void callIgnoringFailure(SupersetClient client) {
    try {
      client.currentUser().get();
    } catch (SupersetException expected) {
      // nothing listens
    }
  }

  @Test
  void client_closedWithTheContext() {
    SupersetClient[] seen = new SupersetClient[1];
    runner.withPropertyValues(MINIMAL).run(context -> seen[0] = context.getBean(SupersetClient.class));
    // A closed client rejects calls before any I/O.
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> seen[0].currentUser().get())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void cache_noRedisConfigured_noCacheBeans() {
    runner.withPropertyValues(MINIMAL)
        .run(context -> assertThat(context).doesNotHaveBean(SupersetCaches.class).doesNotHaveBean(RedisConfig.class));
  }

  @Test
  void cache_redisUrl_definesFactoryWithTheUrl() {
    runner.withPropertyValues(MINIMAL).withPropertyValues("superset.cache.redis-url=redis://127.0.0.1:6390/2",
        "superset.cache.command-timeout=250ms").run(context -> {
          assertThat(context).hasSingleBean(SupersetCaches.class);
          RedisConfig redis = context.getBean(RedisConfig.class);
          assertThat(redis.uri()).isEqualTo("redis://127.0.0.1:6390/2");
          assertThat(redis.commandTimeout()).hasMillis(250);
        });
  }

  @Test
  void cache_bootRedisProperties_usedWhenOursAreUnset() {
    runner.withPropertyValues(MINIMAL).withPropertyValues("spring.data.redis.host=cache.internal",
        "spring.data.redis.port=6380", "spring.data.redis.password=p@ss word", "spring.data.redis.database=3",
        "spring.data.redis.ssl.enabled=true").run(context ->
            assertThat(context.getBean(RedisConfig.class).uri()).isEqualTo("rediss://:p%40ss%20word@cache.internal:6380/3"));
  }

  @Test
  void cache_invalidRedisUrl_failsNamingTheProperty() {
    runner.withPropertyValues(MINIMAL).withPropertyValues("superset.cache.redis-url=http://not-redis")
        .run(context -> assertThat(analysis(context).getDescription()).contains("'superset.cache.redis-url'"));
  }

  @Test
  void cache_moduleAbsent_noCacheBeans() {
    runner.withClassLoader(new FilteredClassLoader(TieredCache.class)).withPropertyValues(MINIMAL)
        .withPropertyValues("superset.cache.redis-url=redis://127.0.0.1:6379")
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(SupersetCaches.class));
  }

  @Test
  void cache_userRedisConfig_backsOff() {
    RedisConfig own = RedisConfig.of("redis://own:6379");
    runner.withPropertyValues(MINIMAL).withPropertyValues("superset.cache.redis-url=redis://127.0.0.1:6379")
        .withBean(RedisConfig.class, () -> own)
        .run(context -> assertThat(context.getBean(SupersetCaches.class).redis()).isSameAs(own));
  }

  @Test
  void cache_disabled_noCacheBeans() {
    runner.withPropertyValues(MINIMAL).withPropertyValues("superset.cache.redis-url=redis://127.0.0.1:6379",
        "superset.cache.enabled=false").run(context -> assertThat(context).doesNotHaveBean(SupersetCaches.class));
  }

  @Test
  void sync_databaseSet_definesDbtSync() {
    runner.withPropertyValues(MINIMAL).withPropertyValues("superset.sync.database=warehouse",
        "superset.sync.select=tag:finance").run(context -> assertThat(context).hasSingleBean(DbtSync.class));
  }

  @Test
  void sync_databaseUnset_noDbtSync() {
    runner.withPropertyValues(MINIMAL).run(context -> assertThat(context).doesNotHaveBean(DbtSync.class));
  }

  @Test
  void sync_moduleAbsent_noDbtSync() {
    runner.withClassLoader(new FilteredClassLoader(DbtSync.class)).withPropertyValues(MINIMAL)
        .withPropertyValues("superset.sync.database=warehouse")
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(DbtSync.class));
  }

  @Test
  void sync_userBean_backsOff() {
    runner.withPropertyValues(MINIMAL).withPropertyValues("superset.sync.database=warehouse")
        .withUserConfiguration(OwnSync.class)
        .run(context -> assertThat(context).hasSingleBean(DbtSync.class).hasBean("ownSync"));
  }

  @Test
  void health_actuatorPresent_definesIndicator() {
    runner.withPropertyValues(MINIMAL).run(context -> assertThat(context).hasSingleBean(SupersetHealthIndicator.class));
  }

  @Test
  void health_disabled_noIndicator() {
    runner.withPropertyValues(MINIMAL).withPropertyValues("management.health.superset.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean(SupersetHealthIndicator.class));
  }

  @Test
  void health_actuatorAbsent_noIndicatorAndNoFailure() {
    runner.withClassLoader(new FilteredClassLoader("org.springframework.boot.actuate")).withPropertyValues(MINIMAL)
        .run(context -> assertThat(context).hasNotFailed().hasSingleBean(SupersetClient.class)
            .doesNotHaveBean(SupersetHealthIndicator.class));
  }

  @Test
  void health_noClient_noIndicator() {
    runner.withPropertyValues("superset.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean(SupersetHealthIndicator.class));
  }

  @Test
  void health_onBoot3_theBoot3IndicatorUnderTheSharedName() {
    // The Boot 4 auto-configuration is in the runner too: Boot 4's health API is absent, so it is skipped.
    runner.withPropertyValues(MINIMAL).run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context.getBean("supersetHealthIndicator")).isInstanceOf(SupersetHealthIndicator.class);
      assertThat(context.getBeansOfType(org.springframework.boot.actuate.health.HealthIndicator.class)).hasSize(1);
    });
  }

  @Test
  void health_unreachableSuperset_downNamingTheLoginCheck() {
    runner.withPropertyValues(MINIMAL).withPropertyValues("superset.retry.enabled=false").run(context -> {
      org.springframework.boot.actuate.health.Health h = context.getBean(SupersetHealthIndicator.class).health();
      assertThat(h.getStatus()).isEqualTo(org.springframework.boot.actuate.health.Status.DOWN);
      assertThat(h.getDetails()).containsEntry("check", "login");
      assertThat(h.toString()).doesNotContain("s3cret-pw");
    });
  }

  @Test
  void sanitizingFunction_masksOurSecretsOnly() {
    runner.withPropertyValues(MINIMAL).run(context -> {
      org.springframework.boot.actuate.endpoint.SanitizingFunction f =
          context.getBean("supersetSanitizingFunction", org.springframework.boot.actuate.endpoint.SanitizingFunction.class);
      assertThat(f.apply(new org.springframework.boot.actuate.endpoint.SanitizableData(null, "superset.password", "pw"))
          .getValue()).isEqualTo(org.springframework.boot.actuate.endpoint.SanitizableData.SANITIZED_VALUE);
      assertThat(f.apply(new org.springframework.boot.actuate.endpoint.SanitizableData(null,
          "superset.guest-token.signing-secret", "k")).getValue())
          .isEqualTo(org.springframework.boot.actuate.endpoint.SanitizableData.SANITIZED_VALUE);
      assertThat(f.apply(new org.springframework.boot.actuate.endpoint.SanitizableData(null, "superset.username", "admin"))
          .getValue()).isEqualTo("admin");
    });
  }

  @Test
  void doctor_opsPresent_healthRunsTheDoctor() {
    runner.withPropertyValues(MINIMAL).run(context ->
        assertThat(context).hasBean("supersetDoctorHealth").getBean("supersetDoctorHealth")
            .isInstanceOf(io.github.supersetsdk.spring.boot.autoconfigure.internal.DoctorHealth.class));
  }

  @Test
  void doctor_opsAbsent_noDoctorAndNoFailure() {
    runner.withClassLoader(new FilteredClassLoader("io.github.supersetsdk.ops")).withPropertyValues(MINIMAL)
        .run(context -> assertThat(context).hasNotFailed().hasSingleBean(SupersetHealthIndicator.class)
            .doesNotHaveBean("supersetDoctorHealth"));
  }

  @Test
  void doctor_disabled_noDoctor() {
    runner.withPropertyValues(MINIMAL).withPropertyValues("superset.health.doctor.enabled=false")
        .run(context -> assertThat(context).hasSingleBean(SupersetHealthIndicator.class)
            .doesNotHaveBean("supersetDoctorHealth"));
  }

  @Test
  void doctor_negativeTimeToLive_failsNamingTheProperty() {
    runner.withPropertyValues(MINIMAL).withPropertyValues("superset.health.doctor.time-to-live=-1s")
        .run(context -> assertThat(analysis(context).getDescription()).contains("'superset.health.doctor.time-to-live'"));
  }

  @Test
  void doctor_zeroTimeToLive_failsNamingTheProperty() {
    runner.withPropertyValues(MINIMAL).withPropertyValues("superset.health.doctor.time-to-live=0s")
        .run(context -> assertThat(analysis(context).getDescription()).contains("'superset.health.doctor.time-to-live'")
            .contains("positive"));
  }

  @Test
  void doctor_backgroundThreadStartsWithTheContextAndStopsWithIt() throws Exception {
    java.util.concurrent.atomic.AtomicReference<io.github.supersetsdk.spring.boot.autoconfigure.internal.DoctorHealth>
        bean = new java.util.concurrent.atomic.AtomicReference<>();
    java.util.List<Thread> threads = new java.util.ArrayList<>();
    // Contexts cached by other tests in this JVM keep their own doctor threads: only this one's count.
    java.util.Set<Thread> before = doctorThreads();
    runner.withPropertyValues(MINIMAL).run(context -> {
      bean.set(context.getBean(io.github.supersetsdk.spring.boot.autoconfigure.internal.DoctorHealth.class));
      assertThat(bean.get().isRunning()).isTrue();
      threads.addAll(doctorThreads());
      threads.removeAll(before);
      assertThat(threads).hasSize(1);
      // The doctor cannot reach port 9; its failure is a detail, never the health request's exception.
      org.springframework.boot.actuate.health.Health h = context.getBean(SupersetHealthIndicator.class).health();
      assertThat(h.getStatus()).isEqualTo(org.springframework.boot.actuate.health.Status.DOWN);
      assertThat(h.getDetails()).containsEntry("check", "login");
    });
    assertThat(bean.get().isRunning()).isFalse();
    for (Thread t : threads) {
      t.join(5_000);
      assertThat(t.isAlive()).as("%s after the context closed", t).isFalse();
    }
  }

  private static java.util.Set<Thread> doctorThreads() {
    java.util.Set<Thread> threads = new java.util.HashSet<>();
    Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().equals(io.github.supersetsdk.spring.boot.autoconfigure.internal.DoctorHealth.THREAD_NAME))
        .forEach(threads::add);
    return threads;
  }

  @Test
  void doctor_zeroTimeout_failsNamingTheProperty() {
    runner.withPropertyValues(MINIMAL).withPropertyValues("superset.health.doctor.timeout=0s")
        .run(context -> assertThat(analysis(context).getDescription()).contains("'superset.health.doctor.timeout'"));
  }

  @Test
  void chartData_redisAndClient_definesCacheAndCoordinatorClosedWithTheContext() {
    runner.withPropertyValues(MINIMAL).withPropertyValues(REDIS).run(context -> {
      assertThat(context).hasSingleBean(ChartDataCache.class).hasSingleBean(DbtRunCoordinator.class);
      assertThat(((org.springframework.beans.factory.support.AbstractBeanDefinition) context.getBeanFactory()
          .getMergedBeanDefinition("supersetChartDataCache")).getDestroyMethodNames()).containsExactly("close");
    });
  }

  @Test
  void chartData_noRedis_noCacheNorCoordinator() {
    runner.withPropertyValues(MINIMAL).run(context ->
        assertThat(context).doesNotHaveBean(ChartDataCache.class).doesNotHaveBean(DbtRunCoordinator.class));
  }

  @Test
  void chartData_noClient_noCacheNorCoordinator() {
    // The application left the client's auto-configuration out and defines no client.
    new ApplicationContextRunner()
        .withInitializer(context -> context.getEnvironment().getPropertySources()
            .remove(org.springframework.core.env.StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME))
        .withConfiguration(AutoConfigurations.of(SupersetCacheAutoConfiguration.class))
        .withPropertyValues(REDIS)
        .run(context -> assertThat(context).hasNotFailed().hasSingleBean(SupersetCaches.class)
            .doesNotHaveBean(ChartDataCache.class).doesNotHaveBean(DbtRunCoordinator.class));
  }

  @Test
  void chartData_disabled_noCacheNorCoordinator() {
    runner.withPropertyValues(MINIMAL).withPropertyValues(REDIS, "superset.cache.chart-data.enabled=false")
        .run(context -> assertThat(context).hasSingleBean(SupersetCaches.class).doesNotHaveBean(ChartDataCache.class)
            .doesNotHaveBean(DbtRunCoordinator.class));
  }

  @Test
  void coordinator_disabled_cacheOnly() {
    runner.withPropertyValues(MINIMAL).withPropertyValues(REDIS, "superset.cache.coordinator.enabled=false")
        .run(context -> assertThat(context).hasSingleBean(ChartDataCache.class).doesNotHaveBean(DbtRunCoordinator.class));
  }

  @Test
  void chartData_userBeans_autoConfiguredOnesBackOff() {
    runner.withPropertyValues(MINIMAL).withPropertyValues(REDIS).withUserConfiguration(OwnChartData.class)
        .run(context -> {
          assertThat(context).hasSingleBean(ChartDataCache.class).hasBean("ownChartDataCache")
              .hasSingleBean(DbtRunCoordinator.class).hasBean("ownCoordinator");
        });
  }

  @Test
  void chartData_userCacheOnly_coordinatorUsesIt() {
    runner.withPropertyValues(MINIMAL).withPropertyValues(REDIS).withUserConfiguration(OwnChartDataCacheOnly.class)
        .run(context -> assertThat(context).hasSingleBean(ChartDataCache.class).hasBean("ownChartDataCache")
            .hasSingleBean(DbtRunCoordinator.class).hasBean("supersetDbtRunCoordinator"));
  }

  @Test
  void chartData_zeroMetadataTtl_failsNamingTheProperty() {
    runner.withPropertyValues(MINIMAL).withPropertyValues(REDIS, "superset.cache.chart-data.metadata-ttl=0s")
        .run(context -> assertThat(analysis(context).getDescription())
            .contains("'superset.cache.chart-data.metadata-ttl'").contains("must be positive"));
  }

  @Test
  void chartData_zeroMaximumSize_failsNamingTheProperty() {
    runner.withPropertyValues(MINIMAL).withPropertyValues(REDIS, "superset.cache.maximum-size=0")
        .run(context -> assertThat(analysis(context).getDescription()).contains("'superset.cache.maximum-size'"));
  }

  @Test
  void chartData_emptyKeyPrefix_failsNamingTheProperty() {
    runner.withPropertyValues(MINIMAL).withPropertyValues(REDIS, "superset.cache.chart-data.key-prefix=")
        .run(context -> assertThat(analysis(context).getDescription()).contains("'superset.cache.chart-data.key-prefix'"));
  }

  @Test
  void coordinator_zeroMaxInFlight_failsNamingTheProperty() {
    runner.withPropertyValues(MINIMAL).withPropertyValues(REDIS, "superset.cache.coordinator.max-in-flight=0")
        .run(context -> assertThat(analysis(context).getDescription())
            .contains("'superset.cache.coordinator.max-in-flight'").contains("at least 1"));
  }

  @Test
  void cache_zeroCommandTimeout_failsNamingTheProperty() {
    runner.withPropertyValues(MINIMAL).withPropertyValues(REDIS, "superset.cache.command-timeout=0s")
        .run(context -> assertThat(analysis(context).getDescription()).contains("'superset.cache.command-timeout'"));
  }

  @Test
  void cache_bootClusterNodes_clusterConfigWithEveryNodeAndThePassword() {
    runner.withPropertyValues(MINIMAL).withPropertyValues("spring.data.redis.cluster.nodes=10.0.0.1:7001,10.0.0.2:7002",
        "spring.data.redis.password=pw", "spring.data.redis.host=ignored-when-clustered").run(context -> {
          RedisConfig redis = context.getBean(RedisConfig.class);
          assertThat(redis.clusterEnabled()).isTrue();
          assertThat(redis.uris()).containsExactly("redis://:pw@10.0.0.1:7001", "redis://:pw@10.0.0.2:7002");
          assertThat(redis.toString()).doesNotContain(":pw@");
          assertThat(context).hasSingleBean(ChartDataCache.class);
        });
  }

  @Test
  void cache_bootClusterNodesIndexed_bound() {
    runner.withPropertyValues(MINIMAL).withPropertyValues("spring.data.redis.cluster.nodes[0]=a:7001",
        "spring.data.redis.cluster.nodes[1]=[::1]:7002", "spring.data.redis.ssl.enabled=true").run(context ->
            assertThat(context.getBean(RedisConfig.class).uris()).containsExactly("rediss://a:7001", "rediss://[::1]:7002"));
  }

  @Test
  void cache_ourRedisUrl_winsOverBootCluster() {
    runner.withPropertyValues(MINIMAL).withPropertyValues(REDIS, "spring.data.redis.cluster.nodes=a:7001")
        .run(context -> assertThat(context.getBean(RedisConfig.class).clusterEnabled()).isFalse());
  }

  @Test
  void cache_clusterNodeWithoutPort_failsNamingTheEntry() {
    runner.withPropertyValues(MINIMAL).withPropertyValues("spring.data.redis.cluster.nodes=a:7001,b")
        .run(context -> {
          FailureAnalysis a = analysis(context);
          assertThat(a.getDescription()).contains("'spring.data.redis.cluster.nodes[1]'").contains("host:port");
        });
  }

  @Test
  void failureAnalyzer_registeredForBoot() {
    assertThat(SpringFactoriesLoader.forDefaultResourceLocation()
        .load(org.springframework.boot.diagnostics.FailureAnalyzer.class,
            SpringFactoriesLoader.FailureHandler.handleMessage((message, failure) -> { })))
        .anyMatch(SupersetFailureAnalyzer.class::isInstance);
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnClient {
    @Bean
    SupersetClient ownClient() {
      return SupersetClient.builder().baseUrl("http://own.example:8088")
          .credentials(Credentials.password("me", "pw")).build();
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnChartData {
    @Bean(destroyMethod = "close")
    ChartDataCache ownChartDataCache(SupersetClient client) {
      return ChartDataCache.builder(client).redis(RedisConfig.of("redis://own:6379")).build();
    }

    @Bean
    DbtRunCoordinator ownCoordinator(SupersetClient client) {
      return DbtRunCoordinator.builder(client).build();
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnChartDataCacheOnly {
    @Bean(destroyMethod = "close")
    ChartDataCache ownChartDataCache(SupersetClient client) {
      return ChartDataCache.builder(client).redis(RedisConfig.of("redis://own:6379")).build();
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnSync {
    @Bean
    DbtSync ownSync(SupersetClient client) {
      return DbtSync.builder(client).database("mine").build();
    }
  }
}
