/**
 * Micrometer metrics for the Superset client. Needs {@code io.micrometer:micrometer-core} on the
 * class path, which the SDK declares as an optional dependency.
 */
@NullMarked
package io.github.supersetsdk.client.micrometer;

import org.jspecify.annotations.NullMarked;
