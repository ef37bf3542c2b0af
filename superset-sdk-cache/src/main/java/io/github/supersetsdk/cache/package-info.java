/**
 * A generic two-tier cache: {@link io.github.supersetsdk.cache.TieredCache} keeps values in a
 * Caffeine tier in this process and in a shared Redis tier, and invalidates them by tag across
 * every process that shares the Redis key prefix. See {@code docs/cache.md} for the consistency
 * bound.
 */
@NullMarked
package io.github.supersetsdk.cache;

import org.jspecify.annotations.NullMarked;
