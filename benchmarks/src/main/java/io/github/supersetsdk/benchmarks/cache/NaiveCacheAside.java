package io.github.supersetsdk.benchmarks.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.lettuce.core.RedisClient;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Function;

/**
 * The baseline: cache-aside by hand, as most services write it. Caffeine, else Redis GET, else load
 * and SET; no single flight, no tags, no outage handling. Thread-safe.
 */
final class NaiveCacheAside implements AutoCloseable {

  private final Cache<String, String> local;
  private final RedisClient client;
  private final StatefulRedisConnection<String, byte[]> connection;
  private final RedisCommands<String, byte[]> redis;
  private final String prefix;

  NaiveCacheAside(String url, String prefix, Duration localExpiry) {
    this.local = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(localExpiry).build();
    this.client = RedisClient.create(url);
    this.connection = client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
    this.redis = connection.sync();
    this.prefix = prefix;
  }

  String get(String key, Function<String, String> loader) {
    String v = local.getIfPresent(key);
    if (v != null) {
      return v;
    }
    byte[] bytes = redis.get(prefix + key);
    if (bytes != null) {
      v = new String(bytes, StandardCharsets.UTF_8);
    } else {
      v = loader.apply(key);
      redis.set(prefix + key, v.getBytes(StandardCharsets.UTF_8), SetArgs.Builder.px(3_600_000));
    }
    local.put(key, v);
    return v;
  }

  @Override
  public void close() {
    connection.close();
    client.shutdown();
  }
}
