package io.github.supersetsdk.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.supersetsdk.cache.RedisConfig;
import io.github.supersetsdk.cache.TieredCache;
import io.github.supersetsdk.client.Credentials;
import io.github.supersetsdk.client.CredentialsProvider;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.embedding.GuestTokenService;
import io.github.supersetsdk.client.exception.SupersetException;
import io.github.supersetsdk.client.micrometer.SupersetClientMetrics;
import io.github.supersetsdk.spring.boot.autoconfigure.internal.SupersetFailureAnalyzer;
import io.github.supersetsdk.sync.DbtSync;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
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
          SupersetSyncAutoConfiguration.class, SupersetActuatorAutoConfiguration.class));

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
  static class OwnSync {
    @Bean
    DbtSync ownSync(SupersetClient client) {
      return DbtSync.builder(client).database("mine").build();
    }
  }
}
