package io.github.supersetsdk.client.internal.api;

import feign.Param;
import feign.RequestLine;
import io.github.supersetsdk.client.internal.api.Envelopes.Item;
import io.github.supersetsdk.client.internal.api.Envelopes.ListPage;
import io.github.supersetsdk.client.internal.api.Envelopes.Result;
import io.github.supersetsdk.client.model.DistinctValue;
import io.github.supersetsdk.client.model.RelatedObject;
import io.github.supersetsdk.client.model.UserRef;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Superset's {@code /api/v1/query} endpoints, the query history (tag "Queries"). */
public interface QueryApi {

  @RequestLine("GET /api/v1/query/?q={q}")
  ListPage<QueryWire> list(@Param("q") String q);

  @RequestLine("GET /api/v1/query/{pk}")
  Item<QueryWire> get(@Param("pk") long pk);

  // The spec documents snake_case history entries; the 6.1 server sends SQL Lab's camelCase queries.
  @RequestLine("GET /api/v1/query/updated_since?q={q}")
  Result<List<SqlLabApi.QueryWire>> updatedSince(@Param("q") String q);

  @RequestLine("POST /api/v1/query/stop")
  Result<Object> stop(StopBody body);

  @RequestLine("GET /api/v1/query/related/{column_name}?q={q}")
  ListPage<RelatedObject> related(@Param("column_name") String columnName, @Param("q") String q);

  @RequestLine("GET /api/v1/query/distinct/{column_name}?q={q}")
  ListPage<DistinctValue> distinct(@Param("column_name") String columnName, @Param("q") String q);

  /** The body of {@code stop}. */
  record StopBody(String clientId) {}

  /**
   * A query as the history sends it; times are epoch milliseconds as numbers or strings.
   */
  record QueryWire(
      long id,
      @Nullable String clientId,
      @Nullable Map<String, Object> database,
      @Nullable String schema,
      @Nullable String sql,
      @Nullable String executedSql,
      @Nullable String status,
      @Nullable Long rows,
      @Nullable Long limit,
      @Nullable Integer progress,
      @Nullable String errorMessage,
      @Nullable String resultsKey,
      @Nullable String tabName,
      @Nullable String sqlEditorId,
      @Nullable String tmpTableName,
      @Nullable String trackingUrl,
      @Nullable UserRef user,
      @Nullable Object startTime,
      @Nullable Object startRunningTime,
      @Nullable Object endTime,
      @Nullable String changedOn) {}
}
