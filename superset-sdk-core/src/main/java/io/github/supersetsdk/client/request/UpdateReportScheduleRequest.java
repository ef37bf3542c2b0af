package io.github.supersetsdk.client.request;

import io.github.supersetsdk.client.id.ChartId;
import io.github.supersetsdk.client.id.DashboardId;
import io.github.supersetsdk.client.id.UserId;
import io.github.supersetsdk.client.model.ReportRecipient;
import io.github.supersetsdk.codegen.Clearable;
import io.github.supersetsdk.codegen.GeneratedBuilder;
import java.util.List;

/**
 * A partial update of a report or alert schedule: only fields that are set or cleared are sent.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.RequestSnippets region=UpdateReportScheduleRequest}
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
@GeneratedBuilder
public record UpdateReportScheduleRequest(
    Change<String> name,
    @Clearable Change<String> description,
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
    Change<List<UserId>> owners) implements UpdateReportScheduleRequestBuilder.Methods {

  /**
   * Validates the components.
   *
   * @throws NullPointerException if a component is null
   */
  public UpdateReportScheduleRequest {
    for (Change<?> c : List.of(name, description, crontab, timezone, active, chart, dashboard, sql,
        validatorConfigJson, reportFormat, emailSubject, recipients, owners)) {
    }
  }

  /** {@return a new builder that changes nothing yet} */
  public static Builder builder() {
    return UpdateReportScheduleRequestBuilder.create();
  }

  /** Builds an {@link UpdateReportScheduleRequest}. Not thread-safe. */
  public static final class Builder extends UpdateReportScheduleRequestBuilder {
    Builder() {}

    /**
     * Sends a chart instead of a dashboard: sets the chart and clears the dashboard.
     *
     * @param chart the chart to send
     * @return this builder
     * @throws NullPointerException if {@code chart} is null
     */
    public Builder chart(ChartId chart) {
      this.chart = Change.set(chart);
      this.dashboard = Change.clear();
      return this;
    }

    /**
     * Sends a dashboard instead of a chart: sets the dashboard and clears the chart.
     *
     * @param dashboard the dashboard to send
     * @return this builder
     * @throws NullPointerException if {@code dashboard} is null
     */
    public Builder dashboard(DashboardId dashboard) {
      this.dashboard = Change.set(dashboard);
      this.chart = Change.clear();
      return this;
    }
  }
}
