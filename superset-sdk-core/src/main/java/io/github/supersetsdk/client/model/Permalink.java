package io.github.supersetsdk.client.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A permanent link to a state Superset stored: a dashboard's filters and tabs, an Explore form, or a
 * SQL Lab editor.
 *
 * <p>Immutable and thread-safe.
 *
 * @param key the key to read the state back with
 * @param url the absolute URL that opens the state in Superset
 */
public record Permalink(String key, @Nullable String url) {

  /**
   * Validates the key.
   *
   * @throws NullPointerException if {@code key} is null
   */
  public Permalink {
    Objects.requireNonNull(key, "key");
  }
}
