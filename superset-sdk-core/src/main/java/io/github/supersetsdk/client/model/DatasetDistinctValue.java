package io.github.supersetsdk.client.model;

/**
 * One distinct value of a dataset attribute, e.g. a schema name, as Superset's list filters offer
 * them.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the value
 * @param text its display text
 */
public record DatasetDistinctValue(String value, String text) {}
