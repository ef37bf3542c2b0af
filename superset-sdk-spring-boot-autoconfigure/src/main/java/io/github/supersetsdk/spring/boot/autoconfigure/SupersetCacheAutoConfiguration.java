package io.github.supersetsdk.spring.boot.autoconfigure;

import static io.github.supersetsdk.spring.boot.autoconfigure.internal.Properties.checked;

import io.github.supersetsdk.cache.RedisConfig;
import io.github.supersetsdk.cache.TieredCache;
import io.github.supersetsdk.spring.boot.autoconfigure.internal.RedisUrls;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;

/**
 * Defines the tiered cache's {@link RedisConfig} and the {@link SupersetCaches} factory when
 * superset-sdk-cache is on the class path and Redis is configured: {@code superset.cache.redis-url},
 * else Boot's {@code spring.data.redis.url} or {@code spring.data.redis.host}. Switched off with
 * {@code superset.cache.enabled=false}.
 */
@AutoConfiguration(after = SupersetAutoConfiguration.class)
@ConditionalOnClass(TieredCache.class)
@ConditionalOnProperty(prefix = "superset", name = "enabled", matchIfMissing = true)
@ConditionalOnProperty(prefix = "superset.cache", name = "enabled", matchIfMissing = true)
@Conditional(RedisUrls.RedisConfiguredCondition.class)
public class SupersetCacheAutoConfiguration {

  /** Creates the configuration; Spring instantiates it. */
  public SupersetCacheAutoConfiguration() {}

  /**
   * The Redis the caches use, with the cache's timeouts.
   *
   * @param properties the properties
   * @param environment where Boot's {@code spring.data.redis.*} are read
   * @return the configuration
   */
  @Bean
  @ConditionalOnMissingBean
  public RedisConfig supersetCacheRedisConfig(SupersetProperties properties, Environment environment) {
    SupersetProperties.Cache cache = properties.cache();
    String property = cache.redisUrl() != null ? "superset.cache.redis-url" : "spring.data.redis.url";
    String url = RedisUrls.resolve(cache.redisUrl(), environment);
    return checked(property, "Use a redis:// or rediss:// URL, or positive superset.cache.*-timeout values.",
        () -> RedisConfig.of(url).withCommandTimeout(cache.commandTimeout()).withConnectTimeout(cache.connectTimeout()));
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
}
