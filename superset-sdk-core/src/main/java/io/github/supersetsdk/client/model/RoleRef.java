package io.github.supersetsdk.client.model;

import io.github.supersetsdk.client.id.RoleId;
import org.jspecify.annotations.Nullable;

/**
 * A reference to a role inside another object, e.g. a role a row-level security rule applies to.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the role's id
 * @param name the role's name
 */
public record RoleRef(RoleId id, @Nullable String name) {}
