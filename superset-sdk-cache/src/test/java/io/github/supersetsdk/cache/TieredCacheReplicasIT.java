package io.github.supersetsdk.cache;

/** The replica scenarios on the standalone local Redis ({@code REDIS_URL}). */
class TieredCacheReplicasIT extends ReplicaScenarios {

  @Override
  RedisConfig config() {
    return RedisConfig.of(env("REDIS_URL"));
  }
}
