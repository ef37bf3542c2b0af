package io.github.supersetsdk.cache.internal;

import io.github.supersetsdk.cache.RedisConfig;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.KeyValue;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Redis through Lettuce. Keys: {@code <prefix>v:<key>} values, {@code <prefix>g:<tag>} tag
 * generations, {@code <prefix>seq} the global sequence; channel {@code <prefix>inv}. Connects
 * lazily, so an instance can be built while Redis is down; commands fail fast while disconnected
 * instead of queueing. Thread-safe.
 */
public final class LettuceL2Store implements L2Store {

  private static final Logger LOG = LoggerFactory.getLogger(LettuceL2Store.class);

  // INCR and SET in one script, so a tag's generation is always a value the sequence has reached.
  private static final String INVALIDATE_TAG =
      "local s = redis.call('INCR', KEYS[1]) "
          + "redis.call('SET', KEYS[2], s) "
          + "redis.call('PUBLISH', ARGV[1], 't ' .. s .. ' ' .. ARGV[2]) "
          + "return s";

  private final RedisClient client;
  private final RedisURI uri;
  private final String prefix;
  private final String channel;
  private final boolean subscribe;
  private final InvalidationListener listener;
  private volatile @Nullable StatefulRedisConnection<String, byte[]> connection;
  private volatile @Nullable StatefulRedisPubSubConnection<String, String> pubSub;

  public LettuceL2Store(
      RedisConfig config, String prefix, boolean subscribe, InvalidationListener listener) {
    this.uri = RedisURI.create(config.uri());
    uri.setTimeout(config.commandTimeout());
    this.client = RedisClient.create();
    client.setOptions(
        ClientOptions.builder()
            .autoReconnect(true)
            .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
            .socketOptions(SocketOptions.builder().connectTimeout(config.connectTimeout()).build())
            .timeoutOptions(TimeoutOptions.enabled(config.commandTimeout()))
            .build());
    this.prefix = prefix;
    this.channel = prefix + "inv";
    this.subscribe = subscribe;
    this.listener = listener;
  }

  private RedisCommands<String, byte[]> redis() {
    StatefulRedisConnection<String, byte[]> c = connection;
    if (c == null) {
      c = connect();
    }
    return c.sync();
  }

  private synchronized StatefulRedisConnection<String, byte[]> connect() {
    StatefulRedisConnection<String, byte[]> c = connection;
    if (c != null) {
      return c;
    }
    if (subscribe && pubSub == null) {
      // Subscribe first: a message published between the two connects must not be missed.
      StatefulRedisPubSubConnection<String, String> ps = client.connectPubSub(StringCodec.UTF8, uri);
      ps.addListener(
          new RedisPubSubAdapter<>() {
            @Override
            public void message(String ch, String message) {
              onMessage(message);
            }
          });
      ps.sync().subscribe(channel);
      pubSub = ps;
    }
    c = client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE), uri);
    connection = c;
    return c;
  }

  private void onMessage(String message) {
    try {
      if (message.startsWith("t ")) {
        int space = message.indexOf(' ', 2);
        listener.tagInvalidated(message.substring(space + 1), Long.parseLong(message.substring(2, space)));
      } else if (message.startsWith("k ")) {
        listener.keyInvalidated(message.substring(2));
      }
    } catch (RuntimeException e) {
      LOG.debug("ignoring malformed invalidation message on {}", channel, e);
    }
  }

  @Override
  public byte @Nullable [] get(String key) {
    return redis().get(prefix + "v:" + key);
  }

  @Override
  public void set(String key, byte[] value, Duration ttl) {
    redis().set(prefix + "v:" + key, value, SetArgs.Builder.px(ttl.toMillis()));
  }

  @Override
  public void delete(String key) {
    RedisCommands<String, byte[]> r = redis();
    r.del(prefix + "v:" + key);
    r.publish(channel, ("k " + key).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public long invalidateTag(String tag) {
    Long s =
        redis()
            .eval(
                INVALIDATE_TAG,
                ScriptOutputType.INTEGER,
                new String[] {prefix + "seq", prefix + "g:" + tag},
                channel.getBytes(StandardCharsets.UTF_8),
                tag.getBytes(StandardCharsets.UTF_8));
    return s;
  }

  @Override
  public long currentSequence() {
    return parse(redis().get(prefix + "seq"));
  }

  @Override
  public Map<String, Long> generations(Collection<String> tags) {
    if (tags.isEmpty()) {
      // Still one round trip: a refresh must prove Redis answers.
      redis().ping();
      return Map.of();
    }
    List<String> keys = tags.stream().map(t -> prefix + "g:" + t).toList();
    List<KeyValue<String, byte[]>> values = redis().mget(keys.toArray(String[]::new));
    Map<String, Long> out = new HashMap<>();
    int prefixLength = prefix.length() + 2;
    for (KeyValue<String, byte[]> kv : values) {
      out.put(kv.getKey().substring(prefixLength), kv.hasValue() ? parse(kv.getValue()) : 0L);
    }
    return out;
  }

  private static long parse(byte @Nullable [] bytes) {
    return bytes == null ? 0L : Long.parseLong(new String(bytes, StandardCharsets.US_ASCII));
  }

  @Override
  public void close() {
    StatefulRedisPubSubConnection<String, String> ps = pubSub;
    if (ps != null) {
      ps.close();
    }
    StatefulRedisConnection<String, byte[]> c = connection;
    if (c != null) {
      c.close();
    }
    client.shutdown(0, 2, TimeUnit.SECONDS);
  }
}
