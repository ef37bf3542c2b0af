/** Internal implementation of the cache (Redis glue, generations, circuit breaker): not API; may change in any release. */
@NullMarked
package io.github.supersetsdk.cache.internal;

import org.jspecify.annotations.NullMarked;
