package io.github.supersetsdk.cache.chartdata.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs tasks on at most {@code limit} threads and measures how many chart-data calls were in
 * flight at once. Each task makes its chart-data calls one after the other, so the number in
 * flight never exceeds the number of threads. Thread-safe.
 */
public final class Bounded {

  private final int limit;
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger peak = new AtomicInteger();

  /**
   * Creates a runner.
   *
   * @param limit the most tasks running at once, at least 1
   */
  public Bounded(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, got " + limit);
    }
    this.limit = limit;
  }

  /**
   * Runs every task and waits for all of them.
   *
   * @param tasks the tasks; each returns its own outcome and should not throw
   * @param <T> the outcome type
   * @return the outcomes in task order
   */
  public <T> List<T> runAll(List<Supplier<T>> tasks) {
    if (tasks.isEmpty()) {
      return List.of();
    }
    AtomicInteger n = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(limit, tasks.size()), r -> {
      Thread t = new Thread(r, "superset-sdk-warm-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (Supplier<T> task : tasks) {
        futures.add(pool.submit(task::get));
      }
      List<T> out = new ArrayList<>();
      for (Future<T> f : futures) {
        out.add(f.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for chart-data tasks", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a chart-data task failed unexpectedly", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Runs one chart-data call, counting it as in flight meanwhile.
   *
   * @param call the call
   * @param <T> its result type
   * @return its result
   */
  public <T> T call(Supplier<T> call) {
    int now = inFlight.incrementAndGet();
    peak.accumulateAndGet(now, Math::max);
    try {
      return call.get();
    } finally {
      inFlight.decrementAndGet();
    }
  }

  /**
   * The most calls in flight at once so far.
   *
   * @return the peak
   */
  public int peak() {
    return peak.get();
  }

  /**
   * The bound.
   *
   * @return the most tasks running at once
   */
  public int limit() {
    return limit;
  }
}
