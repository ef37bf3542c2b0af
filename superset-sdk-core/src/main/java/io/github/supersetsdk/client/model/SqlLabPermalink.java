package io.github.supersetsdk.client.model;

/**
 * A permanent link to a SQL Lab editor state.
 *
 * <p>Immutable and thread-safe.
 *
 * @param key the key to read the state back with
 * @param url the URL that opens SQL Lab with the state
 */
public record SqlLabPermalink(String key, String url) {}
