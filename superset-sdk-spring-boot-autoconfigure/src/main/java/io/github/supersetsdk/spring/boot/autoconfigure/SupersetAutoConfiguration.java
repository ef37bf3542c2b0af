package io.github.supersetsdk.spring.boot.autoconfigure;

import static io.github.supersetsdk.spring.boot.autoconfigure.internal.Properties.checked;
import static io.github.supersetsdk.spring.boot.autoconfigure.internal.Properties.required;

import io.github.supersetsdk.client.ClientEventListener;
import io.github.supersetsdk.client.Credentials;
import io.github.supersetsdk.client.CredentialsProvider;
import io.github.supersetsdk.client.LoginType;
import io.github.supersetsdk.client.RetryPolicy;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.embedding.GuestTokenService;
import io.github.supersetsdk.client.embedding.GuestTokenSigning;
import io.github.supersetsdk.client.micrometer.SupersetClientMetrics;
import io.github.supersetsdk.client.micrometer.SupersetClientObservations;
import io.github.supersetsdk.spring.boot.autoconfigure.internal.InvalidSupersetPropertyException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.ssl.NoSuchSslBundleException;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * Defines the {@link SupersetClient} (closed when the context closes) and the {@link
 * GuestTokenService} from the {@code superset.*} properties, each unless the application defines its
 * own, and records the client's requests in the application's Micrometer registry. Switched off with
 * {@code superset.enabled=false}.
 */
@AutoConfiguration(
    afterName = {
      "org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration",
      "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"
    })
@ConditionalOnClass(SupersetClient.class)
@ConditionalOnProperty(prefix = "superset", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(SupersetProperties.class)
public class SupersetAutoConfiguration {

  /** Creates the configuration; Spring instantiates it. */
  public SupersetAutoConfiguration() {}

  /**
   * The client: base URL, credentials (a {@link CredentialsProvider} bean, else {@code
   * superset.username}/{@code superset.password}), timeouts, retry, TLS bundle, then every {@link
   * SupersetClientCustomizer} and {@link ClientEventListener} bean.
   *
   * @param properties the properties
   * @param credentialsProvider the application's credentials provider, if any
   * @param sslBundles Boot's SSL bundles, if configured
   * @param listeners event listeners to add
   * @param customizers customizers to apply, in order
   * @param environment where {@code spring.application.name} is read
   * @return the client
   * @throws InvalidSupersetPropertyException if a property is missing or invalid
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public SupersetClient supersetClient(
      SupersetProperties properties,
      ObjectProvider<CredentialsProvider> credentialsProvider,
      ObjectProvider<SslBundles> sslBundles,
      ObjectProvider<ClientEventListener> listeners,
      ObjectProvider<SupersetClientCustomizer> customizers,
      Environment environment) {
    SupersetClient.Builder builder = SupersetClient.builder();
    String baseUrl = required(properties.baseUrl(), "superset.base-url",
        "Set superset.base-url to Superset's address, for example http://127.0.0.1:8088.");
    checked("superset.base-url", "Set superset.base-url to an http:// or https:// URL.",
        () -> builder.baseUrl(baseUrl));
    CredentialsProvider provider = credentialsProvider.getIfUnique();
    if (provider != null) {
      builder.credentialsProvider(provider);
    } else {
      String username = required(properties.username(), "superset.username",
          "Set superset.username and superset.password, or define a CredentialsProvider bean.");
      String password = required(properties.password(), "superset.password",
          "Set superset.password (for example from an environment variable), or define a CredentialsProvider bean.");
      String loginType = properties.loginType().strip().toLowerCase(Locale.ROOT);
      if (!loginType.equals(LoginType.DB.value()) && !loginType.equals(LoginType.LDAP.value())) {
        // Superset's login API knows these two; any other fails the first call, not the start-up.
        throw new InvalidSupersetPropertyException("superset.login-type", "is not db or ldap",
            "Set superset.login-type to db or ldap, the providers of Superset's login API; for another"
                + " sign-in (OAuth, a proxy), define a CredentialsProvider bean.", null);
      }
      builder.credentials(checked("superset.username", "Set a non-blank superset.username.",
          () -> Credentials.password(username, password, LoginType.of(loginType))));
    }
    if (properties.connectTimeout() != null) {
      checked("superset.connect-timeout", "Use a positive duration such as 5s.",
          () -> builder.connectTimeout(properties.connectTimeout()));
    }
    if (properties.readTimeout() != null) {
      checked("superset.read-timeout", "Use a positive duration such as 30s.",
          () -> builder.readTimeout(properties.readTimeout()));
    }
    if (properties.callTimeout() != null) {
      checked("superset.call-timeout", "Use a positive duration such as 2m.",
          () -> builder.callTimeout(properties.callTimeout()));
    }
    if (properties.maxRequestsInFlight() != null) {
      checked("superset.max-requests-in-flight", "Use a number of at least 1.",
          () -> builder.maxRequestsInFlight(properties.maxRequestsInFlight()));
    }
    if (properties.applicationName() != null) {
      checked("superset.application-name", "Use a product token such as orders-service/1.4, without spaces.",
          () -> builder.applicationName(properties.applicationName()));
    } else {
      String springName = environment.getProperty("spring.application.name");
      if (springName != null) {
        try {
          builder.applicationName(springName);
        } catch (IllegalArgumentException notAToken) {
          // A display name with spaces: the User-Agent names the SDK alone.
        }
      }
    }
    if (properties.defaultHeaders() != null) {
      properties.defaultHeaders().forEach((name, value) -> checked("superset.default-headers." + name,
          "Use a header name the client does not set itself, and a value without line breaks.",
          () -> builder.defaultHeader(name, value)));
    }
    builder.retryPolicy(retryPolicy(properties.retry()));
    String bundle = properties.ssl().bundle();
    if (bundle != null) {
      SslBundles bundles = sslBundles.getIfAvailable();
      if (bundles == null) {
        throw new InvalidSupersetPropertyException("superset.ssl.bundle", "names an SSL bundle, but none are configured",
            "Define the bundle under spring.ssl.bundle.jks." + bundle + " or spring.ssl.bundle.pem." + bundle + ".", null);
      }
      try {
        builder.sslContext(bundles.getBundle(bundle).createSslContext());
      } catch (NoSuchSslBundleException e) {
        throw new InvalidSupersetPropertyException("superset.ssl.bundle", "names SSL bundle '" + bundle
            + "', which does not exist", "Define it under spring.ssl.bundle.jks." + bundle
            + " or spring.ssl.bundle.pem." + bundle + ", or fix the name.", e);
      }
    }
    listeners.orderedStream().forEach(builder::addEventListener);
    customizers.orderedStream().forEach(c -> c.customize(builder));
    return checked("superset", "Check the superset.* properties.", builder::build);
  }

  private static RetryPolicy retryPolicy(SupersetProperties.Retry retry) {
    if (!retry.enabled()) {
      return RetryPolicy.none();
    }
    // Each setting is checked on its own (build() validates), so a failure names its property.
    RetryPolicy.Builder b = RetryPolicy.defaults().toBuilder();
    if (retry.maxAttempts() != null) {
      checked("superset.retry.max-attempts", "Use a number of at least 1.", () -> b.maxAttempts(retry.maxAttempts()).build());
    }
    if (retry.initialBackoff() != null) {
      checked("superset.retry.initial-backoff", "Use a positive duration such as 200ms.",
          () -> b.initialBackoff(retry.initialBackoff()).build());
    }
    if (retry.maxBackoff() != null) {
      checked("superset.retry.max-backoff", "Use a positive duration such as 5s.", () -> b.maxBackoff(retry.maxBackoff()).build());
    }
    if (retry.jitter() != null) {
      checked("superset.retry.jitter", "Use a number from 0 to 1.", () -> b.jitter(retry.jitter()).build());
    }
    return checked("superset.retry", "Make superset.retry.initial-backoff at most superset.retry.max-backoff.", b::build);
  }

  /**
   * The guest-token service: signs locally when {@code superset.guest-token.signing-secret} is set,
   * else mints through Superset with the client.
   *
   * @param properties the properties
   * @param client the client
   * @return the service
   * @throws InvalidSupersetPropertyException if a guest-token property is missing or invalid
   */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnProperty(prefix = "superset.guest-token", name = "enabled", matchIfMissing = true)
  public GuestTokenService supersetGuestTokenService(SupersetProperties properties, SupersetClient client) {
    SupersetProperties.GuestToken settings = properties.guestToken();
    GuestTokenService.Builder builder = GuestTokenService.builder();
    checked("superset.guest-token.refresh-margin", "Use zero or a positive duration.",
        () -> builder.refreshMargin(settings.refreshMargin()));
    checked("superset.guest-token.maximum-size", "Use a number of at least 1.",
        () -> builder.maximumSize(settings.maximumSize()));
    String secret = settings.signingSecret();
    if (secret == null || secret.isEmpty()) {
      builder.client(client);
      return builder.build();
    }
    String audience = required(settings.audience(), "superset.guest-token.audience",
        "Set superset.guest-token.audience to Superset's GUEST_TOKEN_JWT_AUDIENCE; local signing needs it.");
    GuestTokenSigning signing = checked("superset.guest-token.signing-secret",
        "Use Superset's GUEST_TOKEN_JWT_SECRET, at least as long as the algorithm's hash (32 bytes for HS256).",
        () -> GuestTokenSigning.of(settings.algorithm(), secret, audience));
    checked("superset.guest-token.lifetime", "Use a positive duration such as 5m.",
        () -> builder.signing(signing.withLifetime(settings.lifetime())));
    return checked("superset.guest-token.signing-secret",
        "Add com.nimbusds:nimbus-jose-jwt to the application, or remove the secret to mint through Superset.",
        builder::build);
  }

  /** Records the client's requests in the application's {@link MeterRegistry}, when it has one. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(MeterRegistry.class)
  @ConditionalOnProperty(prefix = "superset.metrics", name = "enabled", matchIfMissing = true)
  static class MetricsConfiguration {

    @Bean
    @Order(0)
    SupersetClientCustomizer supersetClientMetricsCustomizer(ObjectProvider<MeterRegistry> registry) {
      return builder -> {
        MeterRegistry r = registry.getIfUnique();
        if (r != null) {
          builder.addEventListener(SupersetClientMetrics.create(r));
        }
      };
    }
  }

  /**
   * Reports the client's calls as observations to the application's {@link ObservationRegistry},
   * when Micrometer Tracing is on the class path: each call a span, its login and CSRF fetches child
   * spans. Without tracing, the meters above already time the calls.
   */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = {"io.micrometer.observation.ObservationRegistry", "io.micrometer.tracing.Tracer"})
  @ConditionalOnProperty(prefix = "superset.observations", name = "enabled", matchIfMissing = true)
  static class ObservationConfiguration {

    @Bean
    @Order(0)
    SupersetClientCustomizer supersetClientObservationsCustomizer(ObjectProvider<ObservationRegistry> registry) {
      return builder -> {
        ObservationRegistry r = registry.getIfUnique();
        if (r != null && !r.isNoop()) {
          builder.addEventListener(SupersetClientObservations.create(r));
        }
      };
    }
  }
}
