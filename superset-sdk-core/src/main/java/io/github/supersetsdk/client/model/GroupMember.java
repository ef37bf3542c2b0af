package io.github.supersetsdk.client.model;

import io.github.supersetsdk.client.id.UserId;
import org.jspecify.annotations.Nullable;

/**
 * A user who belongs to a group, as the group shows it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the user's id
 * @param username the user's login name
 */
public record GroupMember(UserId id, @Nullable String username) {}
