package io.github.supersetsdk.client.model;

import io.github.supersetsdk.client.id.SecurityResourceId;

/**
 * A resource that permissions apply to, called a "view menu" by Flask-AppBuilder: an API such as
 * {@code Dashboard}, a menu entry, or a data object such as {@code [warehouse].[fct_orders](id:3)}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the resource's id
 * @param name the resource's name, unique per Superset
 */
public record SecurityResource(SecurityResourceId id, String name) {}
