package io.github.supersetsdk.client.model;

import io.github.supersetsdk.client.id.RoleId;

/**
 * A security role: a named set of permissions on resources, granted to users and groups.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the role's id
 * @param name the role's name, unique per Superset
 */
public record Role(RoleId id, String name) {}
