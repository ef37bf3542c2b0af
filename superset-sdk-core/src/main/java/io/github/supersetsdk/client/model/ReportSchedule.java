package io.github.supersetsdk.client.model;

import io.github.supersetsdk.client.id.ChartId;
import io.github.supersetsdk.client.id.DashboardId;
import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.id.ReportScheduleId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A report or alert schedule: what is sent (a chart or dashboard), when (a cron expression in a
 * timezone), to whom, and for alerts the SQL condition. Needs {@code ALERT_REPORTS} on the server.
 * Fields a list answer lacks are {@code null} or empty.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the id
 * @param type report or alert
 * @param name the name
 * @param description the description
 * @param crontab when it runs, as a cron expression
 * @param crontabHumanized the cron expression in words (list only)
 * @param timezone the timezone of the cron expression
 * @param active whether it runs
 * @param chartId the chart sent, if any
 * @param dashboardId the dashboard sent, if any
 * @param databaseId the database an alert's SQL runs on (detail only)
 * @param sql an alert's SQL (detail only)
 * @param validatorType an alert's condition kind: {@code not null} or {@code operator}
 * @param validatorConfigJson an alert's condition as JSON text, e.g. {@code {"op": ">", "threshold": 10}}
 * @param reportFormat {@code PNG}, {@code PDF}, {@code CSV} or {@code TEXT} (detail only)
 * @param emailSubject the e-mail subject, if set
 * @param lastState the state of the last run, e.g. {@code Success} or {@code Not triggered}
 * @param lastEvalDttm when it last ran
 * @param workingTimeout an alert's query timeout in seconds
 * @param gracePeriod an alert's grace period in seconds, during which it is not sent again
 * @param logRetention how many days its execution logs are kept
 * @param owners its owners
 * @param recipients where it is sent; the list answer carries only their types
 * @param changedOn when it last changed (list only)
 */
public record ReportSchedule(
    ReportScheduleId id,
    ReportScheduleType type,
    String name,
    @Nullable String description,
    String crontab,
    @Nullable String crontabHumanized,
    @Nullable String timezone,
    boolean active,
    @Nullable ChartId chartId,
    @Nullable DashboardId dashboardId,
    @Nullable DatabaseId databaseId,
    @Nullable String sql,
    @Nullable String validatorType,
    @Nullable String validatorConfigJson,
    @Nullable String reportFormat,
    @Nullable String emailSubject,
    @Nullable String lastState,
    @Nullable Instant lastEvalDttm,
    @Nullable Integer workingTimeout,
    @Nullable Integer gracePeriod,
    @Nullable Integer logRetention,
    List<UserRef> owners,
    List<ReportRecipient> recipients,
    @Nullable Instant changedOn) {

  /** Copies the lists; never null. */
  public ReportSchedule {
    owners = Copies.list(owners);
    recipients = Copies.list(recipients);
  }
}
