package io.github.supersetsdk.client.internal.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.supersetsdk.client.request.ChartDataQuery;
import io.github.supersetsdk.client.request.ChartDataRequest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads saved query contexts into {@link ChartDataRequest}s, keeping the fields the records do not
 * model so that sending them back is faithful.
 */
public final class QueryContexts {

  private static final Set<String> REQUEST_FIELDS =
      Set.of("datasource", "queries", "form_data", "result_type", "force", "custom_cache_timeout");
  private static final Set<String> QUERY_FIELDS = Set.of(
      "columns", "metrics", "filters", "orderby", "row_limit", "row_offset", "time_range", "granularity",
      "extras", "is_timeseries", "order_desc", "post_processing");

  private QueryContexts() {}

  /**
   * Reads a query context.
   *
   * @param json the JSON text
   * @return the request
   * @throws IllegalArgumentException if the text is not a query context, with the JSON path or the
   *     line and column
   */
  public static ChartDataRequest read(String json) {
    JsonNode root;
    try {
      root = Json.mapper().readTree(json);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new IllegalArgumentException("query context is not valid JSON"
          + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr()) + ": "
          + Json.message(e));
    }
    if (!(root instanceof ObjectNode object)) {
      throw new IllegalArgumentException("query context: $ is not an object");
    }
    if (!(object.get("queries") instanceof com.fasterxml.jackson.databind.node.ArrayNode queries) || queries.isEmpty()) {
      throw new IllegalArgumentException("query context: $.queries is missing or empty");
    }
    if (!object.has("datasource")) {
      throw new IllegalArgumentException("query context: $.datasource is missing");
    }
    List<ChartDataQuery> parsed = new ArrayList<>();
    for (int i = 0; i < queries.size(); i++) {
      if (!(queries.get(i) instanceof ObjectNode q)) {
        throw new IllegalArgumentException("query context: $.queries[" + i + "] is not an object");
      }
      ObjectNode known = q.deepCopy();
      Map<String, Object> others = split(known, QUERY_FIELDS);
      ChartDataQuery query = convert(known, ChartDataQuery.class, "$.queries[" + i + "]");
      parsed.add(new ChartDataQuery(query.columns(), query.metrics(), query.filters(), query.orderby(), query.rowLimit(),
          query.rowOffset(), query.timeRange(), query.granularity(), query.extras(), query.isTimeseries(),
          query.orderDesc(), query.postProcessing(), others));
    }
    ObjectNode known = object.deepCopy();
    known.remove("queries");
    Map<String, Object> others = split(known, REQUEST_FIELDS);
    // The records need one query; the parsed ones replace it below.
    known.set("queries", Json.mapper().createArrayNode().add(Json.mapper().createObjectNode()));
    ChartDataRequest request = convert(known, ChartDataRequest.class, "$");
    return new ChartDataRequest(request.datasource(), parsed, request.formData(), request.resultType(),
        request.force(), request.customCacheTimeout(), others);
  }

  private static Map<String, Object> split(ObjectNode node, Set<String> knownFields) {
    Map<String, Object> others = new LinkedHashMap<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!knownFields.contains(name)) {
        others.put(name, Json.mapper().convertValue(node.get(name), Object.class));
        it.remove();
      } else if (node.get(name).isNull()) {
        it.remove();
      }
    }
    return others;
  }

  private static <T> T convert(ObjectNode node, Class<T> type, String path) {
    try {
      return Json.mapper().treeToValue(node, type);
    } catch (JsonMappingException e) {
      throw new IllegalArgumentException("query context: " + path + pathOf(e) + " " + Json.message(e));
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new IllegalArgumentException("query context: " + path + " cannot be read: " + e.getMessage());
    }
  }

  private static String pathOf(JsonMappingException e) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        sb.append('.').append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        sb.append('[').append(ref.getIndex()).append(']');
      }
    }
    return sb.append(':').toString();
  }
}
