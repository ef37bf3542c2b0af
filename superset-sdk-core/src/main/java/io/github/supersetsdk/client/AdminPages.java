package io.github.supersetsdk.client;

import io.github.supersetsdk.client.internal.AdminQueries;
import io.github.supersetsdk.client.internal.ListQueries;
import io.github.supersetsdk.client.internal.api.Envelopes;
import io.github.supersetsdk.client.model.ListQuery;
import io.github.supersetsdk.client.model.Page;
import io.github.supersetsdk.client.model.RelatedOption;
import io.github.supersetsdk.client.internal.Rison;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;

/** The list plumbing shared by the administration sub-clients. */
final class AdminPages {

  /** Page size of {@code related/{column}} listings. */
  static final int RELATED_PAGE_SIZE = 100;

  private AdminPages() {}

  /** A lazy list over a Flask-AppBuilder list endpoint. */
  static <T> PagedIterable<T> list(ListQuery query, Function<String, Envelopes.ListPage<T>> call) {
    Objects.requireNonNull(query, "query");
    return new PagedIterable<>((page, size) -> page(query, page, call), query.pageSize());
  }

  /** One page of a Flask-AppBuilder list endpoint. */
  static <T> Page<T> page(ListQuery query, int pageIndex, Function<String, Envelopes.ListPage<T>> call) {
    Objects.requireNonNull(query, "query");
    requirePageIndex(pageIndex);
    Envelopes.ListPage<T> page = call.apply(ListQueries.rison(query, pageIndex));
    return new Page<>(page.result(), page.count(), pageIndex, query.pageSize());
  }

  /** One page of a list endpoint whose items need converting. */
  static <W, T> Page<T> page(
      ListQuery query, int pageIndex, Function<String, Envelopes.ListPage<W>> call, Function<W, T> convert) {
    Objects.requireNonNull(query, "query");
    requirePageIndex(pageIndex);
    Envelopes.ListPage<W> page = call.apply(ListQueries.rison(query, pageIndex));
    List<T> items = page.result().stream().map(convert).toList();
    return new Page<>(items, page.count(), pageIndex, query.pageSize());
  }

  /** A lazy list over a {@code related/{column}} endpoint. */
  static PagedIterable<RelatedOption> related(
      String column, @Nullable String search, RelatedCall call) {
    Objects.requireNonNull(column, "column");
    if (column.isBlank() || column.contains("/")) {
      throw new IllegalArgumentException("column must be a column name: " + column);
    }
    return new PagedIterable<>(
        (pageIndex, size) -> {
          Envelopes.ListPage<RelatedOption> page = call.fetch(column, AdminQueries.related(search, pageIndex, size));
          return new Page<>(page.result(), page.count(), pageIndex, size);
        },
        RELATED_PAGE_SIZE);
  }

  /** The Rison {@code q} of a bulk delete: the list of ids. */
  static <I> String ids(Collection<I> ids, ToLongFunction<I> value) {
    Objects.requireNonNull(ids, "ids");
    if (ids.isEmpty()) {
      throw new IllegalArgumentException("ids is empty");
    }
    List<Long> values = new ArrayList<>(ids.size());
    for (I id : ids) {
      values.add(value.applyAsLong(Objects.requireNonNull(id, "id")));
    }
    return Rison.encode(values);
  }

  static void requirePageIndex(int pageIndex) {
    if (pageIndex < 0) {
      throw new IllegalArgumentException("pageIndex < 0: " + pageIndex);
    }
  }

  /** The Feign call of a {@code related/{column}} endpoint. */
  @FunctionalInterface
  interface RelatedCall {
    Envelopes.ListPage<RelatedOption> fetch(String column, String q);
  }
}
