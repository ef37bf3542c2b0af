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

    /** A load lease on the key was released: its value (if any) is in the store now. */
    default void leaseReleased(String key) {}
  }

  byte @Nullable [] get(String key);

  /** The values of several keys in one round trip (MGET); absent keys are left out of the map. */
  Map<String, byte[]> getAll(Collection<String> keys);

  void set(String key, byte[] value, Duration ttl);

  /** Deletes the key and publishes its invalidation. */
  void delete(String key);

  /** Bumps the global sequence, sets the tag's generation to it, publishes; returns the generation. */
  long invalidateTag(String tag);

  /** The global invalidation sequence: every tag generation is at most this value. */
  long currentSequence();

  /** The generation of each tag; 0 for a tag never invalidated. */
  Map<String, Long> generations(Collection<String> tags);

  /**
   * Takes the load lease of a key if nobody holds it (SET NX PX): only the holder loads the key,
   * other instances wait for its value. The lease frees itself after {@code ttl} if its holder dies.
   *
   * @return whether this call took the lease
   */
  boolean tryLease(String key, String token, Duration ttl);

  /** Frees the lease if {@code token} still holds it, and tells waiting instances. */
  void releaseLease(String key, String token);

  @Override
  void close();
}
