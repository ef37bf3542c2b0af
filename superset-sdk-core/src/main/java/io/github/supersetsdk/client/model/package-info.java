/**
 * Immutable request and response types of the Superset REST API.
 *
 * <p>Responses are records that ignore JSON fields they do not know, so a newer Superset does not
 * break an older SDK; collections in them are never null. Requests with more than a few optional
 * fields have builders. Updates are partial: each field of an {@code Update...Request} is a {@link
 * io.github.supersetsdk.client.model.Change} that is either left unchanged, set, or cleared. Ids are
 * typed ({@link io.github.supersetsdk.client.model.DatasetId} and friends) so that a chart id cannot
 * be passed where a dataset id is expected. Every type here is immutable and thread-safe; builders
 * are not thread-safe.
 */
@NullMarked
package io.github.supersetsdk.client.model;

import org.jspecify.annotations.NullMarked;
