package io.github.supersetsdk.client;

import io.github.supersetsdk.client.internal.ListQueries;
import io.github.supersetsdk.client.internal.Rison;
import io.github.supersetsdk.client.internal.api.ApiInfoWire;
import io.github.supersetsdk.client.internal.api.Envelopes;
import io.github.supersetsdk.client.model.ListQuery;
import io.github.supersetsdk.client.model.FilterOperator;
import io.github.supersetsdk.client.model.Page;
import io.github.supersetsdk.client.model.ResourceInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Helpers shared by the sub-clients of list resources: paging, related and distinct values, info. */
final class ResourceSupport {

  /** The page size of related and distinct lookups. */
  static final int LOOKUP_PAGE_SIZE = 100;

  private ResourceSupport() {}

  /** A lazy list over a list endpoint that answers with {@code count} and {@code result}. */
  static <W, T> PagedIterable<T> paged(ListQuery query, Function<String, Envelopes.ListPage<W>> call,
      Function<W, T> convert) {
    Objects.requireNonNull(query, "query");
    return new PagedIterable<>((page, size) -> page(query, page, call, convert), query.pageSize());
  }

  /** One page of a list endpoint. */
  static <W, T> Page<T> page(ListQuery query, int pageIndex, Function<String, Envelopes.ListPage<W>> call,
      Function<W, T> convert) {
    Objects.requireNonNull(query, "query");
    if (pageIndex < 0) {
      throw new IllegalArgumentException("pageIndex < 0: " + pageIndex);
    }
    Envelopes.ListPage<W> page = call.apply(ListQueries.rison(query, pageIndex));
    List<T> items = new ArrayList<>(page.result().size());
    for (W w : page.result()) {
      items.add(convert.apply(w));
    }
    return new Page<>(items, page.count(), pageIndex, query.pageSize());
  }

  /** A lazy list over a {@code related} or {@code distinct} endpoint. */
  static <T> PagedIterable<T> lookup(String column, @Nullable String filter,
      BiFunction<String, String, Envelopes.ListPage<T>> call) {
    Objects.requireNonNull(column, "column");
    if (column.isBlank()) {
      throw new IllegalArgumentException("column is blank");
    }
    return new PagedIterable<>((pageIndex, size) -> {
      Map<String, Object> q = new LinkedHashMap<>();
      if (filter != null && !filter.isEmpty()) {
        q.put("filter", filter);
      }
      q.put("page", pageIndex);
      q.put("page_size", size);
      Envelopes.ListPage<T> page = call.apply(column, Rison.encode(q));
      return new Page<>(page.result(), page.count(), pageIndex, size);
    }, LOOKUP_PAGE_SIZE);
  }

  /** The Rison {@code q} of an {@code _info} call asking for permissions and filters only. */
  static String infoQuery() {
    return Rison.encode(Map.of("keys", List.of("permissions", "filters")));
  }

  /** Converts the answer of an {@code _info} call. */
  static ResourceInfo info(ApiInfoWire wire) {
    Map<String, List<FilterOperator>> filters = new LinkedHashMap<>();
    if (wire.filters() != null) {
      wire.filters().forEach((column, list) -> {
        List<FilterOperator> ops = new ArrayList<>();
        if (list != null) {
          for (ApiInfoWire.FilterWire f : list) {
            if (f != null && f.operator() != null && !f.operator().isBlank()) {
              ops.add(FilterOperator.of(f.operator()));
            }
          }
        }
        filters.put(column, List.copyOf(ops));
      });
    }
    return new ResourceInfo(wire.permissions() == null ? List.of() : wire.permissions(), filters);
  }

  /** The Rison list of numeric ids, as bulk delete and export take them. */
  static String ids(List<Long> ids) {
    if (ids.isEmpty()) {
      throw new IllegalArgumentException("ids is empty");
    }
    return Rison.encode(ids);
  }

  /** Epoch milliseconds sent as a number or a numeric string, or an ISO timestamp. */
  static @Nullable Instant instant(@Nullable Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Number n) {
      return Instant.ofEpochMilli(Math.round(n.doubleValue()));
    }
    String text = value.toString().trim();
    if (text.isEmpty()) {
      return null;
    }
    try {
      return Instant.ofEpochMilli(Math.round(Double.parseDouble(text)));
    } catch (NumberFormatException e) {
      try {
        return java.time.LocalDateTime.parse(text).toInstant(java.time.ZoneOffset.UTC);
      } catch (java.time.format.DateTimeParseException e2) {
        return null;
      }
    }
  }
}
