package io.github.supersetsdk.client;

import io.github.supersetsdk.client.exception.NotFoundException;
import io.github.supersetsdk.client.id.ChartId;
import io.github.supersetsdk.client.id.DashboardId;
import io.github.supersetsdk.client.id.LogId;
import io.github.supersetsdk.client.id.UserId;
import io.github.supersetsdk.client.internal.ListQueries;
import io.github.supersetsdk.client.internal.ResourceCalls;
import io.github.supersetsdk.client.internal.Rison;
import io.github.supersetsdk.client.internal.api.LogApi;
import io.github.supersetsdk.client.internal.transport.FeignApis;
import io.github.supersetsdk.client.model.AuditLogEntry;
import io.github.supersetsdk.client.model.Page;
import io.github.supersetsdk.client.model.RecentActivity;
import io.github.supersetsdk.client.request.ListQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;

/**
 * The audit log ({@code /api/v1/log}): every API call and page view Superset recorded, with user,
 * time and duration. Reading it needs the admin's {@code can_read} on {@code Log}.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.ClientSnippets region=LogsClient}
 *
 * <p>Immutable and thread-safe; obtained from {@link SupersetClient#logs()}.
 */
public final class LogsClient {

  private final LogApi api;

  LogsClient(FeignApis apis) {
    this.api = apis.get(LogApi.class);
  }

  /**
   * Lists log entries lazily, page by page.
   *
   * <p>Superset logs every API request, this iteration's own page requests too, and lists the
   * newest first by default: new entries push older ones to later pages, which then repeat. To read
   * the whole log once, order by {@code dttm} ascending: {@code ListQuery.builder().orderBy("dttm",
   * SortDirection.ASC).build()}.
   *
   * @param query filters (e.g. on {@code action}, {@code user} with {@code rel_o_m}, {@code dttm}
   *     with {@code gt}/{@code lt} and an ISO timestamp), ordering (e.g. {@code dttm}) and page size
   * @return the entries; nothing is fetched until iteration
   * @throws NullPointerException if {@code query} is null
   */
  public PagedIterable<AuditLogEntry> list(ListQuery query) {
    Objects.requireNonNull(query, "query");
    return PagedIterable.of((page, size) -> listPage(query, page), query.pageSize());
  }

  /**
   * Fetches one page of log entries.
   *
   * @param query filters, ordering and page size
   * @param pageIndex the zero-based page
   * @return the page
   * @throws NullPointerException if {@code query} is null
   * @throws IllegalArgumentException if {@code pageIndex} is negative
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails
   */
  public Page<AuditLogEntry> listPage(ListQuery query, int pageIndex) {
    Objects.requireNonNull(query, "query");
    ResourceCalls.requirePageIndex(pageIndex);
    LogApi.LogPage page = api.list(ListQueries.rison(query, pageIndex));
    List<AuditLogEntry> items = new ArrayList<>();
    List<LogApi.LogWire> result = page.result() == null ? List.of() : page.result();
    List<Long> ids = page.ids() == null ? List.of() : page.ids();
    for (int i = 0; i < result.size(); i++) {
      LogApi.LogWire w = result.get(i);
      Long id = w.id() != null ? w.id() : i < ids.size() ? ids.get(i) : null;
      if (id != null && id > 0) {
        items.add(toEntry(id, w));
      }
    }
    return new Page<>(items, page.count(), pageIndex, query.pageSize());
  }

  /**
   * Reads one log entry.
   *
   * @param id the entry's id
   * @return the entry
   * @throws NullPointerException if {@code id} is null
   * @throws NotFoundException if there is no such entry
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public AuditLogEntry get(LogId id) {
    Objects.requireNonNull(id, "id");
    return toEntry(id.value(), Objects.requireNonNull(api.get(id.value()).result(), "result"));
  }

  /**
   * Reads one log entry if it exists.
   *
   * @param id the entry's id
   * @return the entry, or empty if there is none with this id
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public Optional<AuditLogEntry> find(LogId id) {
    return ResourceCalls.findOrEmpty(() -> get(id));
  }

  /**
   * The objects the current user viewed or changed recently, newest first, as the home page lists
   * them.
   *
   * @param actions the actions to include, e.g. {@code dashboard} and {@code explore}; empty for the
   *     server's default
   * @param distinct whether each object appears once only
   * @param limit the most entries to return, 1 to 100
   * @return the activity
   * @throws NullPointerException if {@code actions} or an element is null
   * @throws IllegalArgumentException if {@code limit} is out of range
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails
   */
  public List<RecentActivity> recentActivity(List<String> actions, boolean distinct, int limit) {
    List<String> copy = List.copyOf(Objects.requireNonNull(actions, "actions"));
    if (limit < 1 || limit > ListQuery.MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("limit must be 1.." + ListQuery.MAX_PAGE_SIZE + ": " + limit);
    }
    Map<String, Object> q = new LinkedHashMap<>();
    if (!copy.isEmpty()) {
      q.put("actions", copy);
    }
    q.put("distinct", distinct);
    q.put("page", 0);
    q.put("page_size", limit);
    List<RecentActivity> result = api.recentActivity(Rison.encode(q)).result();
    return result == null ? List.of() : List.copyOf(result);
  }

  private static AuditLogEntry toEntry(long id, LogApi.LogWire w) {
    return new AuditLogEntry(LogId.of(id), w.action(), w.user(), positive(w.userId(), UserId::of),
        ResourceCalls.instant(w.dttm()), w.durationMs(), w.json(), w.referrer(),
        positive(w.sliceId(), ChartId::of), positive(w.dashboardId(), DashboardId::of));
  }

  private static <T> @Nullable T positive(@Nullable Long value, LongFunction<T> of) {
    return value == null || value <= 0 ? null : of.apply(value);
  }
}
