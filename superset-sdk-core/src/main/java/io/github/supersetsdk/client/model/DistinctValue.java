package io.github.supersetsdk.client.model;

/**
 * One distinct value of a column, as a resource's {@code distinct/{column}} endpoint offers it to
 * list filters, e.g. a dataset's schema or a query's status.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the value, to use as a filter value
 * @param text its display text
 */
public record DistinctValue(String value, String text) {}
