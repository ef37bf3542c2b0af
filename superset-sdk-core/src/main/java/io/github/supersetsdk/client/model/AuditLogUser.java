package io.github.supersetsdk.client.model;

import org.jspecify.annotations.Nullable;

/**
 * The user of an audit log entry.
 *
 * <p>Immutable and thread-safe.
 *
 * @param username the login name
 * @param firstName the first name
 * @param lastName the last name
 */
public record AuditLogUser(@Nullable String username, @Nullable String firstName, @Nullable String lastName) {}
