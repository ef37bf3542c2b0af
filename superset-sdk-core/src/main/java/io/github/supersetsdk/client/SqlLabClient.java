package io.github.supersetsdk.client;

import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.id.QueryId;
import io.github.supersetsdk.client.id.UserId;
import io.github.supersetsdk.client.internal.Rison;
import io.github.supersetsdk.client.internal.SqlLimits;
import io.github.supersetsdk.client.internal.api.QueryApi;
import io.github.supersetsdk.client.internal.api.SqlLabApi;
import io.github.supersetsdk.client.internal.transport.FeignApis;
import io.github.supersetsdk.client.model.Permalink;
import io.github.supersetsdk.client.model.QueryDatabaseRef;
import io.github.supersetsdk.client.model.QueryResult;
import io.github.supersetsdk.client.model.QueryState;
import io.github.supersetsdk.client.model.SqlCostEstimate;
import io.github.supersetsdk.client.model.SqlLabColumn;
import io.github.supersetsdk.client.model.SqlLabDatabase;
import io.github.supersetsdk.client.model.SqlLabPermalinkState;
import io.github.supersetsdk.client.model.SqlLabResult;
import io.github.supersetsdk.client.model.SqlLabState;
import io.github.supersetsdk.client.model.SqlQuery;
import io.github.supersetsdk.client.model.UserRef;
import io.github.supersetsdk.client.request.SqlLabExecuteRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * SQL Lab ({@code /api/v1/sqllab}): run SQL on a database connection and read the rows, estimate
 * and format SQL, export results as CSV, and keep editor states behind permanent links.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.ClientSnippets region=SqlLabClient}
 *
 * <p>The connection must be exposed in SQL Lab ({@code expose_in_sqllab}), and the user needs SQL
 * Lab access to it. Immutable and thread-safe; obtained from {@link SupersetClient#sqlLab()}.
 */
public final class SqlLabClient {

  private static final String CLIENT_ID_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789";

  private final SqlLabApi api;
  private final QueryApi queries;
  private final QueryRuntime runtime;

  SqlLabClient(FeignApis apis, QueryRuntime runtime) {
    this.api = apis.get(SqlLabApi.class);
    this.queries = apis.get(QueryApi.class);
    this.runtime = runtime;
  }

  /**
   * Runs SQL synchronously and returns its rows. The server waits for the database, so long queries
   * need a generous {@link SupersetClient.Builder#readTimeout(java.time.Duration) read timeout}.
   * Running a query is not idempotent, so a failed attempt is not retried. A {@code LIMIT n} ending
   * the SQL is also sent as the row limit when it is below the request's, since Superset 6.0 and 6.1
   * would replace it with the row limit and return up to {@code SQL_MAX_ROW} rows.
   *
   * @param request the SQL and where to run it
   * @return the columns, rows and the query's record
   * @throws NullPointerException if {@code request} is null
   * @throws io.github.supersetsdk.client.exception.BadRequestException if the SQL is invalid or the
   *     database rejects it; its {@code errorType()} says why (e.g. {@code COLUMN_DOES_NOT_EXIST_ERROR},
   *     {@code DML_NOT_ALLOWED_ERROR}, {@code GENERIC_DB_ENGINE_ERROR}) and its {@code serverMessage()}
   *     is the database's, whatever status Superset answers with (6.1 sends most of them as 500)
   * @throws io.github.supersetsdk.client.exception.PermissionDeniedException if the user may not use
   *     the database in SQL Lab
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public SqlLabResult execute(SqlLabExecuteRequest request) {
    Objects.requireNonNull(request, "request");
    SqlLabApi.ExecuteBody body = body(request, request.clientId(), false);
    long slotWait = runtime.slots.acquire(runtime.slotWait, "SQL Lab query");
    long start = System.nanoTime();
    String outcome = "ERROR";
    SqlLabResult result = null;
    try {
      result = toResult(api.execute(body));
      outcome = result.isSuccess() ? "SUCCESS" : "FAILED";
      return result;
    } finally {
      runtime.slots.release();
      QueryId id = result == null ? null : result.queryId();
      runtime.report(QueryEvent.SQL_LAB, false, id == null ? null : Long.toString(id.value()), outcome, slotWait,
          System.nanoTime() - start);
    }
  }

  /**
   * Submits SQL to run asynchronously on Superset's Celery workers and returns at once with a handle
   * to await, poll or cancel it. The connection must allow asynchronous runs ({@code
   * allow_run_async}) and the server needs a results backend and running workers; on a connection
   * that does not allow them, Superset runs the query inline and the handle is already finished
   * ({@link AsyncQuery#isAsync()} is {@code false}).
   *
   * <p>The query takes one of the client's query slots ({@link
   * SupersetClient.Builder#maxQueriesInFlight(int)}) until it ends or its handle is cancelled or
   * closed; when all are taken, this call waits for one (back-pressure) up to the client's call
   * timeout. Submitting is not retried, since it is not idempotent.
   *
   * {@snippet class=io.github.supersetsdk.client.snippets.ClientSnippets region=AsyncQuery}
   *
   * @param request the SQL and where to run it; without a client id the client generates one, which
   *     the stop endpoint needs
   * @return the handle
   * @throws NullPointerException if {@code request} is null
   * @throws io.github.supersetsdk.client.exception.QueryTimeoutException if no query slot became free
   *     within the call timeout
   * @throws io.github.supersetsdk.client.exception.QueryFailedException if Superset ran the query
   *     inline and it failed
   * @throws io.github.supersetsdk.client.exception.BadRequestException if Superset rejects the request
   * @throws io.github.supersetsdk.client.exception.PermissionDeniedException if the user may not use
   *     the database in SQL Lab
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public AsyncQuery executeAsync(SqlLabExecuteRequest request) {
    Objects.requireNonNull(request, "request");
    String clientId = request.clientId() != null ? request.clientId() : newClientId();
    SqlLabApi.ExecuteBody body = body(request, clientId, true);
    long slotWait = runtime.slots.acquire(runtime.slotWait, "SQL Lab query");
    long submittedAt = System.nanoTime();
    SqlLabApi.ExecutionWire wire;
    try {
      wire = api.execute(body);
    } catch (RuntimeException e) {
      runtime.slots.release();
      runtime.report(QueryEvent.SQL_LAB, true, null, "ERROR", slotWait, System.nanoTime() - submittedAt);
      throw e;
    }
    SqlLabApi.QueryWire q = wire.query();
    Long id = wire.queryId() != null ? wire.queryId() : q != null ? q.queryId() : null;
    if (id == null || id <= 0) {
      runtime.slots.release();
      throw new io.github.supersetsdk.client.exception.SupersetDecodeException(
          "POST", "/api/v1/sqllab/execute/", 202, "the answer has no query id", null);
    }
    QueryId queryId = QueryId.of(id);
    String serverClientId = q != null && q.id() != null ? q.id() : clientId;
    String status = wire.status() != null ? wire.status() : q != null && q.state() != null ? q.state() : "pending";
    QueryResult immediate = null;
    if (wire.data() != null || "success".equalsIgnoreCase(status) && wire.columns() != null) {
      immediate = AsyncQuery.toResult(queryId, wire);
      status = "success";
    } else if ("failed".equalsIgnoreCase(status)) {
      runtime.slots.release();
      String message = q == null ? null : q.errorMessage();
      throw new io.github.supersetsdk.client.exception.QueryFailedException(
          "query " + id + " failed" + (message == null ? "" : ": " + message), Long.toString(id), status, message);
    }
    return new AsyncQuery(runtime, queries, api, queryId, serverClientId, QueryState.of(status), submittedAt, slotWait,
        immediate);
  }

  private static SqlLabApi.ExecuteBody body(SqlLabExecuteRequest request, @Nullable String clientId, boolean async) {
    return new SqlLabApi.ExecuteBody(
        request.databaseId().value(),
        request.sql(),
        request.schema(),
        request.catalog(),
        clientId,
        SqlLimits.effective(request.sql(), request.limit()),
        request.templateParams(),
        async,
        request.expandData(),
        request.sqlEditorId(),
        request.tab());
  }

  /** A client id of SqlLabExecuteRequest.MAX_CLIENT_ID_LENGTH characters, as SQL Lab makes them. */
  private static String newClientId() {
    java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
    StringBuilder b = new StringBuilder("s");
    while (b.length() < SqlLabExecuteRequest.MAX_CLIENT_ID_LENGTH) {
      b.append(CLIENT_ID_CHARS.charAt(random.nextInt(CLIENT_ID_CHARS.length())));
    }
    return b.toString();
  }

  /**
   * Reads the stored results of a query from the results backend, e.g. one that ran asynchronously.
   * Needs a results backend on the server.
   *
   * @param resultsKey the key from {@link SqlQuery#resultsKey()}
   * @return the columns and rows
   * @throws NullPointerException if {@code resultsKey} is null
   * @throws IllegalArgumentException if {@code resultsKey} is blank
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there are no results under
   *     the key (expired, or no results backend)
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public SqlLabResult results(String resultsKey) {
    Objects.requireNonNull(resultsKey, "resultsKey");
    if (resultsKey.isBlank()) {
      throw new IllegalArgumentException("resultsKey is blank");
    }
    return toResult(api.results(Rison.encode(Map.of("key", resultsKey))));
  }

  /**
   * Asks the database for a cost estimate of the SQL. Needs {@code ESTIMATE_QUERY_COST} on the
   * server and cost estimation enabled on the connection.
   *
   * @param databaseId the database connection
   * @param sql the SQL text
   * @param schema the default schema, or {@code null}
   * @return the estimate per statement
   * @throws NullPointerException if {@code databaseId} or {@code sql} is null
   * @throws io.github.supersetsdk.client.exception.BadRequestException if the engine cannot estimate
   *     or the SQL is invalid
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public SqlCostEstimate estimate(DatabaseId databaseId, String sql, @Nullable String schema) {
    Objects.requireNonNull(databaseId, "databaseId");
    Objects.requireNonNull(sql, "sql");
    return new SqlCostEstimate(
        api.estimate(new SqlLabApi.EstimateBody(databaseId.value(), sql, schema, null, null)).result());
  }

  /**
   * Formats SQL text with the generic dialect.
   *
   * @param sql the SQL text
   * @return the formatted text
   * @throws NullPointerException if {@code sql} is null
   * @throws io.github.supersetsdk.client.exception.BadRequestException if it cannot be parsed
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public String formatSql(String sql) {
    Objects.requireNonNull(sql, "sql");
    return api.format(new SqlLabApi.FormatBody(sql, null, null, null)).result();
  }

  /**
   * Formats SQL text in the dialect of a database connection.
   *
   * @param sql the SQL text
   * @param databaseId the connection whose engine's dialect to use
   * @return the formatted text
   * @throws NullPointerException if an argument is null
   * @throws io.github.supersetsdk.client.exception.BadRequestException if it cannot be parsed
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public String formatSql(String sql, DatabaseId databaseId) {
    Objects.requireNonNull(sql, "sql");
    Objects.requireNonNull(databaseId, "databaseId");
    return api.format(new SqlLabApi.FormatBody(sql, databaseId.value(), null, null)).result();
  }

  /**
   * Exports the full results of a query as CSV; the query runs again without SQL Lab's row limit
   * unless its results are stored. Needs the {@code can_export_csv} permission.
   *
   * @param clientId the client-side id the query ran with
   * @return the CSV bytes, in the server's {@code CSV_EXPORT} encoding (by default UTF-8 with a byte
   *     order mark)
   * @throws NullPointerException if {@code clientId} is null
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is no such query
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public byte[] exportCsv(String clientId) {
    Objects.requireNonNull(clientId, "clientId");
    return api.exportCsv(clientId);
  }

  /**
   * Exports the full results of a query as CSV, streamed by the server for large results.
   *
   * @param clientId the client-side id the query ran with
   * @param expectedRows the number of rows expected, which the server uses for progress and limits;
   *     0 if unknown
   * @param filename the file name the server puts in its download header, or {@code null}
   * @return the CSV bytes
   * @throws NullPointerException if {@code clientId} is null
   * @throws IllegalArgumentException if {@code expectedRows} is negative
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is no such query
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public byte[] exportCsvStreaming(String clientId, long expectedRows, @Nullable String filename) {
    Objects.requireNonNull(clientId, "clientId");
    if (expectedRows < 0) {
      throw new IllegalArgumentException("expectedRows < 0: " + expectedRows);
    }
    StringBuilder form = new StringBuilder("client_id=").append(encode(clientId));
    if (expectedRows > 0) {
      form.append("&expected_rows=").append(expectedRows);
    }
    if (filename != null) {
      form.append("&filename=").append(encode(filename));
    }
    return api.exportCsvStreaming(form.toString().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads the current user's SQL Lab state: the databases offered, open tabs and recent queries.
   *
   * @return the state
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails
   */
  public SqlLabState state() {
    SqlLabApi.Bootstrap b = Objects.requireNonNull(api.bootstrap().result(), "result");
    List<SqlLabDatabase> databases = new ArrayList<>();
    if (b.databases() != null) {
      for (SqlLabApi.BootstrapDatabase d : b.databases().values()) {
        databases.add(new SqlLabDatabase(DatabaseId.of(d.id()), d.databaseName(), d.backend(),
            Boolean.TRUE.equals(d.allowRunAsync()), Boolean.TRUE.equals(d.allowDml())));
      }
    }
    List<String> tabs = new ArrayList<>();
    if (b.tabStateIds() != null) {
      for (Object id : b.tabStateIds()) {
        tabs.add(String.valueOf(id instanceof List<?> pair && !pair.isEmpty() ? pair.get(0) : id));
      }
    }
    List<SqlQuery> queries = new ArrayList<>();
    if (b.queries() != null) {
      for (SqlLabApi.QueryWire q : b.queries().values()) {
        queries.add(toQuery(q));
      }
    }
    SqlLabApi.ActiveTab active = b.activeTab();
    return new SqlLabState(databases, tabs, active == null ? null : active.label(),
        active == null ? null : active.sql(), queries);
  }

  /**
   * Stores an editor state behind a permanent link.
   *
   * @param state the database, tab name and SQL text
   * @return the link's key and URL
   * @throws NullPointerException if {@code state} is null
   * @throws io.github.supersetsdk.client.exception.BadRequestException if the state is invalid
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public Permalink createPermalink(SqlLabPermalinkState state) {
    Objects.requireNonNull(state, "state");
    SqlLabApi.PermalinkWire link =
        api.createPermalink(new SqlLabApi.PermalinkStateWire(state.databaseId().value(), state.name(),
            state.sql(), state.schema(), state.catalog(), state.autorun(), state.templateParams()));
    return new Permalink(Objects.requireNonNull(link.key(), "key"), Objects.requireNonNull(link.url(), "url"));
  }

  /**
   * Reads the editor state behind a permanent link.
   *
   * @param key the link's key
   * @return the state
   * @throws NullPointerException if {@code key} is null
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is no such link
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public SqlLabPermalinkState getPermalink(String key) {
    Objects.requireNonNull(key, "key");
    SqlLabApi.PermalinkStateWire s = api.getPermalink(key);
    return new SqlLabPermalinkState(DatabaseId.of(s.dbId()), s.name(), s.sql(), s.schema(), s.catalog(),
        s.autorun(), s.templateParams());
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  static SqlLabResult toResult(SqlLabApi.ExecutionWire wire) {
    List<SqlLabApi.ColumnWire> wireColumns = wire.columns() != null ? wire.columns() : wire.selectedColumns();
    List<SqlLabColumn> columns = new ArrayList<>();
    if (wireColumns != null) {
      for (SqlLabApi.ColumnWire c : wireColumns) {
        String name = c.columnName() != null ? c.columnName() : c.name();
        columns.add(new SqlLabColumn(name == null ? "" : name, c.type(), Boolean.TRUE.equals(c.isDttm())));
      }
    }
    List<Map<String, @Nullable Object>> rows = new ArrayList<>();
    if (wire.data() != null) {
      for (Map<String, Object> row : wire.data()) {
        // Values may be null, which Map.copyOf rejects.
        rows.add(java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(row)));
      }
    }
    SqlQuery query = wire.query() == null ? null : toQuery(wire.query());
    Long id = wire.queryId() != null ? wire.queryId() : query != null && query.id() != null ? query.id().value() : null;
    return new SqlLabResult(QueryState.of(wire.status() == null ? "unknown" : wire.status()),
        id == null || id <= 0 ? null : QueryId.of(id), columns, rows, query);
  }

  static SqlQuery toQuery(SqlLabApi.QueryWire q) {
    DatabaseId databaseId = positive(q.dbId(), DatabaseId::of);
    QueryDatabaseRef database = databaseId == null && q.db() == null ? null : new QueryDatabaseRef(databaseId, q.db());
    UserId userId = positive(q.userId(), UserId::of);
    return new SqlQuery(positive(q.queryId(), QueryId::of), q.id(), database, q.schema(), q.catalog(), q.sql(),
        q.executedSql(), q.state() == null ? null : QueryState.of(q.state()), q.rows(), q.limit(), q.limitingFactor(), q.progress(), q.errorMessage(),
        q.resultsKey(), q.tab(), q.sqlEditorId(), q.tempTable(), q.tempSchema(), q.trackingUrl(),
        userId == null ? null : new UserRef(userId, null, null), q.user(), millis(q.startDttm()), null,
        millis(q.endDttm()), null);
  }

  private static <T> @Nullable T positive(@Nullable Long value, java.util.function.LongFunction<T> of) {
    return value == null || value <= 0 ? null : of.apply(value);
  }

  private static @Nullable Instant millis(@Nullable Double epochMillis) {
    return epochMillis == null ? null : Instant.ofEpochMilli(Math.round(epochMillis));
  }
}
