package io.github.supersetsdk.client.model;

import java.util.Map;

/**
 * One object a relation of a resource may point to, as a {@code related/{column}} endpoint lists it:
 * e.g. a user that can be the {@code created_by} of a CSS template. Such lists feed pickers and
 * resolve names to ids.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the related object's id
 * @param text its display text, e.g. a user's full name
 * @param extra free-form additional fields the server adds for some relations (e.g. {@code email}
 *     or {@code active} for users); empty when none
 */
public record RelatedOption(long value, String text, Map<String, Object> extra) {

  /** Copies the map; never null. */
  public RelatedOption {
    extra = Copies.map(extra);
  }
}
