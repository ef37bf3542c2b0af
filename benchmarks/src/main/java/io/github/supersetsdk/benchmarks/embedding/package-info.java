/** Guest-token costs: minting through Superset, signing locally, and the cache. */
@NullMarked
package io.github.supersetsdk.benchmarks.embedding;

import org.jspecify.annotations.NullMarked;
