package io.github.supersetsdk.ops.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.supersetsdk.client.id.ChartId;
import io.github.supersetsdk.client.request.ChartDataQuery;
import io.github.supersetsdk.client.request.ChartDataRequest;
import io.github.supersetsdk.client.request.QueryFilter;
import io.github.supersetsdk.client.request.QueryFilterOperator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The default values of a dashboard's native filters, as its page applies them on first load: each
 * filter's {@code defaultDataMask.extraFormData} (filters and time range) on the charts in its scope
 * ({@code chartsInScope} when Superset stored it, else the charts of the filter's target dataset that
 * the scope does not exclude).
 *
 * <p>Immutable and thread-safe.
 */
public final class NativeFilters {

  private static final ObjectMapper JSON = new ObjectMapper();

  private record Default(@Nullable Set<Long> chartsInScope, Set<Long> datasets, Set<Long> excluded,
      List<QueryFilter> filters, @Nullable String timeRange) {}

  private final List<Default> defaults;

  private NativeFilters(List<Default> defaults) {
    this.defaults = List.copyOf(defaults);
  }

  /**
   * Reads the defaults from a dashboard's {@code json_metadata}.
   *
   * @param jsonMetadata the dashboard's JSON metadata, or {@code null}
   * @return the defaults; none when the metadata has no native filters with default values
   * @throws IllegalArgumentException if the metadata is not JSON
   */
  public static NativeFilters parse(@Nullable String jsonMetadata) {
    if (jsonMetadata == null || jsonMetadata.isBlank()) {
      return new NativeFilters(List.of());
    }
    JsonNode root;
    try {
      root = JSON.readTree(jsonMetadata);
    } catch (IOException e) {
      throw new IllegalArgumentException("the dashboard's json_metadata is not JSON: " + e.getMessage(), e);
    }
    List<Default> out = new ArrayList<>();
    for (JsonNode f : root.path("native_filter_configuration")) {
      JsonNode extra = f.path("defaultDataMask").path("extraFormData");
      List<QueryFilter> filters = new ArrayList<>();
      for (JsonNode q : extra.path("filters")) {
        if (!q.hasNonNull("col") || !q.hasNonNull("op")) {
          continue;
        }
        Object val = q.has("val") ? JSON.convertValue(q.get("val"), Object.class) : null;
        filters.add(new QueryFilter(q.get("col").asText(), new QueryFilterOperator(q.get("op").asText()), val));
      }
      String timeRange = extra.hasNonNull("time_range") ? extra.get("time_range").asText() : null;
      if (filters.isEmpty() && timeRange == null) {
        continue;
      }
      Set<Long> inScope = null;
      if (f.path("chartsInScope").isArray()) {
        inScope = new HashSet<>();
        for (JsonNode id : f.path("chartsInScope")) {
          inScope.add(id.asLong());
        }
      }
      Set<Long> datasets = new HashSet<>();
      for (JsonNode t : f.path("targets")) {
        if (t.hasNonNull("datasetId")) {
          datasets.add(t.get("datasetId").asLong());
        }
      }
      Set<Long> excluded = new HashSet<>();
      for (JsonNode id : f.path("scope").path("excluded")) {
        excluded.add(id.asLong());
      }
      out.add(new Default(inScope, datasets, excluded, filters, timeRange));
    }
    return new NativeFilters(out);
  }

  /**
   * How many native filters have default values.
   *
   * @return the count
   */
  public int size() {
    return defaults.size();
  }

  /**
   * Applies the defaults in scope of a chart to its query context.
   *
   * @param chart the chart
   * @param request its saved query context
   * @return the request with the default filters added to every query
   */
  public ChartDataRequest apply(ChartId chart, ChartDataRequest request) {
    List<QueryFilter> add = new ArrayList<>();
    String timeRange = null;
    for (Default d : defaults) {
      boolean inScope = d.chartsInScope() != null
          ? d.chartsInScope().contains(chart.value())
          : !d.excluded().contains(chart.value())
              && (d.datasets().isEmpty() || d.datasets().contains(request.datasource().id()));
      if (inScope) {
        add.addAll(d.filters());
        if (d.timeRange() != null) {
          timeRange = d.timeRange();
        }
      }
    }
    if (add.isEmpty() && timeRange == null) {
      return request;
    }
    List<ChartDataQuery> queries = new ArrayList<>();
    for (ChartDataQuery q : request.queries()) {
      List<QueryFilter> filters = new ArrayList<>(q.filters());
      filters.addAll(add);
      queries.add(new ChartDataQuery(q.columns(), q.metrics(), filters, q.orderby(), q.rowLimit(), q.rowOffset(),
          timeRange != null ? timeRange : q.timeRange(), q.granularity(), q.extras(), q.isTimeseries(),
          q.orderDesc(), q.postProcessing(), q.otherFields()));
    }
    return new ChartDataRequest(request.datasource(), queries, request.formData(), request.resultType(),
        request.force(), request.customCacheTimeout(), request.otherFields());
  }
}
