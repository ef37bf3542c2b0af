package io.github.supersetsdk.client.internal;

import io.github.supersetsdk.client.model.Database;
import org.jspecify.annotations.Nullable;

/**
 * Masks secrets in free text before it reaches a log line, an exception message or a {@code
 * toString()}: passwords in URIs and the values of secret-named fields; see {@link Database#redact},
 * which holds the rules so that the model records need nothing internal. Stateless and thread-safe.
 */
public final class Redactor {

  /** What replaces a secret. */
  public static final String MASK = "***";

  private Redactor() {}

  /**
   * Returns {@code text} with every secret masked.
   *
   * @param text any text, or {@code null}
   * @return the redacted text, or {@code null} if {@code text} was null
   */
  public static @Nullable String redact(@Nullable String text) {
    return Database.redact(text);
  }
}
