package io.github.supersetsdk.cache;

/**
 * The replica scenarios on the local 3-master Redis Cluster ({@code REDIS_CLUSTER_URL}, started by
 * {@code scripts/services.sh up redis-cluster}): tags and generations in one hash slot, pub/sub
 * across nodes, leases and values spread over the slots.
 */
class TieredCacheClusterIT extends ReplicaScenarios {

  @Override
  RedisConfig config() {
    return RedisConfig.cluster(env("REDIS_CLUSTER_URL"));
  }
}
