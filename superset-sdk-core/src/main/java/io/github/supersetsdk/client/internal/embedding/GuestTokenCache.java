package io.github.supersetsdk.client.internal.embedding;

import io.github.supersetsdk.client.model.GuestToken;
import io.github.supersetsdk.client.request.GuestTokenRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Guest tokens by request, each kept until shortly before it expires, with at most one mint in
 * flight per request: callers that find a mint running wait for its token (or its failure) instead of
 * starting their own, so a burst of page views for one tenant costs one mint.
 *
 * <p>A token is handed out until {@code exp - margin}, where the margin is the configured refresh
 * margin, but at most half the token's lifetime (so short-lived tokens are still reused). Tokens
 * without an {@code exp} are never cached. Thread-safe.
 */
public final class GuestTokenCache {

  private final Function<GuestTokenRequest, GuestToken> minter;
  private final Clock clock;
  private final Duration refreshMargin;
  private final int maximumSize;
  private final Map<GuestTokenRequest, Entry> entries = new ConcurrentHashMap<>();
  private final LongAdder hits = new LongAdder();
  private final LongAdder mints = new LongAdder();
  private final LongAdder failures = new LongAdder();

  /**
   * Creates a cache.
   *
   * @param minter mints a token; called by one thread at a time per request
   * @param clock the time source
   * @param refreshMargin how long before {@code exp} a token stops being handed out
   * @param maximumSize the most requests kept; past it, stale and then arbitrary entries go first
   */
  public GuestTokenCache(
      Function<GuestTokenRequest, GuestToken> minter, Clock clock, Duration refreshMargin, int maximumSize) {
    this.minter = minter;
    this.clock = clock;
    this.refreshMargin = refreshMargin;
    this.maximumSize = maximumSize;
  }

  /**
   * A token for the request: the cached one while fresh, the one being minted if a mint is in
   * flight, else a new one.
   *
   * @param request the request, also the cache key
   * @return the token
   * @throws RuntimeException whatever the mint threw, to every caller waiting on that mint
   */
  public GuestToken get(GuestTokenRequest request) {
    while (true) {
      Entry current = entries.get(request);
      if (current != null) {
        if (!current.future.isDone()) {
          hits.increment();
          return await(current.future);
        }
        if (current.isFresh(clock.instant())) {
          hits.increment();
          return current.future.join();
        }
      }
      Entry mine = new Entry();
      boolean installed = current == null
          ? entries.putIfAbsent(request, mine) == null
          : entries.replace(request, current, mine);
      if (!installed) {
        continue; // another caller got there first: use its entry
      }
      return mintInto(request, mine);
    }
  }

  private GuestToken mintInto(GuestTokenRequest request, Entry entry) {
    mints.increment();
    GuestToken token;
    try {
      token = minter.apply(request);
    } catch (RuntimeException | Error e) {
      failures.increment();
      entries.remove(request, entry);
      entry.future.completeExceptionally(e);
      throw e;
    }
    entry.refreshAt = refreshAt(token, clock.instant());
    entry.future.complete(token);
    if (entry.refreshAt == null) {
      entries.remove(request, entry);
    }
    trim();
    return token;
  }

  private @Nullable Instant refreshAt(GuestToken token, Instant mintedAt) {
    Instant exp = token.expiresAt();
    if (exp == null || !exp.isAfter(mintedAt)) {
      return null;
    }
    Duration halfLife = Duration.between(mintedAt, exp).dividedBy(2);
    Duration margin = refreshMargin.compareTo(halfLife) < 0 ? refreshMargin : halfLife;
    return exp.minus(margin);
  }

  private void trim() {
    if (entries.size() <= maximumSize) {
      return;
    }
    Instant now = clock.instant();
    entries.values().removeIf(e -> e.future.isDone() && !e.isFresh(now));
    Iterator<Entry> it = entries.values().iterator();
    while (entries.size() > maximumSize && it.hasNext()) {
      if (it.next().future.isDone()) {
        it.remove();
      }
    }
  }

  /** Forgets the token of one request. @param request the request */
  public void invalidate(GuestTokenRequest request) {
    entries.remove(request);
  }

  /** Forgets every token. */
  public void invalidateAll() {
    entries.clear();
  }

  /** @return the number of requests held (fresh, stale or in flight) */
  public int size() {
    return entries.size();
  }

  /** @return calls answered without a mint of their own (from the cache or a mint in flight) */
  public long hits() {
    return hits.sum();
  }

  /** @return mints started */
  public long mints() {
    return mints.sum();
  }

  /** @return mints that failed */
  public long failures() {
    return failures.sum();
  }

  private static GuestToken await(CompletableFuture<GuestToken> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  private static final class Entry {
    final CompletableFuture<GuestToken> future = new CompletableFuture<>();
    // Written before the future completes, read after: the future's completion publishes it.
    volatile @Nullable Instant refreshAt;

    boolean isFresh(Instant now) {
      Instant at = refreshAt;
      return at != null && now.isBefore(at);
    }
  }
}
