package io.github.supersetsdk.client.model;

import io.github.supersetsdk.client.id.UserId;
import org.jspecify.annotations.Nullable;

/**
 * The user the client is authenticated as.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the user's id
 * @param username the login name
 * @param firstName the first name
 * @param lastName the last name
 * @param email the e-mail address
 * @param isActive whether the account is active
 * @param isAnonymous whether this is the anonymous user
 * @param loginCount how many times the user logged in
 */
public record CurrentUser(
    @Nullable UserId id,
    @Nullable String username,
    @Nullable String firstName,
    @Nullable String lastName,
    @Nullable String email,
    @Nullable Boolean isActive,
    @Nullable Boolean isAnonymous,
    @Nullable Long loginCount) {}
