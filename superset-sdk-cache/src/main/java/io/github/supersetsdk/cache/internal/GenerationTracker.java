package io.github.supersetsdk.cache.internal;

import io.github.supersetsdk.cache.Ticker;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The latest known generation of every tag this instance has seen. Pub/sub messages raise them as
 * they arrive; {@link #refreshIfDue} re-reads all of them from Redis once {@code maxStaleness} has
 * passed since the last successful read, so a lost message is noticed within that bound. After any
 * Redis failure the generations count as unverified until a refresh succeeds. Thread-safe.
 */
public final class GenerationTracker {

  private final ConcurrentHashMap<String, Long> known = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Boolean> seen = new ConcurrentHashMap<>();
  private final Ticker ticker;
  private final long maxStalenessNanos;
  private final ReentrantLock refreshLock = new ReentrantLock();
  private volatile boolean verified;
  private volatile long lastVerifiedAt;
  private final AtomicLong version = new AtomicLong();

  public GenerationTracker(Ticker ticker, Duration maxStaleness) {
    this.ticker = ticker;
    this.maxStalenessNanos = maxStaleness.toNanos();
  }

  /** Raises the known generation of a tag (never lowers it: messages may arrive out of order). */
  public void observe(String tag, long generation) {
    Long before = known.get(tag);
    if (before != null && before >= generation) {
      return;
    }
    known.merge(tag, generation, Math::max);
    // After the raise: an entry memoised at an older version is compared again.
    version.incrementAndGet();
  }

  /** Rises whenever a known generation rises; see {@link Entry}'s memo. */
  public long version() {
    return version.get();
  }

  public void observeAll(Map<String, Long> generations) {
    generations.forEach(this::observe);
  }

  /**
   * Whether this tag's generation was read from Redis (or received as a message) by this instance:
   * only then does the periodic refresh cover it. A generation copied from an L2 entry does not
   * count, as it may predate an invalidation this instance never heard of.
   */
  public boolean seen(String tag) {
    return seen.containsKey(tag);
  }

  public void markSeen(String tag) {
    seen.putIfAbsent(tag, Boolean.TRUE);
  }

  public long known(String tag) {
    return known.getOrDefault(tag, 0L);
  }

  /** Marks the known generations as unverified: some Redis call failed, messages may have been missed. */
  public void markUnverified() {
    verified = false;
  }

  /** Whether the last refresh succeeded and no Redis failure happened since. */
  public boolean verified() {
    return verified;
  }

  /** As {@link #refreshIfDue(Function)}, with the caller's reading of the ticker for the fast path. */
  public void refreshIfDue(long now, Function<List<String>, @Nullable Map<String, Long>> reader) {
    if (verified && now - lastVerifiedAt < maxStalenessNanos) {
      return;
    }
    refreshIfDue(reader);
  }

  /**
   * Re-reads every known tag's generation when due. Only one thread refreshes; the others go on
   * with what is known, so the bound is maxStaleness plus one Redis call.
   *
   * @param reader reads generations from Redis, or returns null when Redis could not be asked
   */
  public void refreshIfDue(Function<List<String>, @Nullable Map<String, Long>> reader) {
    if (verified && ticker.read() - lastVerifiedAt < maxStalenessNanos) {
      return;
    }
    if (!refreshLock.tryLock()) {
      return;
    }
    try {
      long start = ticker.read();
      if (verified && start - lastVerifiedAt < maxStalenessNanos) {
        return;
      }
      Map<String, Long> read = reader.apply(List.copyOf(known.keySet()));
      if (read == null) {
        verified = false;
        return;
      }
      observeAll(read);
      read.keySet().forEach(this::markSeen);
      lastVerifiedAt = start;
      verified = true;
    } finally {
      refreshLock.unlock();
    }
  }

  /** Whether an entry's generations are all current. */
  public boolean current(Entry<?> entry) {
    Map<String, Long> gens = entry.generations();
    if (gens == null) {
      return entry.tags().isEmpty();
    }
    // Read the version before comparing: a raise during the comparison leaves the memo behind.
    long v = version.get();
    if (entry.checkedVersion == v) {
      return true;
    }
    for (Map.Entry<String, Long> g : gens.entrySet()) {
      if (known(g.getKey()) > g.getValue()) {
        return false;
      }
    }
    entry.checkedVersion = v;
    return true;
  }
}
