package io.github.supersetsdk.client.request;

import io.github.supersetsdk.client.id.ChartId;
import io.github.supersetsdk.client.id.DashboardId;
import io.github.supersetsdk.client.id.UserId;
import io.github.supersetsdk.client.model.ReportRecipient;
import java.util.List;
import java.util.Objects;

/**
 * A partial update of a report or alert schedule: only fields that are set or cleared are sent.
 *
 * <pre>{@code
 * client.reports().update(id, UpdateReportScheduleRequest.builder().active(false).build());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the name
 * @param description the description
 * @param crontab when it runs
 * @param timezone the timezone of the cron expression
 * @param active whether it runs
 * @param chart the chart sent
 * @param dashboard the dashboard sent
 * @param sql an alert's SQL
 * @param validatorConfigJson an alert's condition as JSON text
 * @param reportFormat the format sent
 * @param emailSubject the e-mail subject
 * @param recipients where it is sent; replaces all recipients
 * @param owners its owners; replaces all owners
 */
public record UpdateReportScheduleRequest(
    Change<String> name,
    Change<String> description,
    Change<String> crontab,
    Change<String> timezone,
    Change<Boolean> active,
    Change<ChartId> chart,
    Change<DashboardId> dashboard,
    Change<String> sql,
    Change<String> validatorConfigJson,
    Change<String> reportFormat,
    Change<String> emailSubject,
    Change<List<ReportRecipient>> recipients,
    Change<List<UserId>> owners) {

  /**
   * Validates the components.
   *
   * @param name the name
   * @param description the description
   * @param crontab when it runs
   * @param timezone the timezone of the cron expression
   * @param active whether it runs
   * @param chart the chart sent
   * @param dashboard the dashboard sent
   * @param sql an alert's SQL
   * @param validatorConfigJson an alert's condition as JSON text
   * @param reportFormat the format sent
   * @param emailSubject the e-mail subject
   * @param recipients where it is sent; replaces all recipients
   * @param owners its owners; replaces all owners
   * @throws NullPointerException if a component is null
   */
  public UpdateReportScheduleRequest {
    for (Change<?> c : List.of(name, description, crontab, timezone, active, chart, dashboard, sql,
        validatorConfigJson, reportFormat, emailSubject, recipients, owners)) {
      Objects.requireNonNull(c, "change");
    }
  }

  /**
   * Returns a builder that changes nothing yet.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Whether the update changes nothing.
   *
   * @return {@code true} if every field is unchanged
   */
  public boolean isEmpty() {
    return List.of(name, description, crontab, timezone, active, chart, dashboard, sql, validatorConfigJson,
        reportFormat, emailSubject, recipients, owners).stream().allMatch(Change::isUnchanged);
  }

  /** Builds an {@link UpdateReportScheduleRequest}. Not thread-safe. */
  public static final class Builder {
    private Change<String> name = Change.unchanged();
    private Change<String> description = Change.unchanged();
    private Change<String> crontab = Change.unchanged();
    private Change<String> timezone = Change.unchanged();
    private Change<Boolean> active = Change.unchanged();
    private Change<ChartId> chart = Change.unchanged();
    private Change<DashboardId> dashboard = Change.unchanged();
    private Change<String> sql = Change.unchanged();
    private Change<String> validatorConfigJson = Change.unchanged();
    private Change<String> reportFormat = Change.unchanged();
    private Change<String> emailSubject = Change.unchanged();
    private Change<List<ReportRecipient>> recipients = Change.unchanged();
    private Change<List<UserId>> owners = Change.unchanged();

    private Builder() {}

    /**
     * Renames the schedule.
     *
     * @param name the new name
     * @return this builder
     */
    public Builder name(String name) {
      this.name = Change.set(name);
      return this;
    }

    /**
     * Sets the description.
     *
     * @param description the description
     * @return this builder
     */
    public Builder description(String description) {
      this.description = Change.set(description);
      return this;
    }

    /**
     * Clears the description.
     *
     * @return this builder
     */
    public Builder clearDescription() {
      this.description = Change.clear();
      return this;
    }

    /**
     * Sets when it runs.
     *
     * @param crontab a cron expression
     * @return this builder
     */
    public Builder crontab(String crontab) {
      this.crontab = Change.set(crontab);
      return this;
    }

    /**
     * Sets the timezone of the cron expression.
     *
     * @param timezone an IANA zone
     * @return this builder
     */
    public Builder timezone(String timezone) {
      this.timezone = Change.set(timezone);
      return this;
    }

    /**
     * Turns the schedule on or off.
     *
     * @param active whether it runs
     * @return this builder
     */
    public Builder active(boolean active) {
      this.active = Change.set(active);
      return this;
    }

    /**
     * Sends a chart instead.
     *
     * @param chart the chart
     * @return this builder
     */
    public Builder chart(ChartId chart) {
      this.chart = Change.set(chart);
      this.dashboard = Change.clear();
      return this;
    }

    /**
     * Sends a dashboard instead.
     *
     * @param dashboard the dashboard
     * @return this builder
     */
    public Builder dashboard(DashboardId dashboard) {
      this.dashboard = Change.set(dashboard);
      this.chart = Change.clear();
      return this;
    }

    /**
     * Replaces an alert's SQL.
     *
     * @param sql the SQL
     * @return this builder
     */
    public Builder sql(String sql) {
      this.sql = Change.set(sql);
      return this;
    }

    /**
     * Replaces an alert's condition.
     *
     * @param validatorConfigJson the condition as JSON text
     * @return this builder
     */
    public Builder validatorConfigJson(String validatorConfigJson) {
      this.validatorConfigJson = Change.set(validatorConfigJson);
      return this;
    }

    /**
     * Sets the format sent.
     *
     * @param reportFormat {@code PNG}, {@code PDF}, {@code CSV} or {@code TEXT}
     * @return this builder
     */
    public Builder reportFormat(String reportFormat) {
      this.reportFormat = Change.set(reportFormat);
      return this;
    }

    /**
     * Sets the e-mail subject.
     *
     * @param emailSubject the subject
     * @return this builder
     */
    public Builder emailSubject(String emailSubject) {
      this.emailSubject = Change.set(emailSubject);
      return this;
    }

    /**
     * Replaces all recipients.
     *
     * @param recipients the recipients
     * @return this builder
     */
    public Builder recipients(List<ReportRecipient> recipients) {
      this.recipients = Change.set(List.copyOf(recipients));
      return this;
    }

    /**
     * Replaces all owners.
     *
     * @param owners the owners
     * @return this builder
     */
    public Builder owners(List<UserId> owners) {
      this.owners = Change.set(List.copyOf(owners));
      return this;
    }

    /**
     * Builds the update.
     *
     * @return the update
     */
    public UpdateReportScheduleRequest build() {
      return new UpdateReportScheduleRequest(name, description, crontab, timezone, active, chart, dashboard, sql,
          validatorConfigJson, reportFormat, emailSubject, recipients, owners);
    }
  }
}
