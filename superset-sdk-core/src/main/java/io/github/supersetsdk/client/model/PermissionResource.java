package io.github.supersetsdk.client.model;

import io.github.supersetsdk.client.id.PermissionResourceId;

/**
 * A permission on a resource, called a "permission view" by Flask-AppBuilder, e.g. {@code can_read}
 * on {@code Dashboard}. Roles grant these.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the permission on a resource's id
 * @param permissionName the permission's name, e.g. {@code can_read}
 * @param resourceName the resource's name, e.g. {@code Dashboard}
 */
public record PermissionResource(PermissionResourceId id, String permissionName, String resourceName) {}
