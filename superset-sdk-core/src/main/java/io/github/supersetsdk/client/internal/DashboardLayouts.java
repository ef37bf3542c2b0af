package io.github.supersetsdk.client.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.github.supersetsdk.client.exception.NotFoundException;
import io.github.supersetsdk.client.internal.json.Json;
import io.github.supersetsdk.client.model.Chart;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;

/**
 * Ties a dashboard's layout to its charts the way Superset's editor does: Superset records which
 * charts a dashboard holds (what its charts endpoint, guests and the UI use) only from the {@code
 * positions} of {@code json_metadata} on an update, never from {@code position_json} alone.
 */
public final class DashboardLayouts {

  private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};

  private DashboardLayouts() {}

  /**
   * The layout's CHART nodes, by node id, with their chart ids.
   *
   * @param positionJson the layout
   * @return chart ids by node id, in document order
   * @throws IllegalArgumentException if the layout is not a JSON object or a CHART node has no chartId
   */
  public static Map<String, Long> charts(String positionJson) {
    Map<String, Long> charts = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : parse(positionJson, "position_json").entrySet()) {
      if (e.getValue() instanceof Map<?, ?> node && "CHART".equals(node.get("type"))) {
        if (!(node.get("meta") instanceof Map<?, ?> meta) || !(meta.get("chartId") instanceof Number id)) {
          throw new IllegalArgumentException("position_json: $." + e.getKey() + ".meta.chartId is missing");
        }
        charts.put(e.getKey(), id.longValue());
      }
    }
    return charts;
  }

  /**
   * The {@code json_metadata} to send with a layout so that Superset links its charts: the given
   * metadata with {@code positions} set to the layout, each CHART node completed with the chart's
   * name and UUID.
   *
   * @param positionJson the layout
   * @param jsonMetadata the dashboard's metadata to keep, or {@code null}
   * @param chartLookup reads a chart; throws {@link NotFoundException} if there is none
   * @return the metadata as JSON text
   * @throws IllegalArgumentException if a chart of the layout does not exist, naming its node
   */
  public static String metadataWithPositions(
      String positionJson, @Nullable String jsonMetadata, LongFunction<Chart> chartLookup) {
    Map<String, Object> positions = parse(positionJson, "position_json");
    Map<String, Long> charts = charts(positionJson);
    for (Map.Entry<String, Long> e : charts.entrySet()) {
      Chart chart;
      try {
        chart = chartLookup.apply(e.getValue());
      } catch (NotFoundException missing) {
        throw new IllegalArgumentException("layout node " + e.getKey() + " shows chart " + e.getValue()
            + ", which does not exist (or the caller may not read it)", missing);
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> node = new LinkedHashMap<>((Map<String, Object>) positions.get(e.getKey()));
      @SuppressWarnings("unchecked")
      Map<String, Object> meta = new LinkedHashMap<>((Map<String, Object>) node.get("meta"));
      if (chart.uuid() != null) {
        meta.put("uuid", chart.uuid().toString());
      }
      if (chart.sliceName() != null) {
        meta.putIfAbsent("sliceName", chart.sliceName());
      }
      node.put("meta", meta);
      positions.put(e.getKey(), node);
    }
    Map<String, Object> metadata = jsonMetadata == null || jsonMetadata.isBlank()
        ? new LinkedHashMap<>() : parse(jsonMetadata, "json_metadata");
    metadata.put("positions", positions);
    return Json.write(metadata);
  }

  private static LinkedHashMap<String, Object> parse(String json, String what) {
    try {
      LinkedHashMap<String, Object> map = Json.mapper().readValue(json, MAP);
      if (map == null) {
        throw new IllegalArgumentException(what + " is not a JSON object");
      }
      return map;
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      throw new IllegalArgumentException(what + " is not a JSON object"
          + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")") + ": "
          + Json.message(e));
    }
  }
}
