package io.github.supersetsdk.client;

import io.github.supersetsdk.client.internal.QuerySlots;
import io.github.supersetsdk.client.internal.transport.Transport;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * What the query paths of one client share: the transport, the bound on queries in flight, the
 * polling back-off, and the threads behind {@link AsyncQuery#future(Duration)}. Thread-safe.
 */
final class QueryRuntime {

  final Transport transport;
  final QuerySlots slots;
  final Duration pollInitial;
  final Duration pollMax;
  final Duration slotWait;
  final Duration chartDataTimeout;
  private final AtomicInteger threads = new AtomicInteger();
  private volatile @Nullable ExecutorService executor;

  QueryRuntime(
      Transport transport, QuerySlots slots, Duration pollInitial, Duration pollMax, Duration slotWait,
      Duration chartDataTimeout) {
    this.transport = transport;
    this.slots = slots;
    this.pollInitial = pollInitial;
    this.pollMax = pollMax;
    this.slotWait = slotWait;
    this.chartDataTimeout = chartDataTimeout;
  }

  /** Daemon threads created on first use, so that clients that never call future() start none. */
  ExecutorService executor() {
    ExecutorService e = executor;
    if (e == null) {
      synchronized (this) {
        e = executor;
        if (e == null) {
          e = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "superset-sdk-query-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
          });
          executor = e;
        }
      }
    }
    return e;
  }

  void close() {
    ExecutorService e = executor;
    if (e != null) {
      e.shutdown();
    }
  }

  void report(String kind, boolean async, @Nullable String id, String outcome, long queueNanos, long runNanos) {
    transport.queryCompleted(new QueryEvent(kind, async, id, outcome, Duration.ofNanos(Math.max(0, queueNanos)),
        Duration.ofNanos(Math.max(0, runNanos))));
  }

  /** The next polling interval: half as long again, up to the maximum. */
  Duration next(Duration interval) {
    Duration grown = interval.plus(interval.dividedBy(2));
    return grown.compareTo(pollMax) > 0 ? pollMax : grown;
  }

  /** Sleeps, or throws if interrupted (with the flag set again). */
  static void sleep(Duration d, String method, String path) {
    try {
      Thread.sleep(Math.max(1, d.toMillis()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new io.github.supersetsdk.client.exception.SupersetTransportException(
          io.github.supersetsdk.client.exception.SupersetTransportException.Kind.INTERRUPTED, method, path,
          "interrupted while waiting for the query", e, false);
    }
  }
}
