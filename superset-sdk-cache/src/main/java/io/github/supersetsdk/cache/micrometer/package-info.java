/**
 * Micrometer metrics for {@link io.github.supersetsdk.cache.TieredCache}. Needs {@code
 * io.micrometer:micrometer-core} on the class path, which the cache module declares as an optional
 * dependency.
 */
@NullMarked
package io.github.supersetsdk.cache.micrometer;

import org.jspecify.annotations.NullMarked;
