package io.github.supersetsdk.cache;

import io.github.supersetsdk.cache.internal.L2Store;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * An in-memory shared tier for unit tests: one "server" shared by several cache instances, which
 * can be taken down and whose broadcasts can be dropped per subscriber.
 */
final class InMemoryL2Store {

  final Map<String, byte[]> values = new ConcurrentHashMap<>();
  final Map<String, Long> generations = new ConcurrentHashMap<>();
  final AtomicLong sequence = new AtomicLong();
  final AtomicInteger calls = new AtomicInteger();
  final List<Connection> connections = new CopyOnWriteArrayList<>();
  volatile boolean down;

  /** One instance's connection to the shared store. */
  final class Connection implements L2Store {
    final L2Store.InvalidationListener listener;
    volatile boolean subscribed = true;

    Connection(L2Store.InvalidationListener listener) {
      this.listener = listener;
    }

    private void check() {
      calls.incrementAndGet();
      if (down) {
        throw new IllegalStateException("connection refused");
      }
    }

    @Override
    public byte @Nullable [] get(String key) {
      check();
      return values.get(key);
    }

    @Override
    public void set(String key, byte[] value, Duration ttl) {
      check();
      values.put(key, value);
    }

    @Override
    public void delete(String key) {
      check();
      values.remove(key);
      for (Connection c : connections) {
        if (c.subscribed) {
          c.listener.keyInvalidated(key);
        }
      }
    }

    @Override
    public long invalidateTag(String tag) {
      check();
      long s;
      synchronized (InMemoryL2Store.this) {
        s = sequence.incrementAndGet();
        generations.put(tag, s);
      }
      for (Connection c : connections) {
        if (c.subscribed) {
          c.listener.tagInvalidated(tag, s);
        }
      }
      return s;
    }

    @Override
    public long currentSequence() {
      check();
      return sequence.get();
    }

    @Override
    public Map<String, Long> generations(Collection<String> tags) {
      check();
      Map<String, Long> out = new HashMap<>();
      for (String t : tags) {
        out.put(t, generations.getOrDefault(t, 0L));
      }
      return out;
    }

    @Override
    public void close() {
      connections.remove(this);
    }
  }

  Connection connect(L2Store.InvalidationListener listener) {
    Connection c = new Connection(listener);
    connections.add(c);
    return c;
  }
}
