package io.github.supersetsdk.cache.chartdata.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.supersetsdk.cache.CacheCodec;
import io.github.supersetsdk.cache.CacheException;
import io.github.supersetsdk.client.model.ChartDataResponse;
import io.github.supersetsdk.client.model.ChartDataResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Stores a {@link ChartDataResponse} as JSON with its own field names, written and read by hand so
 * that no reflection on core's records is needed (and a record gaining a component does not change
 * the stored form). Immutable and thread-safe.
 */
public final class ChartDataCodec implements CacheCodec<ChartDataResponse> {

  /** The stored form's version; a stored entry of another version fails to decode and is reloaded. */
  static final int VERSION = 1;

  // Whole numbers as Long, as the client reads them: a row read through the cache equals one read directly.
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.USE_LONG_FOR_INTS);
  private static final TypeReference<List<Map<String, @Nullable Object>>> ROWS = new TypeReference<>() {};
  private static final TypeReference<List<Map<String, Object>>> MAPS = new TypeReference<>() {};

  @Override
  public byte[] encode(ChartDataResponse value) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("v", VERSION);
    ArrayNode results = root.putArray("result");
    for (ChartDataResult r : value.result()) {
      ObjectNode o = results.addObject();
      o.set("colnames", MAPPER.valueToTree(r.colnames()));
      o.set("coltypes", MAPPER.valueToTree(r.coltypes()));
      o.set("data", MAPPER.valueToTree(r.data()));
      o.put("rowcount", r.rowcount());
      o.put("query", r.query());
      o.put("cacheKey", r.cacheKey());
      o.put("isCached", r.isCached());
      o.put("cacheTimeout", r.cacheTimeout());
      o.put("status", r.status());
      o.put("error", r.error());
      o.set("appliedFilters", MAPPER.valueToTree(r.appliedFilters()));
      o.set("rejectedFilters", MAPPER.valueToTree(r.rejectedFilters()));
    }
    try {
      return MAPPER.writeValueAsBytes(root);
    } catch (IOException e) {
      throw new CacheException("cannot encode chart data: " + e.getClass().getSimpleName(), e);
    }
  }

  @Override
  public ChartDataResponse decode(byte[] bytes) {
    try {
      JsonNode root = MAPPER.readTree(bytes);
      if (root == null || root.path("v").asInt() != VERSION) {
        throw new CacheException("stored chart data has version " + (root == null ? "none" : root.path("v"))
            + ", expected " + VERSION, null);
      }
      List<ChartDataResult> results = new ArrayList<>();
      for (JsonNode o : root.path("result")) {
        results.add(new ChartDataResult(
            MAPPER.convertValue(o.path("colnames"), new TypeReference<List<String>>() {}),
            MAPPER.convertValue(o.path("coltypes"), new TypeReference<List<Integer>>() {}),
            MAPPER.convertValue(o.path("data"), ROWS),
            o.path("rowcount").asLong(),
            text(o, "query"),
            text(o, "cacheKey"),
            o.path("isCached").isBoolean() ? o.get("isCached").booleanValue() : null,
            o.path("cacheTimeout").isNumber() ? o.get("cacheTimeout").intValue() : null,
            text(o, "status"),
            text(o, "error"),
            MAPPER.convertValue(o.path("appliedFilters"), MAPS),
            MAPPER.convertValue(o.path("rejectedFilters"), MAPS)));
      }
      return new ChartDataResponse(results);
    } catch (IOException | IllegalArgumentException e) {
      throw new CacheException("cannot decode stored chart data: " + e.getMessage(), e);
    }
  }

  private static @Nullable String text(JsonNode o, String field) {
    JsonNode n = o.get(field);
    return n == null || n.isNull() ? null : n.asText();
  }

  @Override
  public String toString() {
    return "ChartDataCodec[v" + VERSION + "]";
  }
}
