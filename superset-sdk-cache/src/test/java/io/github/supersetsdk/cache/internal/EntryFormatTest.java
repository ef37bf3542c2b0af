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
