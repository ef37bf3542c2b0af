/**
 * Typed ids of Superset's resources, so that a chart id cannot be passed where a dataset id is
 * expected. Each is a record around Superset's number (or text) and is written to JSON as that
 * value. Immutable and thread-safe.
 */
@NullMarked
package io.github.supersetsdk.client.id;

import org.jspecify.annotations.NullMarked;
