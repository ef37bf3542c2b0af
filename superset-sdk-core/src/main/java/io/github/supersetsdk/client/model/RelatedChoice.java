package io.github.supersetsdk.client.model;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One value a related field (such as {@code owners} or {@code created_by}) can take, as Superset
 * offers it to filter lists or to pick owners.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the related object's id, e.g. a user id
 * @param text its display text, e.g. a user's full name
 * @param extra additional fields, such as a user's {@code email} or {@code active}
 */
public record RelatedChoice(long value, @Nullable String text, Map<String, @Nullable Object> extra) {

  /** Copies the map; never null. */
  public RelatedChoice {
    extra = Copies.map(extra);
  }
}
