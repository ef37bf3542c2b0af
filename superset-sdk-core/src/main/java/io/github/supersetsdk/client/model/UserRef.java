package io.github.supersetsdk.client.model;

import io.github.supersetsdk.client.id.UserId;
import org.jspecify.annotations.Nullable;

/**
 * A reference to a Superset user inside another object, e.g. an owner of a dataset.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the user's id
 * @param firstName the first name
 * @param lastName the last name
 */
public record UserRef(@Nullable UserId id, @Nullable String firstName, @Nullable String lastName) {}
