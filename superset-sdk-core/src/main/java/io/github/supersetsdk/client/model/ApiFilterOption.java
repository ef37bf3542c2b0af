package io.github.supersetsdk.client.model;

import io.github.supersetsdk.client.request.Filter;
import io.github.supersetsdk.client.request.FilterOperator;
import org.jspecify.annotations.Nullable;

/**
 * One filter operator a column accepts, as listed by a resource's {@code _info} endpoint.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the operator's human-readable name, e.g. {@code Starts with}
 * @param operator the operator to use in a {@link Filter}
 */
public record ApiFilterOption(@Nullable String name, FilterOperator operator) {}
