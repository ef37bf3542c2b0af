package io.github.supersetsdk.cache.chartdata.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.supersetsdk.client.request.ChartDataQuery;
import io.github.supersetsdk.client.request.ChartDataRequest;
import io.github.supersetsdk.client.request.QueryFilter;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Writes a chart-data request as the JSON Superset receives, and its normal form: keys sorted,
 * nulls dropped, integral numbers written alike, and the fields that cannot change the rows
 * dropped. Two requests with the same normal form return the same data for the same viewer.
 */
public final class QueryContexts {

  /** Request fields that change how Superset caches, not what it returns. */
  private static final Set<String> IGNORED_FIELDS = Set.of("force", "custom_cache_timeout");

  /**
   * Form-data keys that only style a chart or say where it is shown. {@code dashboardId} is
   * dropped so that one chart on two dashboards shares an entry; the viewer's identity, which is
   * part of every key, already covers what a guest may see.
   */
  private static final Set<String> IGNORED_FORM_DATA = Set.of(
      "dashboardId", "dashboard_id", "slice_name", "color_scheme", "label_colors", "shared_label_colors",
      "map_label_colors", "own_color_scheme", "color_scheme_domain", "color_namespace", "dashboards",
      "header_font_size", "subheader_font_size", "y_axis_format", "x_axis_time_format", "number_format",
      "show_legend", "legendType", "legendOrientation", "legendMargin", "rich_tooltip", "tooltipTimeFormat",
      "x_axis_title", "y_axis_title", "x_axis_title_margin", "y_axis_title_margin", "y_axis_title_position",
      "zoomable", "show_value", "truncate_metric", "truncateXAxis", "markerEnabled", "markerSize", "opacity",
      "logAxis", "minorSplitLine", "seriesType", "stack", "only_total", "percentage_threshold",
      "extra_form_data_meta");

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private QueryContexts() {}

  /**
   * The request as Superset's {@code POST /api/v1/chart/data} body.
   *
   * @param request the request
   * @return a JSON tree
   */
  public static ObjectNode toJson(ChartDataRequest request) {
    ObjectNode o = NODES.objectNode();
    ObjectNode ds = o.putObject("datasource");
    ds.put("id", request.datasource().id());
    ds.put("type", request.datasource().type());
    ArrayNode queries = o.putArray("queries");
    for (ChartDataQuery q : request.queries()) {
      queries.add(query(q));
    }
    o.set("form_data", MAPPER.valueToTree(request.formData()));
    if (request.resultType() != null) {
      o.put("result_type", request.resultType().value());
    }
    if (request.force() != null) {
      o.put("force", request.force());
    }
    if (request.customCacheTimeout() != null) {
      o.put("custom_cache_timeout", request.customCacheTimeout());
    }
    for (Map.Entry<String, Object> e : request.otherFields().entrySet()) {
      o.set(e.getKey(), MAPPER.valueToTree(e.getValue()));
    }
    return o;
  }

  private static ObjectNode query(ChartDataQuery q) {
    ObjectNode o = NODES.objectNode();
    o.set("columns", MAPPER.valueToTree(q.columns()));
    o.set("metrics", MAPPER.valueToTree(q.metrics()));
    ArrayNode filters = o.putArray("filters");
    for (QueryFilter f : q.filters()) {
      ObjectNode fo = filters.addObject();
      fo.put("col", f.col());
      fo.put("op", f.op().value());
      fo.set("val", MAPPER.valueToTree(f.val()));
    }
    o.set("orderby", MAPPER.valueToTree(q.orderby()));
    putIfSet(o, "row_limit", q.rowLimit());
    putIfSet(o, "row_offset", q.rowOffset());
    putIfSet(o, "time_range", q.timeRange());
    putIfSet(o, "granularity", q.granularity());
    o.set("extras", MAPPER.valueToTree(q.extras()));
    putIfSet(o, "is_timeseries", q.isTimeseries());
    putIfSet(o, "order_desc", q.orderDesc());
    o.set("post_processing", MAPPER.valueToTree(q.postProcessing()));
    for (Map.Entry<String, Object> e : q.otherFields().entrySet()) {
      o.set(e.getKey(), MAPPER.valueToTree(e.getValue()));
    }
    return o;
  }

  private static void putIfSet(ObjectNode o, String field, @Nullable Object value) {
    if (value != null) {
      o.set(field, MAPPER.valueToTree(value));
    }
  }

  /**
   * The normal form of a request: stable JSON text with sorted keys, no nulls, and none of the
   * fields that cannot change the rows.
   *
   * @param request the request
   * @return compact JSON text; equal for requests that differ only in ignored fields, key order or
   *     nulls
   */
  public static String normalised(ChartDataRequest request) {
    ObjectNode json = toJson(request);
    json.remove(IGNORED_FIELDS);
    if (json.get("form_data") instanceof ObjectNode formData) {
      formData.remove(IGNORED_FORM_DATA);
    }
    return canonical(json);
  }

  /**
   * Stable JSON text of a tree: object keys sorted, null members dropped, integral numbers written
   * as integers (so that {@code 10} and {@code 10.0} agree).
   *
   * @param node the tree
   * @return compact JSON text
   */
  public static String canonical(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(plain(node));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON tree", e);
    }
  }

  private static @Nullable Object plain(JsonNode node) {
    if (node.isObject()) {
      Map<String, Object> m = new TreeMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        Object v = plain(e.getValue());
        if (v != null) {
          m.put(e.getKey(), v);
        }
      }
      return m;
    }
    if (node.isArray()) {
      List<@Nullable Object> l = new java.util.ArrayList<>();
      for (JsonNode child : node) {
        l.add(plain(child));
      }
      return l;
    }
    if (node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node.isNumber()) {
      BigDecimal d = node.decimalValue().stripTrailingZeros();
      return d.scale() <= 0 ? (Object) d.toBigIntegerExact() : d;
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    return node.asText();
  }
}
