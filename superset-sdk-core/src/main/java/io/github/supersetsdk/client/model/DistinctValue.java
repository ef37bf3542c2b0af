package io.github.supersetsdk.client.model;

/**
 * One distinct value of a column, as a resource's {@code distinct} endpoint offers it for filters.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the value as text
 */
public record DistinctValue(String text) {}
