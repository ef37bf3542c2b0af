package io.github.supersetsdk.client.internal.api;

import feign.Param;
import feign.RequestLine;
import io.github.supersetsdk.client.internal.api.Envelopes.Item;
import io.github.supersetsdk.client.internal.api.Envelopes.ListPage;
import io.github.supersetsdk.client.internal.api.Envelopes.Message;
import io.github.supersetsdk.client.internal.api.Envelopes.Result;
import io.github.supersetsdk.client.model.RelatedObject;
import io.github.supersetsdk.client.model.ResourceInfo;
import io.github.supersetsdk.client.model.SlackChannel;
import io.github.supersetsdk.client.model.UserRef;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Superset's {@code /api/v1/report} endpoints (tag "Report Schedules"). */
public interface ReportApi {

  @RequestLine("GET /api/v1/report/?q={q}")
  ListPage<ReportWire> list(@Param("q") String q);

  @RequestLine("GET /api/v1/report/{pk}")
  Item<ReportWire> get(@Param("pk") long pk);

  @RequestLine("POST /api/v1/report/")
  Item<Map<String, Object>> create(Map<String, Object> body);

  @RequestLine("PUT /api/v1/report/{pk}")
  Item<Map<String, Object>> update(@Param("pk") long pk, Map<String, Object> body);

  @RequestLine("DELETE /api/v1/report/{pk}")
  Message delete(@Param("pk") long pk);

  @RequestLine("DELETE /api/v1/report/?q={q}")
  Message deleteAll(@Param("q") String q);

  @RequestLine("GET /api/v1/report/{pk}/log/?q={q}")
  ListPage<ReportLogWire> logs(@Param("pk") long pk, @Param("q") String q);

  @RequestLine("GET /api/v1/report/{pk}/log/{log_id}")
  Item<ReportLogWire> log(@Param("pk") long pk, @Param("log_id") long logId);

  @RequestLine("GET /api/v1/report/_info?q={q}")
  ResourceInfo info(@Param("q") String q);

  @RequestLine("GET /api/v1/report/related/{column_name}?q={q}")
  ListPage<RelatedObject> related(@Param("column_name") String columnName, @Param("q") String q);

  @RequestLine("GET /api/v1/report/slack_channels/?q={q}")
  Result<List<SlackChannel>> slackChannels(@Param("q") String q);

  /** A schedule as list and detail answers send it; they name the chart, dashboard and database differently. */
  record ReportWire(
      long id,
      @Nullable String type,
      @Nullable String name,
      @Nullable String description,
      @Nullable String crontab,
      @Nullable String crontabHumanized,
      @Nullable String timezone,
      @Nullable Boolean active,
      @Nullable Object chart,
      @Nullable Long chartId,
      @Nullable Object dashboard,
      @Nullable Long dashboardId,
      @Nullable Object database,
      @Nullable String sql,
      @Nullable String validatorType,
      @Nullable String validatorConfigJson,
      @Nullable String reportFormat,
      @Nullable String emailSubject,
      @Nullable String lastState,
      @Nullable String lastEvalDttm,
      @Nullable Integer workingTimeout,
      @Nullable Integer gracePeriod,
      @Nullable Integer logRetention,
      @Nullable List<UserRef> owners,
      @Nullable List<Map<String, Object>> recipients,
      @Nullable String changedOn) {}

  /** An execution log entry. */
  record ReportLogWire(
      long id,
      @Nullable String state,
      @Nullable String scheduledDttm,
      @Nullable String startDttm,
      @Nullable String endDttm,
      @Nullable String errorMessage,
      @Nullable Double value,
      @Nullable String valueRowJson,
      @Nullable String uuid) {}
}
