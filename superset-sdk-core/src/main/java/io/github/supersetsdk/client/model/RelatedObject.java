package io.github.supersetsdk.client.model;

import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One object a relation of a resource may point to, as its {@code related/{column}} endpoint lists
 * it: e.g. a user for {@code owners} or {@code created_by}, a database for {@code database}. Such
 * lists feed pickers and turn names into ids for list filters.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the related object's id, to use as a filter value
 * @param text its display text, e.g. a user's full name; empty when Superset sends none
 * @param extra additional fields Superset adds for some relations (e.g. a user's {@code email} or
 *     {@code active}); empty when none
 */
public record RelatedObject(long value, String text, Map<String, @Nullable Object> extra) {

  /** Copies the map; neither text nor map is ever null. */
  public RelatedObject {
    text = Objects.requireNonNullElse(text, "");
    extra = Copies.deepMap(extra);
  }
}
