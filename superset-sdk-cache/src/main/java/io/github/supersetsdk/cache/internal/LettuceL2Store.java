package io.github.supersetsdk.cache.internal;

import io.github.supersetsdk.cache.RedisConfig;
import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.KeyValue;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.ClusterClientOptions;
import io.lettuce.core.cluster.ClusterTopologyRefreshOptions;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
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
 * Redis (standalone or Cluster) through Lettuce. Keys: {@code <prefix>v:<key>} values, {@code
 * <prefix>l:<key>} load leases, {@code <prefix>{<prefix>}seq} the global sequence and {@code
 * <prefix>{<prefix>}g:<tag>} tag generations; channel {@code <prefix>inv}. The sequence and the
 * generations share the hash tag {@code {<prefix>}}, so on a cluster they live in one slot and the
 * invalidation script can update them atomically and read them with one MGET. Connects lazily, so an
 * instance can be built while Redis is down; commands fail fast while disconnected instead of
 * queueing. Thread-safe.
 */
public final class LettuceL2Store implements L2Store {

  private static final Logger LOG = LoggerFactory.getLogger(LettuceL2Store.class);
  private static final RedisCodec<String, byte[]> CODEC = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);

  // INCR and SET in one script, so a tag's generation is always a value the sequence has reached.
  private static final String INVALIDATE_TAG =
      "local s = redis.call('INCR', KEYS[1]) "
          + "redis.call('SET', KEYS[2], s) "
          + "redis.call('PUBLISH', ARGV[1], 't ' .. s .. ' ' .. ARGV[2]) "
          + "return s";

  // Only the holder's token frees the lease: a holder whose lease expired must not free the next one.
  private static final String RELEASE_LEASE =
      "if redis.call('GET', KEYS[1]) == ARGV[1] then "
          + "redis.call('DEL', KEYS[1]) "
          + "redis.call('PUBLISH', ARGV[2], ARGV[3]) "
          + "return 1 end "
          + "return 0";

  private final AbstractRedisClient client;
  private final List<RedisURI> uris;
  private final boolean cluster;
  private final Duration commandTimeout;
  private final String prefix;
  private final String generationPrefix;
  private final String channel;
  private final boolean subscribe;
  private final InvalidationListener listener;
  private volatile @Nullable StatefulConnection<String, byte[]> connection;
  private volatile @Nullable RedisClusterCommands<String, byte[]> commands;
  private volatile @Nullable StatefulRedisPubSubConnection<String, String> pubSub;

  public LettuceL2Store(
      RedisConfig config, String prefix, boolean subscribe, InvalidationListener listener) {
    this.uris = config.uris().stream().map(u -> {
      RedisURI uri = RedisUris.parse(u);
      uri.setTimeout(config.commandTimeout());
      return uri;
    }).toList();
    this.cluster = config.clusterEnabled();
    this.commandTimeout = config.commandTimeout();
    SocketOptions socket = SocketOptions.builder().connectTimeout(config.connectTimeout()).build();
    // The sync API waits at most the URI's timeout for each command. Per-command timeout tasks
    // (TimeoutOptions) would add a timer schedule and cancel to every call, a measurable share
    // of an L2 hit, for no gain to a caller that only ever waits synchronously.
    TimeoutOptions timeouts = TimeoutOptions.create();
    if (cluster) {
      RedisClusterClient c = RedisClusterClient.create(uris);
      c.setOptions(
          ClusterClientOptions.builder()
              .autoReconnect(true)
              .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
              .socketOptions(socket)
              .timeoutOptions(timeouts)
              // Follow failovers and resharding without waiting for a periodic refresh.
              .topologyRefreshOptions(ClusterTopologyRefreshOptions.builder().enableAllAdaptiveRefreshTriggers().build())
              .build());
      this.client = c;
    } else {
      RedisClient c = RedisClient.create();
      c.setOptions(
          ClientOptions.builder()
              .autoReconnect(true)
              .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
              .socketOptions(socket)
              .timeoutOptions(timeouts)
              .build());
      this.client = c;
    }
    this.prefix = prefix;
    this.generationPrefix = prefix + "{" + prefix + "}";
    this.channel = prefix + "inv";
    this.subscribe = subscribe;
    this.listener = listener;
  }

  private RedisClusterCommands<String, byte[]> redis() {
    RedisClusterCommands<String, byte[]> c = commands;
    if (c == null) {
      c = connect();
    }
    return c;
  }

  private synchronized RedisClusterCommands<String, byte[]> connect() {
    RedisClusterCommands<String, byte[]> c = commands;
    if (c != null) {
      return c;
    }
    if (subscribe && pubSub == null) {
      // Subscribe first: a message published between the two connects must not be missed. On a
      // cluster, PUBLISH reaches every node, so one subscription on any node hears all of it.
      StatefulRedisPubSubConnection<String, String> ps =
          cluster
              ? ((RedisClusterClient) client).connectPubSub(StringCodec.UTF8)
              : ((RedisClient) client).connectPubSub(StringCodec.UTF8, uris.get(0));
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
    if (cluster) {
      StatefulRedisClusterConnection<String, byte[]> cc = ((RedisClusterClient) client).connect(CODEC);
      cc.setTimeout(commandTimeout);
      connection = cc;
      c = cc.sync();
    } else {
      StatefulRedisConnection<String, byte[]> sc = ((RedisClient) client).connect(CODEC, uris.get(0));
      connection = sc;
      c = sc.sync();
    }
    commands = c;
    return c;
  }

  private void onMessage(String message) {
    try {
      if (message.startsWith("t ")) {
        int space = message.indexOf(' ', 2);
        listener.tagInvalidated(message.substring(space + 1), Long.parseLong(message.substring(2, space)));
      } else if (message.startsWith("k ")) {
        listener.keyInvalidated(message.substring(2));
      } else if (message.startsWith("l ")) {
        listener.leaseReleased(message.substring(2));
      }
    } catch (RuntimeException e) {
      LOG.debug("ignoring malformed invalidation message on {}", channel, e);
    }
  }

  private String valueKey(String key) {
    return prefix + "v:" + key;
  }

  @Override
  public byte @Nullable [] get(String key) {
    return redis().get(valueKey(key));
  }

  @Override
  public Map<String, byte[]> getAll(Collection<String> keys) {
    if (keys.isEmpty()) {
      return Map.of();
    }
    // On a cluster Lettuce splits the MGET by slot and sends the parts in parallel.
    List<KeyValue<String, byte[]>> values = redis().mget(keys.stream().map(this::valueKey).toArray(String[]::new));
    Map<String, byte[]> out = new HashMap<>();
    int skip = prefix.length() + 2;
    for (KeyValue<String, byte[]> kv : values) {
      if (kv.hasValue()) {
        out.put(kv.getKey().substring(skip), kv.getValue());
      }
    }
    return out;
  }

  @Override
  public void set(String key, byte[] value, Duration ttl) {
    redis().set(valueKey(key), value, SetArgs.Builder.px(ttl.toMillis()));
  }

  @Override
  public void delete(String key) {
    RedisClusterCommands<String, byte[]> r = redis();
    r.del(valueKey(key));
    r.publish(channel, ("k " + key).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public long invalidateTag(String tag) {
    Long s =
        redis()
            .eval(
                INVALIDATE_TAG,
                ScriptOutputType.INTEGER,
                new String[] {generationPrefix + "seq", generationPrefix + "g:" + tag},
                channel.getBytes(StandardCharsets.UTF_8),
                tag.getBytes(StandardCharsets.UTF_8));
    return s;
  }

  @Override
  public long currentSequence() {
    return parse(redis().get(generationPrefix + "seq"));
  }

  @Override
  public Map<String, Long> generations(Collection<String> tags) {
    if (tags.isEmpty()) {
      // Still one round trip: a refresh must prove Redis answers.
      redis().ping();
      return Map.of();
    }
    List<String> keys = tags.stream().map(t -> generationPrefix + "g:" + t).toList();
    List<KeyValue<String, byte[]>> values = redis().mget(keys.toArray(String[]::new));
    Map<String, Long> out = new HashMap<>();
    int prefixLength = generationPrefix.length() + 2;
    for (KeyValue<String, byte[]> kv : values) {
      out.put(kv.getKey().substring(prefixLength), kv.hasValue() ? parse(kv.getValue()) : 0L);
    }
    return out;
  }

  @Override
  public boolean tryLease(String key, String token, Duration ttl) {
    String ok = redis().set(prefix + "l:" + key, token.getBytes(StandardCharsets.UTF_8), SetArgs.Builder.nx().px(ttl.toMillis()));
    return "OK".equals(ok);
  }

  @Override
  public void releaseLease(String key, String token) {
    redis()
        .eval(
            RELEASE_LEASE,
            ScriptOutputType.INTEGER,
            new String[] {prefix + "l:" + key},
            token.getBytes(StandardCharsets.UTF_8),
            channel.getBytes(StandardCharsets.UTF_8),
            ("l " + key).getBytes(StandardCharsets.UTF_8));
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
    StatefulConnection<String, byte[]> c = connection;
    if (c != null) {
      c.close();
    }
    client.shutdown(0, 2, TimeUnit.SECONDS);
  }
}
