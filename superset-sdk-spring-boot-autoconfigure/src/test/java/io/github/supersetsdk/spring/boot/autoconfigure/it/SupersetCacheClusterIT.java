package io.github.supersetsdk.spring.boot.autoconfigure.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.supersetsdk.cache.CacheCodec;
import io.github.supersetsdk.cache.RedisConfig;
import io.github.supersetsdk.cache.Tagged;
import io.github.supersetsdk.cache.TieredCache;
import io.github.supersetsdk.spring.boot.autoconfigure.SupersetCaches;
import java.net.URI;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Boot's {@code spring.data.redis.cluster.nodes} wires the caches to the local Redis Cluster
 * ({@code REDIS_CLUSTER_URL}, started by {@code scripts/services.sh up redis-cluster}): a value one
 * cache loaded is read from the cluster by a second cache of the same name.
 */
class SupersetCacheClusterIT {

  @Test
  void caches_bootClusterNodes_shareValuesThroughTheCluster() {
    String seed = ItEnv.get("REDIS_CLUSTER_URL", "redis://127.0.0.1:7001");
    URI uri = URI.create(seed);
    SpringApplication app = new SpringApplication(StarterApp.class);
    app.setWebApplicationType(WebApplicationType.NONE);
    try (ConfigurableApplicationContext context = app.run(
        "--superset.base-url=" + ItEnv.supersetUrl(), "--superset.username=" + ItEnv.username(),
        "--superset.password=" + ItEnv.password(), "--superset.health.doctor.enabled=false",
        "--spring.data.redis.cluster.nodes=" + uri.getHost() + ":" + uri.getPort(),
        "--superset.cache.key-prefix=sdk-boot-cluster-it-" + UUID.randomUUID() + ":",
        "--superset.cache.redis-ttl=60s")) {
      RedisConfig redis = context.getBean(RedisConfig.class);
      assertThat(redis.clusterEnabled()).isTrue();
      SupersetCaches caches = context.getBean(SupersetCaches.class);
      AtomicInteger loads = new AtomicInteger();
      TieredCache<String, String> first = caches.create("c", CacheCodec.utf8(), k -> {
        loads.incrementAndGet();
        return Tagged.of("v-" + k, "t");
      });
      TieredCache<String, String> second = caches.create("c", CacheCodec.utf8(), k -> {
        loads.incrementAndGet();
        return Tagged.of("other-" + k, "t");
      });
      // Keys in several hash slots, so the client follows the cluster's slot map.
      for (String key : new String[] {"a", "b", "c", "d", "e"}) {
        assertThat(first.get(key)).isEqualTo("v-" + key);
        assertThat(second.get(key)).isEqualTo("v-" + key);
      }
      assertThat(loads).hasValue(5);
      assertThat(second.stats().l2().hitCount()).isEqualTo(5);
    }
  }
}
