/** Runnable examples of the chart-data cache, one task per class. */
@NullMarked
package io.github.supersetsdk.examples.cache;

import org.jspecify.annotations.NullMarked;
