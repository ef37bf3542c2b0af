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
  final Map<String, Lease> leases = new ConcurrentHashMap<>();
  final AtomicInteger mgets = new AtomicInteger();
  final Ticker clock;
  volatile boolean down;
  /** Runs before each SET NX of a lease: lets a test make another instance act in between. */
  volatile Runnable beforeLease = () -> {};

  record Lease(String token, long expiresAt) {}

  InMemoryL2Store() {
    this(System::nanoTime);
  }

  /** @param clock expires leases, like Redis's PX */
  InMemoryL2Store(Ticker clock) {
    this.clock = clock;
  }

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
    public Map<String, byte[]> getAll(Collection<String> keys) {
      check();
      mgets.incrementAndGet();
      Map<String, byte[]> out = new HashMap<>();
      for (String k : keys) {
        byte[] v = values.get(k);
        if (v != null) {
          out.put(k, v);
        }
      }
      return out;
    }

    @Override
    public boolean tryLease(String key, String token, Duration ttl) {
      check();
      beforeLease.run();
      long now = clock.read();
      Lease mine = new Lease(token, now + ttl.toNanos());
      Lease after = leases.compute(key, (k, old) -> old == null || old.expiresAt() - now <= 0 ? mine : old);
      return after == mine;
    }

    @Override
    public void releaseLease(String key, String token) {
      check();
      boolean[] freed = {false};
      leases.computeIfPresent(key, (k, old) -> {
        if (old.token().equals(token)) {
          freed[0] = true;
          return null;
        }
        return old;
      });
      if (freed[0]) {
        for (Connection c : connections) {
          if (c.subscribed) {
            c.listener.leaseReleased(key);
          }
        }
      }
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
