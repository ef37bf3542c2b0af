package io.github.supersetsdk.sync.profiles;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * A password, token or key that must not be printed. {@link #toString()} returns {@code ***}; only
 * {@link #reveal()} gives the value, so every place that uses it is explicit.
 *
 * {@snippet class=io.github.supersetsdk.sync.snippets.SyncSnippets region=Secret}
 *
 * <p>Immutable and thread-safe. Two secrets are equal when their values are (compared in constant
 * time); the hash code does not depend on the value.
 */
public final class Secret {
  private final String value;

  private Secret(String value) {
    this.value = value;
  }

  /**
   * Wraps a secret value.
   *
   * @param value the secret; may be empty
   * @return the secret
   * @throws NullPointerException if {@code value} is null
   */
  public static Secret of(String value) {
    return new Secret(Objects.requireNonNull(value, "value"));
  }

  /**
   * Returns the secret value. Call it only where the value is sent to the system that needs it.
   *
   * @return the value
   */
  public String reveal() {
    return value;
  }

  /**
   * Tells whether the value is empty.
   *
   * @return {@code true} for an empty secret
   */
  public boolean isEmpty() {
    return value.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Secret other
        && MessageDigest.isEqual(
            value.getBytes(StandardCharsets.UTF_8), other.value.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public int hashCode() {
    // Constant: a value-derived hash would leak information about the secret.
    return 0x5ec2e7;
  }

  /**
   * Returns {@code ***}, never the value.
   *
   * @return {@code ***}
   */
  @Override
  public String toString() {
    return "***";
  }
}
