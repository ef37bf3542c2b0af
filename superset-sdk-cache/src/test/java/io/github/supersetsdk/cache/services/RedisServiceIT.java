package io.github.supersetsdk.cache.services;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.Test;

/** Proves the local Redis that Superset caches in, and that the SDK's shared tier will use, answers. */
class RedisServiceIT {

  @Test
  void ping_answersPong() {
    String url = System.getenv("REDIS_URL");
    if (url == null || url.isBlank()) {
      throw new IllegalStateException(
          "REDIS_URL is not set: run `scripts/services.sh up` and `eval \"$(scripts/services.sh env)\"`, or scripts/test.sh");
    }
    RedisClient client = RedisClient.create(url);
    try (StatefulRedisConnection<String, String> connection = client.connect()) {
      assertThat(connection.sync().ping()).isEqualTo("PONG");
    } finally {
      client.shutdown();
    }
  }
}
