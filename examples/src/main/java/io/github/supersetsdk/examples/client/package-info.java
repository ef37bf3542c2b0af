/** Runnable examples of the Superset client, one task per class. */
@NullMarked
package io.github.supersetsdk.examples.client;

import org.jspecify.annotations.NullMarked;
