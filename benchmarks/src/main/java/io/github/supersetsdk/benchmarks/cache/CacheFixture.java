package io.github.supersetsdk.benchmarks.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.supersetsdk.cache.CacheCodec;
import io.github.supersetsdk.cache.RedisConfig;
import io.github.supersetsdk.cache.Tagged;
import io.github.supersetsdk.cache.TieredCache;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * What every cache benchmark reads: 1024 keys of 1 KiB strings with one tag, warm in a raw Caffeine,
 * in a TieredCache (L1 and Redis), in a TieredCache whose L1 expires at once (every read is an L2
 * hit), as raw Redis keys, and in a hand-written cache-aside of each kind. Not thread-safe: one
 * caller.
 */
final class CacheFixture implements AutoCloseable {

  static final int KEYS = 1024;
  static final String VALUE = "x".repeat(1024);

  final String prefix = "superset-sdk-bench:" + UUID.randomUUID() + ":";
  final String[] keys = new String[KEYS];
  final String[] rawKeys = new String[KEYS];
  final Cache<String, String> rawCaffeine;
  final TieredCache<String, String> l1Cache;
  final TieredCache<String, String> l2Cache;
  final NaiveCacheAside naiveL1;
  final NaiveCacheAside naiveL2;
  private final RedisClient lettuce;
  private final StatefulRedisConnection<String, byte[]> raw;
  final RedisCommands<String, byte[]> rawCommands;
  private int next;

  CacheFixture(String url) {
    for (int i = 0; i < KEYS; i++) {
      keys[i] = "chart-" + i;
      rawKeys[i] = prefix + "raw:" + i;
    }
    // The same bounds as the TieredCache's L1, so the comparison is like for like.
    rawCaffeine = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(Duration.ofMinutes(10)).build();
    l1Cache = tiered(Duration.ofMinutes(10), url);
    l2Cache = tiered(Duration.ofNanos(1), url);
    lettuce = RedisClient.create(url);
    raw = lettuce.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
    rawCommands = raw.sync();
    naiveL1 = new NaiveCacheAside(url, prefix + "naive:", Duration.ofMinutes(10));
    naiveL2 = new NaiveCacheAside(url, prefix + "naive:", Duration.ofNanos(1));
    byte[] bytes = VALUE.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < KEYS; i++) {
      rawCaffeine.put(keys[i], VALUE);
      l1Cache.get(keys[i]); // loads, writes L2 and L1
      rawCommands.set(rawKeys[i], bytes);
      naiveL1.get(keys[i], k -> VALUE);
    }
  }

  private TieredCache<String, String> tiered(Duration l1Expiry, String url) {
    return TieredCache.<String, String>builder()
        .redis(RedisConfig.of(url))
        .keyPrefix(prefix)
        .codec(CacheCodec.utf8())
        .maximumSize(10_000)
        .expireAfterWrite(l1Expiry)
        .loader(key -> Tagged.of(VALUE, "model.bench.orders"))
        .build();
  }

  int nextIndex() {
    int i = next;
    next = (i + 1) & (KEYS - 1);
    return i;
  }

  @Override
  public void close() {
    l1Cache.close();
    l2Cache.close();
    naiveL1.close();
    naiveL2.close();
    List<String> found = rawCommands.keys(prefix + "*");
    if (!found.isEmpty()) {
      rawCommands.del(found.toArray(String[]::new));
    }
    raw.close();
    lettuce.shutdown();
  }
}
