/**
 * What the client sends: create and update requests, query and filter parameters, and {@link
 * io.github.supersetsdk.client.request.Change}, the three-state value of a partial update.
 *
 * <p>Requests with more than a few optional fields have builders. Updates are partial: each field
 * of an {@code Update...Request} is a {@code Change} that is left unchanged, set, or cleared, and
 * only fields that are set or cleared are sent. Requests are immutable and thread-safe; builders
 * are not thread-safe.
 *
 * <p>A component without {@code @Nullable} is required. Builders and factories take required
 * fields as arguments and reject {@code null}; a record's canonical constructor, called directly,
 * does not check them all, because each field is written once, in the record header, from which
 * the builders are generated. The client checks instead: it refuses to send a request whose
 * required component is null, with a {@link NullPointerException} naming the record and the
 * component, before anything reaches the server.
 */
@CollectionCopies
@NullMarked
package io.github.supersetsdk.client.request;

import io.github.supersetsdk.codegen.CollectionCopies;
import org.jspecify.annotations.NullMarked;
