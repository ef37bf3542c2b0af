/** Runnable examples of the dbt to Superset sync, one task per class. */
@NullMarked
package io.github.supersetsdk.examples.sync;

import org.jspecify.annotations.NullMarked;
