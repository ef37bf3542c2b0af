package io.github.supersetsdk.client;

import io.github.supersetsdk.client.exception.NotFoundException;
import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.id.QueryId;
import io.github.supersetsdk.client.internal.ResourceCalls;
import io.github.supersetsdk.client.internal.Rison;
import io.github.supersetsdk.client.internal.api.QueryApi;
import io.github.supersetsdk.client.internal.api.SqlLabApi;
import io.github.supersetsdk.client.internal.transport.FeignApis;
import io.github.supersetsdk.client.model.DistinctValue;
import io.github.supersetsdk.client.model.Page;
import io.github.supersetsdk.client.model.QueryDatabaseRef;
import io.github.supersetsdk.client.model.QueryState;
import io.github.supersetsdk.client.model.RelatedObject;
import io.github.supersetsdk.client.model.SqlQuery;
import io.github.supersetsdk.client.request.ListQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The query history ({@code /api/v1/query}): the SQL Lab queries run by the current user (all users'
 * for admins), with their state; stop a running one.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.ClientSnippets region=QueriesClient}
 *
 * <p>Immutable and thread-safe; obtained from {@link SupersetClient#queries()}.
 */
public final class QueriesClient {

  private final QueryApi api;

  QueriesClient(FeignApis apis) {
    this.api = apis.get(QueryApi.class);
  }

  /**
   * Lists queries of the history lazily, page by page.
   *
   * @param query filters (e.g. on {@code status}, {@code sql}, {@code database} with {@code rel_o_m},
   *     {@code user}), ordering (e.g. {@code start_time}) and page size
   * @return the queries; nothing is fetched until iteration
   * @throws NullPointerException if {@code query} is null
   */
  public PagedIterable<SqlQuery> list(ListQuery query) {
    return ResourceCalls.list(query, api::list, QueriesClient::toQuery);
  }

  /**
   * Fetches one page of the query history.
   *
   * @param query filters, ordering and page size
   * @param pageIndex the zero-based page
   * @return the page
   * @throws NullPointerException if {@code query} is null
   * @throws IllegalArgumentException if {@code pageIndex} is negative
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails
   */
  public Page<SqlQuery> listPage(ListQuery query, int pageIndex) {
    return ResourceCalls.page(query, pageIndex, api::list, QueriesClient::toQuery);
  }

  /**
   * Reads one query of the history.
   *
   * @param id the query's id
   * @return the query
   * @throws NullPointerException if {@code id} is null
   * @throws NotFoundException if there is no such query visible to the user
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public SqlQuery get(QueryId id) {
    Objects.requireNonNull(id, "id");
    return toQuery(Objects.requireNonNull(api.get(id.value()).result(), "result"));
  }

  /**
   * Reads one query of the history if it exists.
   *
   * @param id the query's id
   * @return the query, or empty if there is none with this id
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public Optional<SqlQuery> find(QueryId id) {
    return ResourceCalls.findOrEmpty(() -> get(id));
  }

  /**
   * The current user's queries that changed after a point in time, as SQL Lab polls them (SQL Lab's
   * answer: see {@link SqlQuery} for the fields it carries).
   *
   * @param since the point in time (millisecond precision)
   * @return the queries, in the server's order
   * @throws NullPointerException if {@code since} is null
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails
   */
  public List<SqlQuery> updatedSince(Instant since) {
    Objects.requireNonNull(since, "since");
    List<SqlQuery> out = new ArrayList<>();
    List<SqlLabApi.QueryWire> result =
        api.updatedSince(Rison.encode(Map.of("last_updated_ms", since.toEpochMilli()))).result();
    if (result != null) {
      for (SqlLabApi.QueryWire w : result) {
        out.add(SqlLabClient.toQuery(w));
      }
    }
    return List.copyOf(out);
  }

  /**
   * Stops a running query, by the client-side id it was started with.
   *
   * @param clientId the query's client-side id
   * @throws NullPointerException if {@code clientId} is null
   * @throws NotFoundException if there is no such query
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void stop(String clientId) {
    Objects.requireNonNull(clientId, "clientId");
    api.stop(new QueryApi.StopBody(clientId));
  }

  /**
   * The objects the history can be filtered by through a relation, such as {@code database} or
   * {@code user}.
   *
   * @param column the relation's column
   * @param filter text the options' text starts with, case-insensitive (contains, for user and
   *     role columns such as {@code user}; some columns ignore it), or {@code null} for all
   * @return the objects, fetched lazily
   * @throws NullPointerException if {@code column} is null
   * @throws IllegalArgumentException if {@code column} is blank or contains a slash
   */
  public PagedIterable<RelatedObject> related(String column, @Nullable String filter) {
    return ResourceCalls.lookup(column, filter, api::related);
  }

  /**
   * The distinct values of a column of the history, such as {@code status}.
   *
   * @param column the column
   * @param filter text the values start with, case-insensitive, or {@code null} for all
   * @return the values, fetched lazily
   * @throws NullPointerException if {@code column} is null
   * @throws IllegalArgumentException if {@code column} is blank or contains a slash
   */
  public PagedIterable<DistinctValue> distinct(String column, @Nullable String filter) {
    return ResourceCalls.lookup(column, filter, api::distinct);
  }

  static SqlQuery toQuery(QueryApi.QueryWire w) {
    QueryDatabaseRef database = null;
    if (w.database() != null) {
      Object id = w.database().get("id");
      Object name = w.database().get("database_name");
      database = new QueryDatabaseRef(id instanceof Number n && n.longValue() > 0 ? DatabaseId.of(n.longValue()) : null,
          name == null ? null : name.toString());
    }
    return new SqlQuery(QueryId.of(w.id()), w.clientId(), database, w.schema(), null, w.sql(), w.executedSql(),
        w.status() == null ? null : QueryState.of(w.status()), w.rows(), w.limit(), null, w.progress(), w.errorMessage(), w.resultsKey(), w.tabName(),
        w.sqlEditorId(), w.tmpTableName(), null, w.trackingUrl(), w.user(), null, ResourceCalls.instant(w.startTime()),
        ResourceCalls.instant(w.startRunningTime()), ResourceCalls.instant(w.endTime()),
        ResourceCalls.instant(w.changedOn()));
  }
}
