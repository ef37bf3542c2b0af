/** Benchmarks of the two-tier cache against raw Caffeine, raw Lettuce and a hand-written cache-aside. */
@NullMarked
package io.github.supersetsdk.benchmarks.cache;

import org.jspecify.annotations.NullMarked;
