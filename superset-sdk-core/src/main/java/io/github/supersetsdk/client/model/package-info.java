/**
 * Immutable response and value types of the Superset REST API: what the client returns.
 *
 * <p>Responses are records that ignore JSON fields they do not know, so a newer Superset does not
 * break an older SDK; collections in them are never null. Superset's open sets (engines, error
 * types) are value types with known constants. What the client sends lives in {@link
 * io.github.supersetsdk.client.request}, and typed ids in {@link io.github.supersetsdk.client.id}.
 * Every type here is immutable and thread-safe.
 */
@CollectionCopies
@NullMarked
package io.github.supersetsdk.client.model;

import io.github.supersetsdk.codegen.CollectionCopies;
import org.jspecify.annotations.NullMarked;
