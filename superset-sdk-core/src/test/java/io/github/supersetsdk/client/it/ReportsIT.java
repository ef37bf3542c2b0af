package io.github.supersetsdk.client.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.id.DashboardId;
import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.id.ReportScheduleId;
import io.github.supersetsdk.client.model.ReportRecipient;
import io.github.supersetsdk.client.model.ReportSchedule;
import io.github.supersetsdk.client.model.ReportScheduleType;
import io.github.supersetsdk.client.request.CreateDashboardRequest;
import io.github.supersetsdk.client.request.CreateReportScheduleRequest;
import io.github.supersetsdk.client.request.Filter;
import io.github.supersetsdk.client.request.FilterOperator;
import io.github.supersetsdk.client.request.ListQuery;
import io.github.supersetsdk.client.request.UpdateReportScheduleRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Report and alert schedules, created inactive so that nothing is ever sent (the services have no
 * mail server).
 */
@ExtendWith(NoSecretsInLogs.class)
class ReportsIT {

  private static SupersetClient client;
  private static DatabaseId warehouse;
  private static final List<DashboardId> dashboards = new ArrayList<>();

  @BeforeAll
  static void setUp() {
    client = ResourceItEnv.client();
    warehouse = ResourceItEnv.warehouse(client);
  }

  @AfterAll
  static void tearDown() {
    try {
      // Schedules of this and earlier runs first: a dashboard with a schedule cannot be deleted.
      List<ReportScheduleId> left = client.reports()
          .list(ListQuery.where(Filter.of("name", FilterOperator.STARTS_WITH, "sdk-it-")))
          .stream().map(ReportSchedule::id).toList();
      if (!left.isEmpty()) {
        client.reports().delete(left);
      }
      for (DashboardId d : dashboards) {
        client.dashboards().delete(d);
      }
    } finally {
      client.close();
    }
  }

  /** Superset allows one report per dashboard, so each schedule gets its own. */
  private static DashboardId newDashboard() {
    DashboardId d = client.dashboards().create(
        CreateDashboardRequest.builder("sdk-it-report-" + ResourceItEnv.unique()).build());
    dashboards.add(d);
    return d;
  }

  @Test
  void report_crud() {
    DashboardId dashboard = newDashboard();
    String name = "sdk-it-report-" + ResourceItEnv.unique();
    ReportScheduleId id = client.reports().create(CreateReportScheduleRequest.report(name, "0 8 * * 1")
        .dashboard(dashboard)
        .recipient(ReportRecipient.email("analytics@example.com"))
        .timezone("Europe/Berlin")
        .reportFormat("PNG")
        .active(false)
        .build());
    try {
      ReportSchedule read = client.reports().get(id);
      assertThat(read.name()).isEqualTo(name);
      assertThat(read.type()).isEqualTo(ReportScheduleType.REPORT);
      assertThat(read.dashboardId()).isEqualTo(dashboard);
      assertThat(read.active()).isFalse();
      assertThat(read.timezone()).isEqualTo("Europe/Berlin");
      assertThat(read.recipients()).containsExactly(ReportRecipient.email("analytics@example.com"));

      client.reports().update(id, UpdateReportScheduleRequest.builder()
          .description("weekly")
          .crontab("0 9 * * 1")
          .recipients(List.of(ReportRecipient.email("cfo@example.com")))
          .build());
      ReportSchedule updated = client.reports().get(id);
      assertThat(updated.description()).isEqualTo("weekly");
      assertThat(updated.crontab()).isEqualTo("0 9 * * 1");
      assertThat(updated.recipients()).extracting(ReportRecipient::target).containsExactly("cfo@example.com");

      List<ReportSchedule> listed = client.reports().list(ListQuery.where(Filter.eq("name", name))).stream().toList();
      assertThat(listed).singleElement().satisfies(r -> {
        assertThat(r.id()).isEqualTo(id);
        assertThat(r.crontabHumanized()).isNotBlank();
      });
      assertThat(client.reports().logs(id, ListQuery.all()).stream().toList()).isEmpty();
      assertThat(client.reports().info().can("can_write")).isTrue();
      assertThat(client.reports().related("dashboard", null).stream().map(r -> r.value()).toList())
          .contains(dashboard.value());
    } finally {
      client.reports().delete(id);
    }
    assertThat(client.reports().find(id)).isEmpty();
  }

  @Test
  void alert_createAndBulkDelete() {
    DashboardId dashboard = newDashboard();
    String name = "sdk-it-alert-" + ResourceItEnv.unique();
    ReportScheduleId alert = client.reports().create(
        CreateReportScheduleRequest.alert(name, "*/30 * * * *", warehouse, "select count(*) from marts.fct_orders")
            .validator("operator", "{\"op\": \">\", \"threshold\": 1000000}")
            .dashboard(dashboard)
            .recipient(ReportRecipient.email("ops@example.com"))
            .active(false)
            .build());
    ReportScheduleId second = client.reports().create(CreateReportScheduleRequest.report(name + "-r", "0 7 * * *")
        .dashboard(newDashboard()).recipient(ReportRecipient.email("ops@example.com")).active(false).build());
    ReportSchedule read = client.reports().get(alert);
    assertThat(read.type()).isEqualTo(ReportScheduleType.ALERT);
    assertThat(read.databaseId()).isEqualTo(warehouse);
    assertThat(read.validatorType()).isEqualTo("operator");
    assertThat(read.validatorConfigJson()).contains("1000000");

    client.reports().delete(List.of(alert, second));

    assertThat(client.reports().find(alert)).isEmpty();
    assertThat(client.reports().find(second)).isEmpty();
  }
}
