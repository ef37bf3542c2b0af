package io.github.supersetsdk.cache;

import io.github.supersetsdk.cache.internal.JsonCodec;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Turns values into the bytes stored in the Redis tier and back. Compression and the entry
 * header are added by the cache; a codec sees only the value's own bytes.
 *
 * <p>Implementations must be thread-safe.
 *
 * @param <V> the value type
 */
public interface CacheCodec<V> {

  /**
   * Encodes a value.
   *
   * @param value the value
   * @return its bytes
   * @throws CacheException if the value cannot be encoded
   */
  byte[] encode(V value);

  /**
   * Decodes a value.
   *
   * @param bytes bytes produced by {@link #encode(Object)}
   * @return the value
   * @throws CacheException if the bytes cannot be decoded
   */
  V decode(byte[] bytes);

  /**
   * Decodes a value from part of an array. The cache calls this with the payload inside the bytes
   * it read from Redis, so that a codec which can read in place saves a copy; the default copies
   * the range and calls {@link #decode(byte[])}.
   *
   * @param bytes an array holding bytes produced by {@link #encode(Object)}
   * @param offset where they start
   * @param length how many there are
   * @return the value
   * @throws CacheException if the bytes cannot be decoded
   * @throws IndexOutOfBoundsException if the range is outside {@code bytes}
   */
  default V decode(byte[] bytes, int offset, int length) {
    return decode(java.util.Arrays.copyOfRange(bytes, offset, Math.addExact(offset, length)));
  }

  /**
   * Returns a codec writing JSON with a private Jackson mapper (the user's global Jackson settings
   * do not apply). The type must be Jackson-serialisable: a record, or a bean with a default
   * constructor.
   *
   * <p>Entries written by another version of the type: a field the type no longer has is ignored
   * (an older replica reads a newer one's entries); a record component the stored JSON lacks (a
   * component added or renamed) fails the decode, so the entry counts as a miss and is reloaded
   * rather than served with the component null. JSON {@code null} is never a value.
   *
   * @param type the value class
   * @param <V> the value type
   * @return the codec
   * @throws NullPointerException if {@code type} is null
   */
  static <V> CacheCodec<V> json(Class<V> type) {
    return new JsonCodec<>(Objects.requireNonNull(type, "type"));
  }

  /**
   * Returns a codec storing strings as UTF-8.
   *
   * @return the codec
   */
  static CacheCodec<String> utf8() {
    return new CacheCodec<>() {
      @Override
      public byte[] encode(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
      }

      @Override
      public String decode(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
      }

      @Override
      public String decode(byte[] bytes, int offset, int length) {
        return new String(bytes, offset, length, StandardCharsets.UTF_8);
      }
    };
  }
}
