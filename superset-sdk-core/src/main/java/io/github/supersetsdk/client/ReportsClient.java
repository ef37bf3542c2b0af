package io.github.supersetsdk.client;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.supersetsdk.client.exception.NotFoundException;
import io.github.supersetsdk.client.id.ChartId;
import io.github.supersetsdk.client.id.DashboardId;
import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.id.ReportLogId;
import io.github.supersetsdk.client.id.ReportScheduleId;
import io.github.supersetsdk.client.id.UserId;
import io.github.supersetsdk.client.internal.ResourceCalls;
import io.github.supersetsdk.client.internal.Rison;
import io.github.supersetsdk.client.internal.api.ReportApi;
import io.github.supersetsdk.client.internal.json.Json;
import io.github.supersetsdk.client.internal.transport.FeignApis;
import io.github.supersetsdk.client.model.Page;
import io.github.supersetsdk.client.model.RelatedObject;
import io.github.supersetsdk.client.model.ReportLog;
import io.github.supersetsdk.client.model.ReportRecipient;
import io.github.supersetsdk.client.model.ReportSchedule;
import io.github.supersetsdk.client.model.ReportScheduleType;
import io.github.supersetsdk.client.model.ResourceInfo;
import io.github.supersetsdk.client.model.SlackChannel;
import io.github.supersetsdk.client.request.Change;
import io.github.supersetsdk.client.request.CreateReportScheduleRequest;
import io.github.supersetsdk.client.request.ListQuery;
import io.github.supersetsdk.client.request.UpdateReportScheduleRequest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Report and alert schedules ({@code /api/v1/report}): charts and dashboards sent by e-mail, Slack or
 * webhook on a cron schedule, and alerts sent when a SQL condition holds. Needs {@code ALERT_REPORTS}
 * on the server, and workers with a mail or Slack setup to actually send.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.ClientSnippets region=ReportsClient}
 *
 * <p>Immutable and thread-safe; obtained from {@link SupersetClient#reports()}.
 */
public final class ReportsClient {

  private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {};

  private final ReportApi api;

  ReportsClient(FeignApis apis) {
    this.api = apis.get(ReportApi.class);
  }

  /**
   * Lists schedules lazily, page by page.
   *
   * @param query filters (e.g. on {@code name}, {@code type}, {@code active}), ordering and page size
   * @return the schedules; nothing is fetched until iteration
   * @throws NullPointerException if {@code query} is null
   */
  public PagedIterable<ReportSchedule> list(ListQuery query) {
    return ResourceCalls.list(query, api::list, ReportsClient::toSchedule);
  }

  /**
   * Fetches one page of schedules.
   *
   * @param query filters, ordering and page size
   * @param pageIndex the zero-based page
   * @return the page
   * @throws NullPointerException if {@code query} is null
   * @throws IllegalArgumentException if {@code pageIndex} is negative
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails
   */
  public Page<ReportSchedule> listPage(ListQuery query, int pageIndex) {
    return ResourceCalls.page(query, pageIndex, api::list, ReportsClient::toSchedule);
  }

  /**
   * Reads a schedule, with its recipients' targets.
   *
   * @param id its id
   * @return the schedule
   * @throws NullPointerException if {@code id} is null
   * @throws NotFoundException if there is no such schedule
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public ReportSchedule get(ReportScheduleId id) {
    Objects.requireNonNull(id, "id");
    return toSchedule(Objects.requireNonNull(api.get(id.value()).result(), "result"));
  }

  /**
   * Reads a schedule if it exists.
   *
   * @param id its id
   * @return the schedule, or empty if there is none with this id
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public Optional<ReportSchedule> find(ReportScheduleId id) {
    return ResourceCalls.findOrEmpty(() -> get(id));
  }

  /**
   * Whether a report schedule exists. Superset has no cheaper check than reading it.
   *
   * @param id the report schedule's id
   * @return {@code true} if it exists, {@code false} if Superset answers 404
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public boolean exists(ReportScheduleId id) {
    return find(id).isPresent();
  }

  /**
   * Creates a schedule.
   *
   * @param request the schedule
   * @return its id
   * @throws NullPointerException if {@code request} is null
   * @throws io.github.supersetsdk.client.exception.BadRequestException if it is invalid (e.g. the
   *     name is taken or the chart does not exist)
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public ReportScheduleId create(CreateReportScheduleRequest request) {
    Objects.requireNonNull(request, "request");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", request.type().value());
    body.put("name", request.name());
    body.put("crontab", request.crontab());
    body.put("active", request.active());
    putIfSet(body, "description", request.description());
    putIfSet(body, "timezone", request.timezone());
    putIfSet(body, "chart", request.chart() == null ? null : request.chart().value());
    putIfSet(body, "dashboard", request.dashboard() == null ? null : request.dashboard().value());
    putIfSet(body, "database", request.database() == null ? null : request.database().value());
    putIfSet(body, "sql", request.sql());
    putIfSet(body, "validator_type", request.validatorType());
    if (request.validatorConfigJson() != null) {
      body.put("validator_config_json", parseObject(request.validatorConfigJson()));
    }
    putIfSet(body, "report_format", request.reportFormat());
    putIfSet(body, "email_subject", request.emailSubject());
    body.put("recipients", recipients(request.recipients()));
    if (!request.owners().isEmpty()) {
      body.put("owners", request.owners().stream().map(UserId::value).toList());
    }
    putIfSet(body, "working_timeout", request.workingTimeout());
    putIfSet(body, "grace_period", request.gracePeriod());
    putIfSet(body, "log_retention", request.logRetention());
    return ReportScheduleId.of(api.create(body).numericId());
  }

  /**
   * Updates the fields of a schedule that the request sets or clears.
   *
   * @param id its id
   * @param request the changes
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the request changes nothing
   * @throws NotFoundException if there is no such schedule
   * @throws io.github.supersetsdk.client.exception.BadRequestException if a value is invalid
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void update(ReportScheduleId id, UpdateReportScheduleRequest request) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(request, "request");
    if (request.isEmpty()) {
      throw new IllegalArgumentException("the update changes nothing");
    }
    Map<String, Object> body = new LinkedHashMap<>();
    put(body, "name", request.name(), v -> v);
    put(body, "description", request.description(), v -> v);
    put(body, "crontab", request.crontab(), v -> v);
    put(body, "timezone", request.timezone(), v -> v);
    put(body, "active", request.active(), v -> v);
    put(body, "chart", request.chart(), ChartId::value);
    put(body, "dashboard", request.dashboard(), DashboardId::value);
    put(body, "sql", request.sql(), v -> v);
    put(body, "validator_config_json", request.validatorConfigJson(), ReportsClient::parseObject);
    put(body, "report_format", request.reportFormat(), v -> v);
    put(body, "email_subject", request.emailSubject(), v -> v);
    put(body, "recipients", request.recipients(), ReportsClient::recipients);
    put(body, "owners", request.owners(), owners -> owners.stream().map(UserId::value).toList());
    api.update(id.value(), body);
  }

  /**
   * Deletes a schedule and its logs.
   *
   * @param id its id
   * @throws NullPointerException if {@code id} is null
   * @throws NotFoundException if there is no such schedule
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void delete(ReportScheduleId id) {
    Objects.requireNonNull(id, "id");
    api.delete(id.value());
  }

  /**
   * Deletes several schedules in one call.
   *
   * @param ids their ids; at least one
   * @throws NullPointerException if {@code ids} or an element is null
   * @throws IllegalArgumentException if {@code ids} is empty
   * @throws NotFoundException if one of them does not exist (then none is deleted)
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void delete(Collection<ReportScheduleId> ids) {
    api.deleteAll(ResourceCalls.risonIds(ids, ReportScheduleId::value));
  }

  /**
   * Lists the execution logs of a schedule lazily, page by page.
   *
   * @param id the schedule
   * @param query filters (e.g. on {@code state}), ordering (e.g. {@code start_dttm}) and page size
   * @return the logs; nothing is fetched until iteration
   * @throws NullPointerException if an argument is null
   */
  public PagedIterable<ReportLog> logs(ReportScheduleId id, ListQuery query) {
    Objects.requireNonNull(id, "id");
    return ResourceCalls.list(query, q -> api.logs(id.value(), q), ReportsClient::toLog);
  }

  /**
   * Reads one execution log entry of a schedule.
   *
   * @param id the schedule
   * @param logId the entry
   * @return the entry
   * @throws NullPointerException if an argument is null
   * @throws NotFoundException if there is no such entry
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public ReportLog log(ReportScheduleId id, ReportLogId logId) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(logId, "logId");
    return toLog(Objects.requireNonNull(api.log(id.value(), logId.value()).result(), "result"));
  }

  /**
   * The current user's permissions on schedules and the filters each column accepts.
   *
   * @return the information
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails
   */
  public ResourceInfo info() {
    return api.info(ResourceCalls.infoQuery());
  }

  /**
   * The objects schedules can refer to or be filtered by through a relation, such as {@code chart},
   * {@code dashboard}, {@code database} or {@code owners}.
   *
   * @param column the relation's column
   * @param filter text the options' text starts with, case-insensitive (contains, for user and
   *     role columns such as {@code owners}; some columns ignore it), or {@code null} for all
   * @return the objects, fetched lazily
   * @throws NullPointerException if {@code column} is null
   * @throws IllegalArgumentException if {@code column} is blank or contains a slash
   */
  public PagedIterable<RelatedObject> related(String column, @Nullable String filter) {
    return ResourceCalls.lookup(column, filter, api::related);
  }

  /**
   * The Slack channels reports can be sent to. Needs a Slack token on the server.
   *
   * @param searchString text the channel names must contain, or {@code null} for all
   * @param forceRefresh whether the server re-reads the channels from Slack instead of its cache
   * @return the channels
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails, e.g. when
   *     Slack is not configured
   */
  public List<SlackChannel> slackChannels(@Nullable String searchString, boolean forceRefresh) {
    Map<String, Object> q = new LinkedHashMap<>();
    if (searchString != null && !searchString.isEmpty()) {
      q.put("search_string", searchString);
    }
    q.put("force", forceRefresh);
    List<SlackChannel> result = api.slackChannels(Rison.encode(q)).result();
    return result == null ? List.of() : List.copyOf(result);
  }

  private static void putIfSet(Map<String, Object> body, String key, @Nullable Object value) {
    if (value != null) {
      body.put(key, value);
    }
  }

  private static <T> void put(Map<String, Object> body, String key, Change<T> change, java.util.function.Function<? super T, ?> wire) {
    if (change.isSet()) {
      body.put(key, wire.apply(Objects.requireNonNull(change.value())));
    } else if (change.isClear()) {
      // The mapper leaves null map values out; a cleared Change is written as JSON null.
      body.put(key, Change.clear());
    }
  }

  private static Map<String, Object> parseObject(String json) {
    try {
      return Json.mapper().readValue(json, JSON_OBJECT);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("validatorConfigJson is not a JSON object");
    }
  }

  private static List<Map<String, Object>> recipients(List<ReportRecipient> recipients) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (ReportRecipient r : recipients) {
      Map<String, Object> config = new LinkedHashMap<>();
      config.put("target", r.target());
      if (r.ccTarget() != null) {
        config.put("ccTarget", r.ccTarget());
      }
      if (r.bccTarget() != null) {
        config.put("bccTarget", r.bccTarget());
      }
      Map<String, Object> recipient = new LinkedHashMap<>();
      recipient.put("type", r.type());
      recipient.put("recipient_config_json", config);
      out.add(recipient);
    }
    return out;
  }

  static ReportSchedule toSchedule(ReportApi.ReportWire w) {
    Long chart = w.chartId() != null ? w.chartId() : idOf(w.chart());
    Long dashboard = w.dashboardId() != null ? w.dashboardId() : idOf(w.dashboard());
    Long database = idOf(w.database());
    List<ReportRecipient> recipients = new ArrayList<>();
    if (w.recipients() != null) {
      for (Map<String, Object> r : w.recipients()) {
        Object type = r.get("type");
        Map<String, Object> config = recipientConfig(r.get("recipient_config_json"));
        Object target = config.get("target");
        Object cc = config.get("ccTarget");
        Object bcc = config.get("bccTarget");
        recipients.add(new ReportRecipient(type == null ? "" : type.toString(), target == null ? "" : target.toString(),
            cc == null ? null : cc.toString(), bcc == null ? null : bcc.toString()));
      }
    }
    return new ReportSchedule(ReportScheduleId.of(w.id()),
        ReportScheduleType.of(w.type() == null || w.type().isBlank() ? "Report" : w.type()),
        w.name() == null ? "" : w.name(), w.description(), w.crontab() == null ? "" : w.crontab(),
        w.crontabHumanized(), w.timezone(), Boolean.TRUE.equals(w.active()),
        chart == null || chart <= 0 ? null : ChartId.of(chart),
        dashboard == null || dashboard <= 0 ? null : DashboardId.of(dashboard),
        database == null || database <= 0 ? null : DatabaseId.of(database),
        w.sql(), w.validatorType(), w.validatorConfigJson(), w.reportFormat(), w.emailSubject(), w.lastState(),
        ResourceCalls.instant(w.lastEvalDttm()), w.workingTimeout(), w.gracePeriod(), w.logRetention(),
        w.owners() == null ? List.of() : w.owners(), recipients, ResourceCalls.instant(w.changedOn()));
  }

  private static Map<String, Object> recipientConfig(@Nullable Object config) {
    if (config instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(String.valueOf(k), v));
      return out;
    }
    if (config instanceof String text && !text.isBlank()) {
      try {
        return Json.mapper().readValue(text, JSON_OBJECT);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        return Map.of();
      }
    }
    return Map.of();
  }

  private static @Nullable Long idOf(@Nullable Object ref) {
    if (ref instanceof Number n) {
      return n.longValue();
    }
    if (ref instanceof Map<?, ?> map && map.get("id") instanceof Number n) {
      return n.longValue();
    }
    return null;
  }

  static ReportLog toLog(ReportApi.ReportLogWire w) {
    UUID uuid = null;
    if (w.uuid() != null) {
      try {
        uuid = UUID.fromString(w.uuid());
      } catch (IllegalArgumentException ignored) {
        // Left null: a malformed UUID is no reason to fail reading the log.
      }
    }
    return new ReportLog(ReportLogId.of(w.id()), w.state() == null ? "" : w.state(),
        ResourceCalls.instant(w.scheduledDttm()), ResourceCalls.instant(w.startDttm()),
        ResourceCalls.instant(w.endDttm()), w.errorMessage(), w.value(), w.valueRowJson(), uuid);
  }
}
