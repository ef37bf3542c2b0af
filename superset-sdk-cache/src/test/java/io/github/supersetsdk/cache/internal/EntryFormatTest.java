package io.github.supersetsdk.cache.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.supersetsdk.cache.CacheCodec;
import io.github.supersetsdk.cache.CacheException;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EntryFormatTest {

  record Row(String name, long total) {}

  @Test
  void encode_decode_roundTripsValueTagsAndGenerations() {
    Entry<Row> e = new Entry<>(new Row("a", 3), Set.of("model.x", "dataset:7"), Map.of("model.x", 5L, "dataset:7", 0L), 1_700_000_000_123L);
    CacheCodec<Row> codec = CacheCodec.json(Row.class);
    for (int threshold : new int[] {0, Integer.MAX_VALUE}) {
      Entry<Row> back = EntryFormat.decode(EntryFormat.encode(e, codec, threshold), codec);
      assertThat(back).isEqualTo(e);
    }
  }

  @Test
  void encode_decode_tagsOutsideAscii_andNoTagsOrOneTag_roundTrip() {
    // Modified UTF-8 writes NUL and non-ASCII characters in several bytes; ASCII tags take a fast path.
    for (Set<String> tags : java.util.List.of(
        Set.<String>of(), Set.of("model.orders"), Set.of("modèle.ventes", "a\u0000b", "emoji-\uD83D\uDCC8", "plain"))) {
      Map<String, Long> gens = new java.util.HashMap<>();
      tags.forEach(t -> gens.put(t, (long) t.length()));
      Entry<String> e = new Entry<>("v\u00e9", tags, gens, 42L);
      assertThat(EntryFormat.decode(EntryFormat.encode(e, CacheCodec.utf8(), Integer.MAX_VALUE), CacheCodec.utf8()))
          .isEqualTo(e);
    }
  }

  @Test
  void decode_truncatedEntry_typedErrorAtEveryCut() {
    Entry<String> e = new Entry<>("value", Set.of("model.orders"), Map.of("model.orders", 3L), 42L);
    byte[] whole = EntryFormat.encode(e, CacheCodec.utf8(), Integer.MAX_VALUE);
    // Cut anywhere in the header or the tag (the payload is the rest of the array, so any length of it decodes).
    int header = whole.length - "value".length();
    for (int cut = 2; cut < header; cut++) {
      byte[] part = java.util.Arrays.copyOf(whole, cut);
      assertThatThrownBy(() -> EntryFormat.decode(part, CacheCodec.utf8()))
          .as("cut at %d of %d", cut, whole.length)
          .isInstanceOf(CacheException.class)
          .hasMessageContaining("corrupt");
    }
  }

  record Renamed(String label, long total) {}

  @Test
  void decode_valueOfAnotherShapeOrNull_isATypedErrorNotAValueOfNulls() {
    // Another version of the record wrote this entry: a component the stored JSON lacks is a miss.
    Entry<Row> old = new Entry<>(new Row("a", 3), Set.of(), Map.of(), 42L);
    byte[] bytes = EntryFormat.encode(old, CacheCodec.json(Row.class), Integer.MAX_VALUE);
    assertThatThrownBy(() -> EntryFormat.decode(bytes, CacheCodec.json(Renamed.class)))
        .isInstanceOf(CacheException.class).hasMessageContaining("label");
    // A field the type no longer has is ignored: an older replica reads a newer one's entries.
    record Narrow(String name) {}
    assertThat(EntryFormat.decode(bytes, CacheCodec.json(Narrow.class)).value()).isEqualTo(new Narrow("a"));

    CacheCodec<Row> nulls = new CacheCodec<>() {
      @Override public byte[] encode(Row value) { return new byte[0]; }
      @Override public Row decode(byte[] b) { return null; }
    };
    byte[] json = EntryFormat.encode(old, nulls, Integer.MAX_VALUE);
    assertThatThrownBy(() -> EntryFormat.decode(json, nulls)).isInstanceOf(CacheException.class).hasMessageContaining("null");
    assertThatThrownBy(() -> CacheCodec.json(Row.class).decode("null".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .isInstanceOf(CacheException.class).hasMessageContaining("null");
  }

  @Test
  void decode_unknownVersion_typedError() {
    assertThatThrownBy(() -> EntryFormat.decode(new byte[] {9, 0, 0, 0, 0, 0}, CacheCodec.utf8()))
        .isInstanceOf(CacheException.class)
        .hasMessageContaining("format version 9");
  }

  @Test
  void encode_unverifiedTaggedEntry_refused() {
    assertThatThrownBy(() -> EntryFormat.encode(new Entry<>("v", Set.of("t"), null, 0L), CacheCodec.utf8(), 10))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
