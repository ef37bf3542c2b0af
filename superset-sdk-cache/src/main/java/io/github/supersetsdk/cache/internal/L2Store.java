package io.github.supersetsdk.cache.internal;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The shared tier as the cache needs it. Every method may throw a RuntimeException when the store
 * is unreachable; the caller counts it and degrades. Implementations must be thread-safe.
 */
public interface L2Store extends AutoCloseable {

  /** Receives invalidations published by any instance (this one included). */
  interface InvalidationListener {
    void tagInvalidated(String tag, long generation);

    void keyInvalidated(String key);
  }

  byte @Nullable [] get(String key);

  void set(String key, byte[] value, Duration ttl);

  /** Deletes the key and publishes its invalidation. */
  void delete(String key);

  /** Bumps the global sequence, sets the tag's generation to it, publishes; returns the generation. */
  long invalidateTag(String tag);

  /** The global invalidation sequence: every tag generation is at most this value. */
  long currentSequence();

  /** The generation of each tag; 0 for a tag never invalidated. */
  Map<String, Long> generations(Collection<String> tags);

  @Override
  void close();
}
