package io.github.supersetsdk.cache;

/**
 * Where a {@link TieredCache#lookup(Object)} found its value.
 *
 * <p>Immutable and thread-safe.
 */
public enum CacheSource {
  /** This process's in-memory tier. */
  L1,
  /** Redis, shared by every instance with the same key prefix. */
  L2,
  /** The cache's loader, called by this lookup (and stored, unless a tag was invalidated meanwhile). */
  LOADER,
  /**
   * Another caller's lookup of the same key in this process, which was in flight and this lookup
   * waited for (it read L2 or called the loader).
   */
  CONCURRENT
}
