package io.github.supersetsdk.client.model;

import io.github.supersetsdk.client.id.TagId;
import org.jspecify.annotations.Nullable;

/**
 * A tag as other objects list it: its id, name and kind.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the tag's id
 * @param name the tag's name, e.g. {@code finance} or the system tag {@code owner:1}
 * @param type the kind of tag, or {@code null} if the answer omits it
 */
public record TagRef(TagId id, @Nullable String name, @Nullable TagType type) {}
