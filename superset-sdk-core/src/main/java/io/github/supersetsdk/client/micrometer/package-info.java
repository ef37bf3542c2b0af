/**
 * Micrometer bindings for the Superset client: meters ({@link
 * io.github.supersetsdk.client.micrometer.SupersetClientMetrics}, needs {@code
 * io.micrometer:micrometer-core}) and observations for tracing ({@link
 * io.github.supersetsdk.client.micrometer.SupersetClientObservations}, needs {@code
 * io.micrometer:micrometer-observation}). The SDK declares both as optional dependencies.
 */
@NullMarked
package io.github.supersetsdk.client.micrometer;

import org.jspecify.annotations.NullMarked;
