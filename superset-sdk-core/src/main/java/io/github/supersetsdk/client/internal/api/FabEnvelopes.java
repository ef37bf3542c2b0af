package io.github.supersetsdk.client.internal.api;

import org.jspecify.annotations.Nullable;

/**
 * Answers that Flask-AppBuilder's model endpoints share across resources ({@code favorite_status},
 * key-value stores, permanent links).
 */
public final class FabEnvelopes {

  private FabEnvelopes() {}

  /**
   * Whether an object is a favorite of the caller.
   *
   * @param id the object's id
   * @param value whether it is a favorite
   */
  public record FavoriteStatus(long id, boolean value) {}

  /**
   * {@code {"key": "..."}}, the answer of key-value stores (filter state, form data).
   *
   * @param key the key
   */
  public record Key(@Nullable String key) {}

  /**
   * {@code {"key": "...", "url": "..."}}, the answer of permanent-link creation.
   *
   * @param key the key
   * @param url the link
   */
  public record KeyUrl(@Nullable String key, @Nullable String url) {}

  /**
   * {@code {"state": {...}}}, a stored permanent-link state.
   *
   * @param state the state, as Superset's frontend wrote it (camelCase keys)
   */
  public record State(java.util.@Nullable Map<String, @Nullable Object> state) {}

  /**
   * {@code {"id": n, "last_modified_time": t}}, the answer of copy and update.
   *
   * @param id the object's id
   * @param lastModifiedTime when it changed, in epoch seconds
   */
  public record IdAndTime(@Nullable Long id, @Nullable Double lastModifiedTime) {}
}
