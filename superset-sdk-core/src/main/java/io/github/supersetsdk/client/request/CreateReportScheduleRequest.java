package io.github.supersetsdk.client.request;

import io.github.supersetsdk.client.id.ChartId;
import io.github.supersetsdk.client.id.DashboardId;
import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.id.UserId;
import io.github.supersetsdk.client.model.ReportRecipient;
import io.github.supersetsdk.client.model.ReportScheduleType;
import io.github.supersetsdk.codegen.Adder;
import io.github.supersetsdk.codegen.DefaultValue;
import io.github.supersetsdk.codegen.GeneratedBuilder;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A report or alert schedule to create. A schedule sends a chart or a dashboard; an alert also
 * needs a database, SQL and a validator.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.RequestSnippets region=CreateReportScheduleRequest}
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
 * @param recipients the recipients it is sent to
 * @param owners its owners; empty makes the current user the owner
 * @param workingTimeout an alert's query timeout in seconds, or {@code null}
 * @param gracePeriod an alert's grace period in seconds, or {@code null}
 * @param logRetention days to keep execution logs, or {@code null}
 */
@GeneratedBuilder
public record CreateReportScheduleRequest(
    ReportScheduleType type,
    String name,
    String crontab,
    @Nullable String description,
    @Nullable String timezone,
    @DefaultValue("true") boolean active,
    @Nullable ChartId chart,
    @Nullable DashboardId dashboard,
    @Nullable DatabaseId database,
    @Nullable String sql,
    @Nullable String validatorType,
    @Nullable String validatorConfigJson,
    @Nullable String reportFormat,
    @Nullable String emailSubject,
    @Adder("recipient") List<ReportRecipient> recipients,
    @Adder("owner") List<UserId> owners,
    @Nullable Integer workingTimeout,
    @Nullable Integer gracePeriod,
    @Nullable Integer logRetention) implements CreateReportScheduleRequestBuilder.Methods {

  /**
   * Validates and copies the components.
   *
   * @throws NullPointerException if a required component or a list element is null
   * @throws IllegalArgumentException if {@code name} or {@code crontab} is blank, or neither or both
   *     of {@code chart} and {@code dashboard} are given
   */
  public CreateReportScheduleRequest {
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
    return CreateReportScheduleRequestBuilder.create(ReportScheduleType.REPORT, name, crontab);
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
    Builder b = CreateReportScheduleRequestBuilder.create(ReportScheduleType.ALERT, name, crontab);
    b.database = Objects.requireNonNull(database, "database");
    b.sql = Objects.requireNonNull(sql, "sql");
    b.validatorType = "not null";
    b.validatorConfigJson = "{}";
    return b;
  }

  /** Builds a {@link CreateReportScheduleRequest}. Not thread-safe. */
  public static final class Builder extends CreateReportScheduleRequestBuilder {
    Builder() {}

    /**
     * Sets an alert's condition.
     *
     * @param validatorType the condition kind, {@code not null} or {@code operator}
     * @param validatorConfigJson the condition as JSON text, e.g. {@code {"op": ">", "threshold": 10}}
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder validator(String validatorType, String validatorConfigJson) {
      this.validatorType = Objects.requireNonNull(validatorType, "validatorType");
      this.validatorConfigJson = Objects.requireNonNull(validatorConfigJson, "validatorConfigJson");
      return this;
    }

    /**
     * Sets an alert's timing.
     *
     * @param workingTimeoutSeconds the query timeout in seconds, or {@code null}
     * @param gracePeriodSeconds the grace period in seconds, or {@code null}
     * @param logRetentionDays days to keep execution logs, or {@code null}
     * @return this builder
     */
    public Builder timing(@Nullable Integer workingTimeoutSeconds, @Nullable Integer gracePeriodSeconds,
        @Nullable Integer logRetentionDays) {
      this.workingTimeout = workingTimeoutSeconds;
      this.gracePeriod = gracePeriodSeconds;
      this.logRetention = logRetentionDays;
      return this;
    }
  }
}
