/**
 * What the client sends: create and update requests, query and filter parameters, and {@link
 * io.github.supersetsdk.client.request.Change}, the three-state value of a partial update.
 *
 * <p>Requests with more than a few optional fields have builders. Updates are partial: each field
 * of an {@code Update...Request} is a {@code Change} that is left unchanged, set, or cleared, and
 * only fields that are set or cleared are sent. Requests are immutable and thread-safe; builders
 * are not thread-safe.
 */
@NullMarked
package io.github.supersetsdk.client.request;

import org.jspecify.annotations.NullMarked;
