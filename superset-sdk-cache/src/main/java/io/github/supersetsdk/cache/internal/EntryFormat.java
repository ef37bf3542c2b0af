package io.github.supersetsdk.cache.internal;

import io.github.supersetsdk.cache.CacheCodec;
import io.github.supersetsdk.cache.CacheException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Bytes of an L2 entry: version byte, flags byte (bit 0: payload gzipped), the load time (epoch
 * millis, long), tag count, then each tag (UTF) with its generation, then the codec's payload. Only
 * verified entries are written. Version 1 (no load time) is no longer read: such an entry is a miss.
 */
public final class EntryFormat {

  private static final byte VERSION = 2;
  private static final int GZIP = 1;

  private EntryFormat() {}

  public static <V> byte[] encode(Entry<V> entry, CacheCodec<V> codec, int compressAbove) {
    Map<String, Long> gens = entry.generations();
    if (gens == null && !entry.tags().isEmpty()) {
      throw new IllegalArgumentException("unverified entries are never written to Redis");
    }
    byte[] payload = codec.encode(entry.value());
    boolean gzip = payload.length > compressAbove;
    if (gzip) {
      payload = gzip(payload);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(payload.length + 32);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(VERSION);
      out.writeByte(gzip ? GZIP : 0);
      out.writeLong(entry.loadedAtMillis());
      out.writeInt(entry.tags().size());
      for (String tag : entry.tags()) {
        out.writeUTF(tag);
        out.writeLong(gens == null ? 0 : gens.getOrDefault(tag, 0L));
      }
      out.write(payload);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  public static <V> Entry<V> decode(byte[] bytes, CacheCodec<V> codec) {
    // Read in place (no streams, no copies): decoding is most of the JVM's share of an L2 hit.
    ByteBuffer in = ByteBuffer.wrap(bytes);
    try {
      int version = in.get();
      if (version != VERSION) {
        throw new CacheException("Redis entry has format version " + version + ", expected " + VERSION, null);
      }
      int flags = in.get();
      long loadedAt = in.getLong();
      int n = in.getInt();
      if (n < 0 || n > bytes.length) {
        throw new CacheException("Redis entry is corrupt: tag count " + n, null);
      }
      Map<String, Long> gens;
      if (n == 1) {
        gens = Map.of(readTag(in), in.getLong());
      } else {
        gens = new HashMap<>();
        for (int i = 0; i < n; i++) {
          gens.put(readTag(in), in.getLong());
        }
      }
      int offset = in.position();
      V value;
      if ((flags & GZIP) != 0) {
        value = codec.decode(gunzip(bytes, offset));
      } else {
        value = codec.decode(bytes, offset, bytes.length - offset);
      }
      if (value == null) {
        // A codec's null would reach callers whose get() never returns null.
        throw new CacheException("Redis entry decodes to null", null);
      }
      return new Entry<>(value, gens.keySet(), gens, loadedAt);
    } catch (BufferUnderflowException | IndexOutOfBoundsException e) {
      throw new CacheException("Redis entry is corrupt: it ends early", e);
    } catch (IOException e) {
      throw new CacheException("Redis entry is corrupt: " + e.getMessage(), e);
    }
  }

  /** A tag as {@link DataOutputStream#writeUTF} wrote it: two length bytes, modified UTF-8. */
  private static String readTag(ByteBuffer in) throws IOException {
    int length = Short.toUnsignedInt(in.getShort());
    int start = in.position();
    byte[] bytes = in.array();
    if (start + length > bytes.length) {
      throw new BufferUnderflowException();
    }
    for (int i = start; i < start + length; i++) {
      if (bytes[i] <= 0) {
        // Not plain ASCII (modified UTF-8 writes NUL as two bytes): let DataInputStream decode it.
        String tag = new DataInputStream(new ByteArrayInputStream(bytes, start - 2, length + 2)).readUTF();
        in.position(start + length);
        return tag;
      }
    }
    in.position(start + length);
    return new String(bytes, start, length, StandardCharsets.ISO_8859_1);
  }

  private static byte[] gzip(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 2 + 16);
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] gunzip(byte[] data, int offset) throws IOException {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(data, offset, data.length - offset))) {
      return in.readAllBytes();
    }
  }
}
