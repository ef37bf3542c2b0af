package io.github.supersetsdk.client.model;

import io.github.supersetsdk.client.id.GroupId;
import org.jspecify.annotations.Nullable;

/**
 * A reference to a user group inside another object, e.g. a group a user belongs to.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the group's id
 * @param name the group's name
 * @param label the group's display label
 * @param description the description
 */
public record GroupRef(GroupId id, @Nullable String name, @Nullable String label, @Nullable String description) {}
