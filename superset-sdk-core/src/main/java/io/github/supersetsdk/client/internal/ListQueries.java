package io.github.supersetsdk.client.internal;

import io.github.supersetsdk.client.request.Filter;
import io.github.supersetsdk.client.request.ListQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds the Rison {@code q} parameter of list endpoints. */
public final class ListQueries {

  private ListQueries() {}

  /**
   * The {@code q} value for one page of a list query. It asks for no metadata keys ({@code
   * keys:!(none)}), which keeps answers small.
   *
   * @param query filters, ordering and page size
   * @param pageIndex the zero-based page
   * @return the Rison-encoded value, not URL-encoded
   */
  public static String rison(ListQuery query, int pageIndex) {
    Map<String, Object> q = new LinkedHashMap<>();
    if (!query.filters().isEmpty()) {
      List<Object> filters = new ArrayList<>();
      for (Filter f : query.filters()) {
        Map<String, Object> filter = new LinkedHashMap<>();
        filter.put("col", f.column());
        filter.put("opr", f.operator().value());
        filter.put("value", f.value());
        filters.add(filter);
      }
      q.put("filters", filters);
    }
    if (query.orderColumn() != null) {
      q.put("order_column", query.orderColumn());
    }
    if (query.orderDirection() != null) {
      q.put("order_direction", query.orderDirection().name().toLowerCase(Locale.ROOT));
    }
    q.put("page", pageIndex);
    q.put("page_size", query.pageSize());
    q.put("keys", List.of("none"));
    return Rison.encode(q);
  }
}
