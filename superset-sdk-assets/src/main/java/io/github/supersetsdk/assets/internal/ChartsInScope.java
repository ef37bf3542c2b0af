package io.github.supersetsdk.assets.internal;

import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.exception.SupersetException;
import io.github.supersetsdk.client.model.DashboardDetail;
import io.github.supersetsdk.client.request.DashboardConfigUpdate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts real chart ids into the {@code chartsInScope} of an imported dashboard's native filters.
 *
 * <p>A folder writes each chart id as a number derived from the chart's UUID ({@link
 * Normalizer#chartRef(UUID)}). Superset's import maps those numbers back to the new ids in the
 * layout, the scopes' {@code excluded} lists and the cross-filter keys, but not in
 * {@code chartsInScope}, which the dashboard then lists as charts that do not exist: a filter's
 * default reaches no chart. After the import, the dashboard's layout says which real id each
 * number stands for, and the filters endpoint replaces the filters that hold one.
 */
public final class ChartsInScope {

  private static final Logger LOG = LoggerFactory.getLogger(ChartsInScope.class);

  private ChartsInScope() {}

  /**
   * Fixes one imported dashboard; a server without the filters endpoint is left as it is, with a
   * warning.
   *
   * @param client the client
   * @param dashboard the dashboard's UUID
   * @return the number of native filters replaced
   */
  public static int fix(SupersetClient client, UUID dashboard) {
    DashboardDetail d = client.dashboards().find(dashboard).orElse(null);
    return d == null ? 0 : fix(client, d);
  }

  /**
   * Fixes a dashboard as read from the server; writes only if a filter still holds a folder's
   * chart number (an apply stopped between its import and this fix leaves them).
   *
   * @param client the client
   * @param d the dashboard as the server has it
   * @return the number of native filters replaced
   */
  public static int fix(SupersetClient client, DashboardDetail d) {
    if (d.positionJson() == null || d.jsonMetadata() == null) {
      return 0;
    }
    Map<Long, Long> realIds = realIds(Yaml.parseJson(d.positionJson()));
    if (realIds.isEmpty() || !(Yaml.parseJson(d.jsonMetadata()) instanceof Map<?, ?> metadata)
        || !(metadata.get("native_filter_configuration") instanceof List<?> filters)) {
      return 0;
    }
    List<Map<String, @Nullable Object>> modified = new ArrayList<>();
    for (Object f : filters) {
      if (f instanceof Map<?, ?> filter && filter.get("chartsInScope") instanceof List<?> inScope) {
        List<Object> mapped = new ArrayList<>();
        boolean changed = false;
        for (Object id : inScope) {
          Long real = id instanceof Number n ? realIds.get(n.longValue()) : null;
          mapped.add(real != null ? real : id);
          changed |= real != null;
        }
        if (changed) {
          Map<String, @Nullable Object> copy = new LinkedHashMap<>();
          filter.forEach((k, v) -> copy.put(String.valueOf(k), v));
          copy.put("chartsInScope", mapped);
          modified.add(copy);
        }
      }
    }
    if (modified.isEmpty()) {
      return 0;
    }
    try {
      client.dashboards().updateNativeFilters(d.id(), new DashboardConfigUpdate(modified, List.of(), List.of()));
      return modified.size();
    } catch (SupersetException e) {
      LOG.warn("dashboard {}: its native filters' chartsInScope still hold the folder's chart numbers, as"
          + " the filters endpoint failed: {}", d.id().value(), e.getMessage());
      return 0;
    }
  }

  // The folder's number for each chart of the layout, to the chart's id on this server.
  private static Map<Long, Long> realIds(@Nullable Object position) {
    Map<Long, Long> ids = new HashMap<>();
    if (position instanceof Map<?, ?> nodes) {
      for (Object node : nodes.values()) {
        if (node instanceof Map<?, ?> n && "CHART".equals(n.get("type")) && n.get("meta") instanceof Map<?, ?> meta
            && meta.get("chartId") instanceof Number real) {
          UUID u = Doc.parseUuid(meta.get("uuid"));
          if (u != null) {
            ids.put(Normalizer.chartRef(u), real.longValue());
          }
        }
      }
    }
    return ids;
  }
}
