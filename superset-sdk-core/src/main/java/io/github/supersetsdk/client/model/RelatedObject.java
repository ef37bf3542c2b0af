package io.github.supersetsdk.client.model;

/**
 * An object that a list can be filtered by through a relation, as a resource's {@code related}
 * endpoint offers it: e.g. a user for {@code created_by} or a database for {@code database}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the related object's id, to use as a filter value
 * @param text its display text, e.g. a user's full name
 */
public record RelatedObject(long value, String text) {}
