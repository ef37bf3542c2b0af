package io.github.supersetsdk.cache.chartdata.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.supersetsdk.cache.CacheException;
import io.github.supersetsdk.client.model.ChartDataResponse;
import io.github.supersetsdk.client.model.ChartDataResult;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChartDataCodecTest {

  private final ChartDataCodec codec = new ChartDataCodec();

  @Test
  void decode_encoded_equalsTheOriginal_withTheClientsNumberTypes() {
    // The client reads whole numbers as Long and others as Double; a cached row has the same types.
    Map<String, Object> row = new HashMap<>();
    row.put("tenant_id", 1L);
    row.put("revenue", 624.56);
    row.put("big", 12_345_678_901L);
    row.put("name", "web");
    row.put("missing", null);
    ChartDataResponse original = new ChartDataResponse(List.of(new ChartDataResult(
        List.of("tenant_id", "revenue", "big", "name", "missing"), List.of(0, 0, 0, 1, 1),
        List.of(row), 1, "SELECT 1", "abc", true, 60, "success", null,
        List.of(Map.of("column", "tenant_id")), List.of())));

    ChartDataResponse decoded = codec.decode(codec.encode(original));

    assertThat(decoded).isEqualTo(original);
    for (String k : row.keySet()) {
      Object v = decoded.first().data().get(0).get(k);
      assertThat(v == null ? null : v.getClass()).as(k).isEqualTo(row.get(k) == null ? null : row.get(k).getClass());
    }
  }

  @Test
  void decode_otherVersion_throwsCacheException() {
    byte[] bytes = "{\"v\":99,\"result\":[]}".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> codec.decode(bytes)).isInstanceOf(CacheException.class).hasMessageContaining("version");
  }

  @Test
  void decode_notJson_throwsCacheException() {
    byte[] bytes = Arrays.copyOf("{\"v\":1,".getBytes(StandardCharsets.UTF_8), 7);
    assertThatThrownBy(() -> codec.decode(bytes)).isInstanceOf(CacheException.class);
  }
}
