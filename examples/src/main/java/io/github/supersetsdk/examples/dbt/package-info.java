/** Runnable examples of the dbt artifact reader, one task per class. */
@NullMarked
package io.github.supersetsdk.examples.dbt;

import org.jspecify.annotations.NullMarked;
