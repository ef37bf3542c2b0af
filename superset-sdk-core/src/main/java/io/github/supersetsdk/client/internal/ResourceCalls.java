package io.github.supersetsdk.client.internal;

import io.github.supersetsdk.client.PagedIterable;
import io.github.supersetsdk.client.exception.NotFoundException;
import io.github.supersetsdk.client.internal.api.Envelopes;
import io.github.supersetsdk.client.internal.api.FabEnvelopes;
import io.github.supersetsdk.client.model.Page;
import io.github.supersetsdk.client.model.ResourceInfo;
import io.github.supersetsdk.client.request.ListQuery;
import io.github.supersetsdk.client.request.SortDirection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;

/**
 * Helpers shared by the sub-clients for Flask-AppBuilder's model endpoints: paging, related and
 * distinct values, ids, {@code _info} and bundle files. Stateless.
 */
public final class ResourceCalls {

  /** Superset serves at most this many related or distinct values per page. */
  public static final int RELATED_PAGE_SIZE = 100;

  /**
   * Runs a read of one object and turns Superset's 404 into empty. Every other failure (403, 5xx,
   * transport) propagates: a caller must never take "could not look" for "not there".
   *
   * @param read the read, e.g. {@code () -> get(id)}
   * @param <T> the object's type
   * @return the object, or empty on a 404
   */
  public static <T> Optional<T> findOrEmpty(Supplier<T> read) {
    try {
      return Optional.of(read.get());
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }

  private ResourceCalls() {}

  /** A lazy list over a list endpoint that answers with {@code count} and {@code result}. */
  public static <T> PagedIterable<T> list(ListQuery query, Function<String, Envelopes.ListPage<T>> call) {
    return list(query, call, Function.identity());
  }

  /** A lazy list over a list endpoint whose items need converting. */
  public static <W, T> PagedIterable<T> list(
      ListQuery query, Function<String, Envelopes.ListPage<W>> call, Function<W, T> convert) {
    Objects.requireNonNull(query, "query");
    return PagedIterable.of((page, size) -> page(query, page, call, convert), query.pageSize());
  }

  /** One page of a list endpoint. */
  public static <T> Page<T> page(ListQuery query, int pageIndex, Function<String, Envelopes.ListPage<T>> call) {
    return page(query, pageIndex, call, Function.identity());
  }

  /** One page of a list endpoint whose items need converting. */
  public static <W, T> Page<T> page(
      ListQuery query, int pageIndex, Function<String, Envelopes.ListPage<W>> call, Function<W, T> convert) {
    Objects.requireNonNull(query, "query");
    requirePageIndex(pageIndex);
    Envelopes.ListPage<W> page = call.apply(ListQueries.rison(query, pageIndex));
    List<T> items = new ArrayList<>(page.result().size());
    for (W w : page.result()) {
      items.add(convert.apply(w));
    }
    return new Page<>(items, page.count(), pageIndex, query.pageSize());
  }

  /**
   * The query, ordered by id when it names no order. Flask-AppBuilder's security lists (roles,
   * users, groups, permissions, resources, permissions on resources) have no default order, so the
   * database may return pages of one unordered query in different orders: a listing longer than a
   * page then repeats some rows and leaves others out.
   *
   * @param query the caller's query
   * @return the query with a stable order
   */
  public static ListQuery orderedById(ListQuery query) {
    Objects.requireNonNull(query, "query");
    return query.orderColumn() != null ? query : new ListQuery(query.filters(), "id", SortDirection.ASC, query.pageSize());
  }

  public static void requirePageIndex(int pageIndex) {
    if (pageIndex < 0) {
      throw new IllegalArgumentException("pageIndex < 0: " + pageIndex);
    }
  }

  /**
   * A lazy list over a {@code related/{column}} or {@code distinct/{column}} endpoint.
   *
   * @throws NullPointerException if {@code column} is null
   * @throws IllegalArgumentException if {@code column} is blank or contains a slash
   */
  public static <T> PagedIterable<T> lookup(
      String column, @Nullable String filter, BiFunction<String, String, Envelopes.ListPage<T>> call) {
    Objects.requireNonNull(column, "column");
    if (column.isBlank() || column.contains("/")) {
      throw new IllegalArgumentException("column must be a column name: '" + column + "'");
    }
    return lookupPages(column, filter, call);
  }

  /** The pages of a related or distinct lookup: text filter (if any), page and page size. */
  private static <T> PagedIterable<T> lookupPages(
      String column, @Nullable String filter, BiFunction<String, String, Envelopes.ListPage<T>> call) {
    return PagedIterable.of(
        (pageIndex, size) -> {
          Envelopes.ListPage<T> page = call.apply(column, AdminQueries.related(filter, pageIndex, size));
          return new Page<>(page.result(), page.count(), pageIndex, size);
        },
        RELATED_PAGE_SIZE);
  }

  /**
   * The Rison list of ids for bulk deletes, exports and favorite status.
   *
   * @throws NullPointerException if the collection or an element is null
   * @throws IllegalArgumentException if it is empty
   */
  public static <T> String risonIds(Collection<T> ids, ToLongFunction<T> value) {
    Objects.requireNonNull(ids, "ids");
    if (ids.isEmpty()) {
      throw new IllegalArgumentException("ids is empty");
    }
    List<Long> values = new ArrayList<>(ids.size());
    for (T id : ids) {
      values.add(value.applyAsLong(Objects.requireNonNull(id, "id")));
    }
    return Rison.encode(values);
  }

  /** The answer of a {@code favorite_status} call as an unmodifiable map, in the answer's order. */
  public static <I> Map<I, Boolean> favorites(@Nullable List<FabEnvelopes.FavoriteStatus> statuses, LongFunction<I> id) {
    Map<I, Boolean> result = new LinkedHashMap<>();
    if (statuses != null) {
      for (FabEnvelopes.FavoriteStatus status : statuses) {
        result.put(id.apply(status.id()), status.value());
      }
    }
    return Collections.unmodifiableMap(result);
  }

  /** The Rison {@code q} of an {@code _info} call asking for everything {@link ResourceInfo} holds. */
  public static String infoQuery() {
    return Rison.encode(Map.of("keys", List.of("permissions", "filters", "add_columns", "edit_columns")));
  }

  /**
   * The Rison {@code q} of an {@code _info} call asking for permissions and filters only, for
   * resources whose create and update columns Superset fails to describe (500).
   */
  public static String infoQueryWithoutColumns() {
    return Rison.encode(Map.of("keys", List.of("permissions", "filters")));
  }

  /** Epoch milliseconds sent as a number or a numeric string, or an ISO timestamp. */
  public static @Nullable Instant instant(@Nullable Object value) {
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

  /**
   * Writes bytes to a file through a temporary sibling and a move, so that a failed write leaves no
   * partial bundle behind.
   *
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void writeAtomically(Path target, byte[] bytes) {
    Path dir = target.toAbsolutePath().getParent();
    try {
      Path tmp = Files.createTempFile(dir, ".superset-sdk-", ".part");
      try {
        Files.write(tmp, bytes);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
  }

  /**
   * Finds an object's id by its UUID by paging through the list endpoint with the {@code id} and
   * {@code uuid} columns only (100 per page; the list's own order, since {@code id} is not an order column before 6.1). Superset before 6.1 neither serves
   * {@code GET /<resource>/<uuid>} (405) nor lets a list query filter on {@code uuid}.
   *
   * @param uuid the UUID
   * @param page the list call, given a Rison query
   * @return the id, or empty if no object has this UUID
   */
  public static Optional<Long> idByUuidScan(UUID uuid, Function<String, Envelopes.ListPage<Envelopes.IdAndUuid>> page) {
    String wanted = uuid.toString();
    for (int index = 0; ; index++) {
      Envelopes.ListPage<Envelopes.IdAndUuid> p =
          page.apply("(columns:!(id,uuid),page:" + index + ",page_size:100)");
      for (Envelopes.IdAndUuid row : p.result()) {
        if (wanted.equalsIgnoreCase(row.uuid())) {
          return Optional.of(row.id());
        }
      }
      if (p.result().isEmpty() || (long) (index + 1) * 100 >= p.count()) {
        return Optional.empty();
      }
    }
  }

  /**
   * Reads an object by UUID: through {@code GET /<resource>/<uuid>}, or, on a server without that
   * route (before 6.1), by finding its id in the list and reading it by id.
   *
   * @param uuid the UUID
   * @param byUuidRoute the read through the UUID route
   * @param idRows the list call for {@link #idByUuidScan}
   * @param byId the read by id
   * @param kind the object's kind for the not-found message ("chart")
   * @param listPath the list endpoint, for the not-found error
   * @return the object
   * @throws NotFoundException if no object has this UUID
   */
  public static <T> T getByUuid(UUID uuid, Supplier<T> byUuidRoute,
      Function<String, Envelopes.ListPage<Envelopes.IdAndUuid>> idRows, LongFunction<T> byId, String kind,
      String listPath) {
    try {
      return byUuidRoute.get();
    } catch (RuntimeException e) {
      if (!noUuidRoute(e)) {
        throw e;
      }
      long id = idByUuidScan(uuid, idRows)
          .orElseThrow(() -> new NotFoundException(new io.github.supersetsdk.client.exception.SupersetApiException.ErrorDetails(
              404, null, "no " + kind + " has UUID " + uuid, Map.of(), "GET", listPath, null, false, null)));
      return byId.apply(id);
    }
  }

  /**
   * Whether a failed {@code GET /<resource>/<uuid>} means the server cannot look objects up by UUID
   * (405, or the route reported as unsupported) rather than that the object is missing.
   *
   * @param e the failure
   * @return {@code true} for a 405 or an {@link io.github.supersetsdk.client.exception.OperationUnsupportedException}
   */
  public static boolean noUuidRoute(RuntimeException e) {
    return e instanceof io.github.supersetsdk.client.exception.OperationUnsupportedException
        || e instanceof io.github.supersetsdk.client.exception.SupersetApiException a && a.statusCode() == 405;
  }

  /**
   * Completes what a detail answer lacks from the list endpoint's row of the same object: releases
   * before 6.1 leave {@code uuid} (and, for charts, {@code datasource_id} and {@code datasource_type})
   * out of {@code GET /<resource>/<pk>} but list them. Costs one list call, made only when a
   * component is {@code null}.
   *
   * @param detail the record read from the detail endpoint
   * @param id the object's id
   * @param columns the list columns to read, e.g. {@code id,uuid}
   * @param page the list call, given a Rison query
   * @param <R> the record type, with components named {@code uuid} and maybe {@code datasourceId}, {@code datasourceType}
   * @return {@code detail}, or a copy with the missing components filled in
   */
  public static <R extends Record> R completeFromList(
      R detail, long id, String columns, Function<String, Envelopes.ListPage<Envelopes.IdAndUuid>> page) {
    java.lang.reflect.RecordComponent[] components = detail.getClass().getRecordComponents();
    Object[] values = new Object[components.length];
    boolean missing = false;
    try {
      for (int i = 0; i < components.length; i++) {
        values[i] = components[i].getAccessor().invoke(detail);
        String name = components[i].getName();
        if (values[i] == null && (name.equals("uuid") || name.equals("datasourceId") || name.equals("datasourceType"))) {
          missing = true;
        }
      }
      if (!missing) {
        return detail;
      }
      List<Envelopes.IdAndUuid> rows;
      try {
        rows = page.apply(
            "(columns:!(" + columns + "),filters:!((col:id,opr:eq,value:" + id + ")),page:0,page_size:1)").result();
      } catch (io.github.supersetsdk.client.exception.SupersetException e) {
        // Completion is best effort: the detail as read is still the answer.
        return detail;
      }
      if (rows.isEmpty()) {
        return detail;
      }
      Envelopes.IdAndUuid row = rows.get(0);
      Class<?>[] types = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        String name = components[i].getName();
        if (values[i] == null) {
          if (name.equals("uuid") && row.uuid() != null) {
            values[i] = UUID.fromString(row.uuid());
          } else if (name.equals("datasourceId")) {
            values[i] = row.datasourceId();
          } else if (name.equals("datasourceType")) {
            values[i] = row.datasourceType();
          }
        }
      }
      @SuppressWarnings("unchecked")
      R copy = (R) detail.getClass().getDeclaredConstructor(types).newInstance(values);
      return copy;
    } catch (ReflectiveOperationException | IllegalArgumentException e) {
      // Completion is a courtesy for older servers; the answer as read stays valid.
      return detail;
    }
  }

  /**
   * Adapts a list call to the id/uuid rows {@link #idByUuidScan} and {@link #completeFromList} read.
   *
   * @param list the resource's list call, given a Rison query
   * @param row what a listed item contributes
   * @param <T> the listed item type
   * @return the adapted call
   */
  public static <T> Function<String, Envelopes.ListPage<Envelopes.IdAndUuid>> idRows(
      Function<String, Envelopes.ListPage<T>> list, Function<T, Envelopes.IdAndUuid> row) {
    return q -> {
      Envelopes.ListPage<T> page = list.apply(q);
      List<Envelopes.IdAndUuid> rows = new ArrayList<>();
      for (T item : page.result()) {
        rows.add(row.apply(item));
      }
      return new Envelopes.ListPage<>(page.count(), rows);
    };
  }
}
