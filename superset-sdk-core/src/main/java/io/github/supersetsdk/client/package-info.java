/**
 * The Superset client: {@link io.github.supersetsdk.client.SupersetClient}, its configuration, the
 * resource sub-clients it hands out, lazy pagination, and the {@link
 * io.github.supersetsdk.client.RawClient} escape hatch.
 *
 * <p>Create one client per Superset and application, share it between threads, and close it on
 * shutdown. Request and response types live in {@code io.github.supersetsdk.client.model}, exceptions
 * in {@code io.github.supersetsdk.client.exception}.
 */
@NullMarked
package io.github.supersetsdk.client;

import org.jspecify.annotations.NullMarked;
