package io.github.supersetsdk.client.internal.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import feign.Headers;
import feign.Param;
import feign.RequestLine;
import io.github.supersetsdk.client.internal.api.Envelopes.Result;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Superset's {@code /api/v1/sqllab} endpoints (tags "SQL Lab" and "SQL Lab Permanent Link"). SQL Lab
 * speaks camelCase in places, so the wire types here name those fields explicitly.
 */
public interface SqlLabApi {

  // The spec documents the bootstrap data bare; the 6.1 server wraps it in "result".
  @RequestLine("GET /api/v1/sqllab/")
  Result<Bootstrap> bootstrap();

  @RequestLine("POST /api/v1/sqllab/execute/")
  ExecutionWire execute(ExecuteBody body);

  @RequestLine("GET /api/v1/sqllab/results/?q={q}")
  ExecutionWire results(@Param("q") String q);

  @RequestLine("POST /api/v1/sqllab/estimate/")
  Result<List<Map<String, Object>>> estimate(EstimateBody body);

  @RequestLine("POST /api/v1/sqllab/format_sql/")
  Result<String> format(FormatBody body);

  @RequestLine("GET /api/v1/sqllab/export/{client_id}/")
  byte[] exportCsv(@Param("client_id") String clientId);

  @RequestLine("POST /api/v1/sqllab/export_streaming/")
  @Headers("Content-Type: application/x-www-form-urlencoded")
  byte[] exportCsvStreaming(byte[] form);

  @RequestLine("POST /api/v1/sqllab/permalink")
  PermalinkWire createPermalink(PermalinkStateWire body);

  // The spec documents {"state": ...}; the 6.1 server answers with the state itself.
  @RequestLine("GET /api/v1/sqllab/permalink/{key}")
  PermalinkStateWire getPermalink(@Param("key") String key);

  /** The body of {@code execute}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ExecuteBody(
      @JsonProperty("database_id") long databaseId,
      @JsonProperty("sql") String sql,
      @JsonProperty("schema") @Nullable String schema,
      @JsonProperty("catalog") @Nullable String catalog,
      @JsonProperty("client_id") @Nullable String clientId,
      @JsonProperty("queryLimit") @Nullable Integer queryLimit,
      @JsonProperty("templateParams") @Nullable String templateParams,
      @JsonProperty("runAsync") boolean runAsync,
      @JsonProperty("expand_data") @Nullable Boolean expandData,
      @JsonProperty("sql_editor_id") @Nullable String sqlEditorId,
      @JsonProperty("tab") @Nullable String tab) {}

  /** The body of {@code estimate}. */
  record EstimateBody(
      long databaseId, String sql, @Nullable String schema, @Nullable String catalog,
      @Nullable Map<String, Object> templateParams) {}

  /** The body of {@code format_sql}. */
  record FormatBody(String sql, @Nullable Long databaseId, @Nullable String engine, @Nullable String templateParams) {}

  /** The answer of {@code execute} and {@code results}. */
  record ExecutionWire(
      @JsonProperty("status") @Nullable String status,
      @JsonProperty("query_id") @Nullable Long queryId,
      @JsonProperty("columns") @Nullable List<ColumnWire> columns,
      @JsonProperty("selected_columns") @Nullable List<ColumnWire> selectedColumns,
      @JsonProperty("expanded_columns") @Nullable List<ColumnWire> expandedColumns,
      @JsonProperty("data") @Nullable List<Map<String, Object>> data,
      @JsonProperty("query") @Nullable QueryWire query,
      @JsonProperty("displayLimitReached") @Nullable Boolean displayLimitReached) {}

  /** A result column. */
  record ColumnWire(
      @JsonProperty("column_name") @Nullable String columnName,
      @JsonProperty("name") @Nullable String name,
      @JsonProperty("type") @Nullable String type,
      @JsonProperty("is_dttm") @Nullable Boolean isDttm) {}

  /** SQL Lab's view of a query, in camelCase. */
  record QueryWire(
      @JsonProperty("id") @Nullable String id,
      @JsonProperty("queryId") @Nullable Long queryId,
      @JsonProperty("dbId") @Nullable Long dbId,
      @JsonProperty("db") @Nullable String db,
      @JsonProperty("schema") @Nullable String schema,
      @JsonProperty("catalog") @Nullable String catalog,
      @JsonProperty("sql") @Nullable String sql,
      @JsonProperty("executedSql") @Nullable String executedSql,
      @JsonProperty("state") @Nullable String state,
      @JsonProperty("rows") @Nullable Long rows,
      @JsonProperty("limit") @Nullable Long limit,
      @JsonProperty("limitingFactor") @Nullable String limitingFactor,
      @JsonProperty("progress") @Nullable Integer progress,
      @JsonProperty("resultsKey") @Nullable String resultsKey,
      @JsonProperty("errorMessage") @Nullable String errorMessage,
      @JsonProperty("startDttm") @Nullable Double startDttm,
      @JsonProperty("endDttm") @Nullable Double endDttm,
      @JsonProperty("sqlEditorId") @Nullable String sqlEditorId,
      @JsonProperty("tab") @Nullable String tab,
      @JsonProperty("tempTable") @Nullable String tempTable,
      @JsonProperty("tempSchema") @Nullable String tempSchema,
      @JsonProperty("trackingUrl") @Nullable String trackingUrl,
      @JsonProperty("user") @Nullable String user,
      @JsonProperty("userId") @Nullable Long userId) {}

  /** The SQL Lab page's bootstrap data. */
  record Bootstrap(
      @JsonProperty("tab_state_ids") @Nullable List<Object> tabStateIds,
      @JsonProperty("databases") @Nullable Map<String, BootstrapDatabase> databases,
      @JsonProperty("queries") @Nullable Map<String, QueryWire> queries,
      @JsonProperty("active_tab") @Nullable ActiveTab activeTab) {}

  /** A database as SQL Lab's bootstrap data lists it. */
  record BootstrapDatabase(
      @JsonProperty("id") long id,
      @JsonProperty("database_name") @Nullable String databaseName,
      @JsonProperty("backend") @Nullable String backend,
      @JsonProperty("allow_run_async") @Nullable Boolean allowRunAsync,
      @JsonProperty("allow_dml") @Nullable Boolean allowDml,
      @JsonProperty("expose_in_sqllab") @Nullable Boolean exposeInSqllab) {}

  /** The active editor tab. */
  record ActiveTab(
      @JsonProperty("id") @Nullable Object id,
      @JsonProperty("label") @Nullable String label,
      @JsonProperty("sql") @Nullable String sql,
      @JsonProperty("database_id") @Nullable Long databaseId,
      @JsonProperty("schema") @Nullable String schema,
      @JsonProperty("query_limit") @Nullable Integer queryLimit) {}

  /** The state a SQL Lab permalink stores. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record PermalinkStateWire(
      @JsonProperty("dbId") long dbId,
      @JsonProperty("name") String name,
      @JsonProperty("sql") String sql,
      @JsonProperty("schema") @Nullable String schema,
      @JsonProperty("catalog") @Nullable String catalog,
      @JsonProperty("autorun") @Nullable Boolean autorun,
      @JsonProperty("templateParams") @Nullable String templateParams) {}

  /** The answer of creating a permalink. */
  record PermalinkWire(@Nullable String key, @Nullable String url) {}
}
