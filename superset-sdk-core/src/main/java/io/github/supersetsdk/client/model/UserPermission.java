package io.github.supersetsdk.client.model;

/**
 * A permission on a view or resource, as Flask-AppBuilder grants them: e.g. {@code can_read} on
 * {@code Dashboard}, or {@code datasource_access} on a dataset.
 *
 * <p>Immutable and thread-safe.
 *
 * @param permission the permission, e.g. {@code can_read}
 * @param viewMenu the view or resource, e.g. {@code Dashboard}
 */
public record UserPermission(String permission, String viewMenu) {}
