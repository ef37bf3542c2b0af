package io.github.supersetsdk.cache.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.supersetsdk.cache.CacheCodec;
import io.github.supersetsdk.cache.CacheException;
import java.io.IOException;

/** JSON codec with a private mapper, so the user's global Jackson settings cannot change the bytes. Thread-safe. */
public final class JsonCodec<V> implements CacheCodec<V> {

  // Unknown fields are ignored (a newer replica's entry read by an older one); a missing record
  // component fails the decode (an older shape read by a newer one): a miss, not a value of nulls.
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);

  private final Class<V> type;

  public JsonCodec(Class<V> type) {
    this.type = type;
  }

  @Override
  public byte[] encode(V value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (IOException e) {
      throw new CacheException("cannot encode a " + type.getName() + " as JSON: " + e.getClass().getSimpleName(), e);
    }
  }

  @Override
  public V decode(byte[] bytes) {
    return decode(bytes, 0, bytes.length);
  }

  @Override
  public V decode(byte[] bytes, int offset, int length) {
    V value;
    try {
      value = MAPPER.readValue(bytes, offset, length, type);
    } catch (IOException e) {
      throw new CacheException("cannot decode a " + type.getName() + " from JSON: " + e.getMessage(), e);
    }
    if (value == null) {
      throw new CacheException("cannot decode a " + type.getName() + " from JSON: the entry holds null", null);
    }
    return value;
  }

  @Override
  public String toString() {
    return "CacheCodec.json(" + type.getName() + ")";
  }
}
