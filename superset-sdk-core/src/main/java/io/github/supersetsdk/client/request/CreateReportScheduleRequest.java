package io.github.supersetsdk.client.request;

import io.github.supersetsdk.client.id.ChartId;
import io.github.supersetsdk.client.id.DashboardId;
import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.id.UserId;
import io.github.supersetsdk.client.model.ReportRecipient;
import io.github.supersetsdk.client.model.ReportScheduleType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A report or alert schedule to create. A schedule sends a chart or a dashboard; an alert also
 * needs a database, SQL and a validator.
 *
 * <pre>{@code
 * CreateReportScheduleRequest weekly = CreateReportScheduleRequest
 *     .report("Weekly revenue", "0 8 * * 1")
 *     .dashboard(dashboardId)
 *     .recipient(ReportRecipient.email("cfo@example.com"))
 *     .timezone("Europe/Berlin")
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param type report or alert
 * @param name the name; unique per type
 * @param crontab when it runs, as a cron expression
 * @param description the description, or {@code null}
 * @param timezone the timezone of the cron expression, or {@code null} for UTC
 * @param active whether it runs
 * @param chart the chart to send, or {@code null}
 * @param dashboard the dashboard to send, or {@code null}
 * @param database the database an alert's SQL runs on, or {@code null}
 * @param sql an alert's SQL, or {@code null}
 * @param validatorType an alert's condition kind ({@code not null} or {@code operator}), or {@code null}
 * @param validatorConfigJson an alert's condition as JSON text, e.g. {@code {"op": ">", "threshold": 10}}, or {@code null}
 * @param reportFormat {@code PNG}, {@code PDF}, {@code CSV} or {@code TEXT}, or {@code null} for the default
 * @param emailSubject the e-mail subject, or {@code null}
 * @param recipients where it is sent
 * @param owners its owners; empty makes the current user the owner
 * @param workingTimeout an alert's query timeout in seconds, or {@code null}
 * @param gracePeriod an alert's grace period in seconds, or {@code null}
 * @param logRetention days to keep execution logs, or {@code null}
 */
public record CreateReportScheduleRequest(
    ReportScheduleType type,
    String name,
    String crontab,
    @Nullable String description,
    @Nullable String timezone,
    boolean active,
    @Nullable ChartId chart,
    @Nullable DashboardId dashboard,
    @Nullable DatabaseId database,
    @Nullable String sql,
    @Nullable String validatorType,
    @Nullable String validatorConfigJson,
    @Nullable String reportFormat,
    @Nullable String emailSubject,
    List<ReportRecipient> recipients,
    List<UserId> owners,
    @Nullable Integer workingTimeout,
    @Nullable Integer gracePeriod,
    @Nullable Integer logRetention) {

  /**
   * Validates and copies the components.
   *
   * @param type report or alert
   * @param name the name; unique per type
   * @param crontab when it runs, as a cron expression
   * @param description the description, or {@code null}
   * @param timezone the timezone of the cron expression, or {@code null} for UTC
   * @param active whether it runs
   * @param chart the chart to send, or {@code null}
   * @param dashboard the dashboard to send, or {@code null}
   * @param database the database an alert's SQL runs on, or {@code null}
   * @param sql an alert's SQL, or {@code null}
   * @param validatorType an alert's condition kind ({@code not null} or {@code operator}), or {@code null}
   * @param validatorConfigJson an alert's condition as JSON text, e.g. {@code {"op": ">", "threshold": 10}}, or {@code null}
   * @param reportFormat {@code PNG}, {@code PDF}, {@code CSV} or {@code TEXT}, or {@code null} for the default
   * @param emailSubject the e-mail subject, or {@code null}
   * @param recipients where it is sent
   * @param owners its owners; empty makes the current user the owner
   * @param workingTimeout an alert's query timeout in seconds, or {@code null}
   * @param gracePeriod an alert's grace period in seconds, or {@code null}
   * @param logRetention days to keep execution logs, or {@code null}
   * @throws NullPointerException if a required component or a list element is null
   * @throws IllegalArgumentException if {@code name} or {@code crontab} is blank, or neither or both
   *     of {@code chart} and {@code dashboard} are given
   */
  public CreateReportScheduleRequest {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(crontab, "crontab");
    if (name.isBlank() || crontab.isBlank()) {
      throw new IllegalArgumentException("name and crontab must not be blank");
    }
    if ((chart == null) == (dashboard == null)) {
      throw new IllegalArgumentException("a schedule sends either a chart or a dashboard");
    }
    recipients = List.copyOf(Objects.requireNonNull(recipients, "recipients"));
    owners = List.copyOf(Objects.requireNonNull(owners, "owners"));
  }

  /**
   * Starts a report, sent on every run.
   *
   * @param name the name
   * @param crontab when it runs
   * @return a new builder
   * @throws NullPointerException if an argument is null
   */
  public static Builder report(String name, String crontab) {
    return new Builder(ReportScheduleType.REPORT, name, crontab);
  }

  /**
   * Starts an alert, sent when its SQL's result meets the condition.
   *
   * @param name the name
   * @param crontab when it is checked
   * @param database the database the SQL runs on
   * @param sql the SQL, returning one value
   * @return a new builder
   * @throws NullPointerException if an argument is null
   */
  public static Builder alert(String name, String crontab, DatabaseId database, String sql) {
    Builder b = new Builder(ReportScheduleType.ALERT, name, crontab);
    b.database = Objects.requireNonNull(database, "database");
    b.sql = Objects.requireNonNull(sql, "sql");
    b.validatorType = "not null";
    b.validatorConfigJson = "{}";
    return b;
  }

  /** Builds a {@link CreateReportScheduleRequest}. Not thread-safe. */
  public static final class Builder {
    private final ReportScheduleType type;
    private final String name;
    private final String crontab;
    private @Nullable String description;
    private @Nullable String timezone;
    private boolean active = true;
    private @Nullable ChartId chart;
    private @Nullable DashboardId dashboard;
    private @Nullable DatabaseId database;
    private @Nullable String sql;
    private @Nullable String validatorType;
    private @Nullable String validatorConfigJson;
    private @Nullable String reportFormat;
    private @Nullable String emailSubject;
    private final List<ReportRecipient> recipients = new ArrayList<>();
    private final List<UserId> owners = new ArrayList<>();
    private @Nullable Integer workingTimeout;
    private @Nullable Integer gracePeriod;
    private @Nullable Integer logRetention;

    private Builder(ReportScheduleType type, String name, String crontab) {
      this.type = type;
      this.name = Objects.requireNonNull(name, "name");
      this.crontab = Objects.requireNonNull(crontab, "crontab");
    }

    /**
     * Sets the description.
     *
     * @param description the description
     * @return this builder
     */
    public Builder description(@Nullable String description) {
      this.description = description;
      return this;
    }

    /**
     * Sets the timezone of the cron expression.
     *
     * @param timezone an IANA zone such as {@code Europe/Berlin}
     * @return this builder
     */
    public Builder timezone(@Nullable String timezone) {
      this.timezone = timezone;
      return this;
    }

    /**
     * Sets whether it runs; default {@code true}.
     *
     * @param active whether it runs
     * @return this builder
     */
    public Builder active(boolean active) {
      this.active = active;
      return this;
    }

    /**
     * Sends a chart.
     *
     * @param chart the chart
     * @return this builder
     */
    public Builder chart(ChartId chart) {
      this.chart = Objects.requireNonNull(chart, "chart");
      return this;
    }

    /**
     * Sends a dashboard.
     *
     * @param dashboard the dashboard
     * @return this builder
     */
    public Builder dashboard(DashboardId dashboard) {
      this.dashboard = Objects.requireNonNull(dashboard, "dashboard");
      return this;
    }

    /**
     * Sets an alert's condition: {@code operator} with a JSON config such as {@code {"op": ">",
     * "threshold": 10}}, or {@code not null} with {@code {}}.
     *
     * @param validatorType {@code not null} or {@code operator}
     * @param validatorConfigJson the condition as JSON text
     * @return this builder
     */
    public Builder validator(String validatorType, String validatorConfigJson) {
      this.validatorType = Objects.requireNonNull(validatorType, "validatorType");
      this.validatorConfigJson = Objects.requireNonNull(validatorConfigJson, "validatorConfigJson");
      return this;
    }

    /**
     * Sets the format sent.
     *
     * @param reportFormat {@code PNG}, {@code PDF}, {@code CSV} or {@code TEXT}
     * @return this builder
     */
    public Builder reportFormat(@Nullable String reportFormat) {
      this.reportFormat = reportFormat;
      return this;
    }

    /**
     * Sets the e-mail subject.
     *
     * @param emailSubject the subject
     * @return this builder
     */
    public Builder emailSubject(@Nullable String emailSubject) {
      this.emailSubject = emailSubject;
      return this;
    }

    /**
     * Adds a recipient.
     *
     * @param recipient the recipient
     * @return this builder
     */
    public Builder recipient(ReportRecipient recipient) {
      recipients.add(Objects.requireNonNull(recipient, "recipient"));
      return this;
    }

    /**
     * Adds an owner.
     *
     * @param owner the owner
     * @return this builder
     */
    public Builder owner(UserId owner) {
      owners.add(Objects.requireNonNull(owner, "owner"));
      return this;
    }

    /**
     * Sets an alert's timing: query timeout, grace period, and how long logs are kept.
     *
     * @param workingTimeoutSeconds the query timeout in seconds, or {@code null}
     * @param gracePeriodSeconds the grace period in seconds, or {@code null}
     * @param logRetentionDays days to keep logs, or {@code null}
     * @return this builder
     */
    public Builder timing(@Nullable Integer workingTimeoutSeconds, @Nullable Integer gracePeriodSeconds,
        @Nullable Integer logRetentionDays) {
      this.workingTimeout = workingTimeoutSeconds;
      this.gracePeriod = gracePeriodSeconds;
      this.logRetention = logRetentionDays;
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws IllegalArgumentException if neither or both of a chart and a dashboard are set
     */
    public CreateReportScheduleRequest build() {
      return new CreateReportScheduleRequest(type, name, crontab, description, timezone, active, chart, dashboard,
          database, sql, validatorType, validatorConfigJson, reportFormat, emailSubject, recipients, owners,
          workingTimeout, gracePeriod, logRetention);
    }
  }
}
