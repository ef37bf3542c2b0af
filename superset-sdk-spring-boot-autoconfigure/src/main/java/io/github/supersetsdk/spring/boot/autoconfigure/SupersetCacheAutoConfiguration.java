package io.github.supersetsdk.spring.boot.autoconfigure;

import static io.github.supersetsdk.spring.boot.autoconfigure.internal.Properties.atLeastOne;
import static io.github.supersetsdk.spring.boot.autoconfigure.internal.Properties.checked;
import static io.github.supersetsdk.spring.boot.autoconfigure.internal.Properties.positive;

import io.github.supersetsdk.cache.RedisConfig;
import io.github.supersetsdk.cache.TieredCache;
import io.github.supersetsdk.cache.chartdata.ChartDataCache;
import io.github.supersetsdk.cache.chartdata.DbtRunCoordinator;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.dbt.manifest.DbtManifest;
import io.github.supersetsdk.spring.boot.autoconfigure.internal.RedisUrls;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Defines the cache beans when superset-sdk-cache is on the class path and Redis is configured:
 * {@code superset.cache.redis-url}, else Boot's {@code spring.data.redis.cluster.nodes} (a Redis
 * Cluster), {@code spring.data.redis.url} or {@code spring.data.redis.host}. The beans: the {@link
 * RedisConfig}, the {@link SupersetCaches} factory, and, with the client bean, the {@link
 * ChartDataCache} and the {@link DbtRunCoordinator} that invalidates and warms it after a dbt run.
 * Each backs off when the application defines its own; the caches are closed with the context.
 * Switched off with {@code superset.cache.enabled=false}.
 */
@AutoConfiguration(after = SupersetAutoConfiguration.class)
@ConditionalOnClass(TieredCache.class)
@ConditionalOnProperty(prefix = "superset", name = "enabled", matchIfMissing = true)
@ConditionalOnProperty(prefix = "superset.cache", name = "enabled", matchIfMissing = true)
@Conditional(RedisUrls.RedisConfiguredCondition.class)
@EnableConfigurationProperties(SupersetProperties.class)
public class SupersetCacheAutoConfiguration {

  /** Creates the configuration; Spring instantiates it. */
  public SupersetCacheAutoConfiguration() {}

  /**
   * The Redis the caches use (standalone, or the seeds of a Redis Cluster), with the cache's
   * timeouts.
   *
   * @param properties the properties
   * @param environment where Boot's {@code spring.data.redis.*} are read
   * @return the configuration
   * @throws io.github.supersetsdk.spring.boot.autoconfigure.internal.InvalidSupersetPropertyException
   *     if a Redis property is invalid
   */
  @Bean
  @ConditionalOnMissingBean
  public RedisConfig supersetCacheRedisConfig(SupersetProperties properties, Environment environment) {
    SupersetProperties.Cache cache = properties.cache();
    RedisUrls.Target target = RedisUrls.resolve(cache.redisUrl(), environment);
    RedisConfig redis = checked(target.property(), "Use a redis:// or rediss:// URL.",
        () -> target.cluster() ? RedisConfig.cluster(target.uris().toArray(String[]::new))
            : RedisConfig.of(target.uris().get(0)));
    RedisConfig timed = checked("superset.cache.command-timeout", "Use a positive duration such as 500ms.",
        () -> redis.withCommandTimeout(cache.commandTimeout()));
    return checked("superset.cache.connect-timeout", "Use a positive duration such as 1s.",
        () -> timed.withConnectTimeout(cache.connectTimeout()));
  }

  /**
   * The factory of tiered caches, closed (with its caches) when the context closes.
   *
   * @param redis the Redis
   * @param properties the properties
   * @return the factory
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public SupersetCaches supersetCaches(RedisConfig redis, SupersetProperties properties) {
    return new SupersetCaches(redis, properties.cache());
  }

  /** The chart-data cache and its dbt-run coordinator, which read Superset through the client bean. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnBean(SupersetClient.class)
  @ConditionalOnProperty(prefix = "superset.cache.chart-data", name = "enabled", matchIfMissing = true)
  static class ChartDataConfiguration {

    /**
     * The chart-data cache, closed when the context closes. Its service client is the client bean;
     * a {@link DbtManifest} bean, when the application has one, names the dbt model of datasets
     * the sync did not tag.
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    ChartDataCache supersetChartDataCache(SupersetClient client, RedisConfig redis, SupersetProperties properties,
        ObjectProvider<DbtManifest> manifest) {
      SupersetProperties.Cache cache = properties.cache();
      SupersetProperties.ChartData settings = cache.chartData();
      ChartDataCache.Builder b = ChartDataCache.builder(client).redis(redis);
      checked("superset.cache.chart-data.key-prefix", "Use a non-empty prefix such as superset-sdk:chart-data:.",
          () -> b.keyPrefix(requireNonEmpty(settings.keyPrefix())));
      b.maximumSize(atLeastOne(cache.maximumSize(), "superset.cache.maximum-size"));
      b.expireAfterWrite(positive(cache.expireAfterWrite(), "superset.cache.expire-after-write",
          "Use a positive duration such as 10m."));
      b.redisTtl(positive(cache.redisTtl(), "superset.cache.redis-ttl", "Use a positive duration such as 1h."));
      b.maxStaleness(positive(cache.maxStaleness(), "superset.cache.max-staleness", "Use a positive duration such as 5s."));
      b.metadataTtl(positive(settings.metadataTtl(), "superset.cache.chart-data.metadata-ttl",
          "Use a positive duration such as 1m."));
      DbtManifest m = manifest.getIfUnique();
      if (m != null) {
        b.manifest(m);
      }
      return b.build();
    }

    private static String requireNonEmpty(String prefix) {
      if (prefix.isEmpty()) {
        throw new IllegalArgumentException("the key prefix is empty");
      }
      return prefix;
    }

    /**
     * The coordinator: after a dbt run it invalidates the chart-data cache's entries of the rebuilt
     * models (and what is downstream, given a {@link DbtManifest} bean), refreshes Superset's own
     * cache and warms the published dashboards. It holds no connections of its own.
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "superset.cache.coordinator", name = "enabled", matchIfMissing = true)
    DbtRunCoordinator supersetDbtRunCoordinator(SupersetClient client, ChartDataCache cache,
        SupersetProperties properties, ObjectProvider<DbtManifest> manifest) {
      DbtRunCoordinator.Builder b = DbtRunCoordinator.builder(client).cache(cache);
      b.maxInFlight((int) atLeastOne(properties.cache().coordinator().maxInFlight(),
          "superset.cache.coordinator.max-in-flight"));
      DbtManifest m = manifest.getIfUnique();
      if (m != null) {
        b.manifest(m);
      }
      return b.build();
    }
  }
}
