package io.github.supersetsdk.client.model;

import io.github.supersetsdk.client.id.PermissionId;

/**
 * A permission: an action such as {@code can_read} or {@code datasource_access}, granted on
 * resources through {@link PermissionResource}s.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the permission's id
 * @param name the permission's name
 */
public record Permission(PermissionId id, String name) {}
