package io.github.supersetsdk.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.supersetsdk.client.id.ChartId;
import io.github.supersetsdk.client.id.DashboardId;
import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.id.ReportLogId;
import io.github.supersetsdk.client.id.ReportScheduleId;
import io.github.supersetsdk.client.internal.json.Json;
import io.github.supersetsdk.client.model.ReportRecipient;
import io.github.supersetsdk.client.model.ReportSchedule;
import io.github.supersetsdk.client.model.ReportScheduleType;
import io.github.supersetsdk.client.request.CreateReportScheduleRequest;
import io.github.supersetsdk.client.request.ListQuery;
import io.github.supersetsdk.client.request.UpdateReportScheduleRequest;
import io.github.supersetsdk.client.testing.FakeSuperset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ReportsClientTest {

  @RegisterExtension
  static final FakeSuperset superset = FakeSuperset.withoutRetries();

  @Test
  void create_alert_sendsWireShapeWithRecipientConfig() throws Exception {
    superset.stubFor(post(urlPathEqualTo("/api/v1/report/")).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody("{\"id\":5,\"result\":{}}")));
    try (SupersetClient client = superset.clientBuilder().build()) {
      ReportScheduleId id = client.reports().create(
          CreateReportScheduleRequest.alert("Late orders", "*/15 * * * *", DatabaseId.of(2), "select count(*) from t")
              .validator("operator", "{\"op\": \">\", \"threshold\": 10}")
              .dashboard(DashboardId.of(4))
              .recipient(new ReportRecipient("Email", "a@example.com", "b@example.com", null))
              .active(false)
              .build());
      assertThat(id).isEqualTo(ReportScheduleId.of(5));
    }
    JsonNode body = Json.mapper().readTree(superset.single("POST", "/api/v1/report/").getBodyAsString());
    assertThat(body.get("type").asText()).isEqualTo("Alert");
    assertThat(body.get("database").asLong()).isEqualTo(2);
    assertThat(body.get("dashboard").asLong()).isEqualTo(4);
    assertThat(body.has("chart")).isFalse();
    assertThat(body.get("active").asBoolean()).isFalse();
    assertThat(body.get("validator_type").asText()).isEqualTo("operator");
    assertThat(body.get("validator_config_json").get("threshold").asInt()).isEqualTo(10);
    JsonNode recipient = body.get("recipients").get(0);
    assertThat(recipient.get("type").asText()).isEqualTo("Email");
    assertThat(recipient.get("recipient_config_json").get("target").asText()).isEqualTo("a@example.com");
    assertThat(recipient.get("recipient_config_json").get("ccTarget").asText()).isEqualTo("b@example.com");
  }

  @Test
  void create_withoutChartOrDashboard_isRejectedLocally() {
    assertThatThrownBy(() -> CreateReportScheduleRequest.report("r", "0 * * * *").build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void getAndList_decodeBothShapes() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/report/1")).willReturn(okJson("""
        {"id": 1, "result": {"id": 1, "type": "Report", "name": "weekly", "crontab": "0 * * * *", "active": false,
          "chart": null, "dashboard": {"dashboard_title": "d", "id": 4}, "database": null, "timezone": "UTC",
          "recipients": [{"id": 1, "recipient_config_json": "{\\"target\\": \\"a@example.com\\"}", "type": "Email"}],
          "owners": [{"email": "admin@example.com", "first_name": "Admin", "id": 1, "last_name": "User"}],
          "last_state": "Not triggered", "log_retention": 90}}
        """)));
    superset.stubFor(get(urlPathEqualTo("/api/v1/report/")).willReturn(okJson("""
        {"count": 1, "result": [{"id": 1, "type": "Report", "name": "weekly", "crontab": "0 * * * *",
          "crontab_humanized": "Every hour", "chart_id": 7, "dashboard_id": null, "active": true,
          "recipients": [{"id": 1, "type": "Email"}], "changed_on": "2026-11-25T11:33:24.978959"}]}
        """)));
    try (SupersetClient client = superset.clientBuilder().build()) {
      ReportSchedule one = client.reports().get(ReportScheduleId.of(1));
      assertThat(one.dashboardId()).isEqualTo(DashboardId.of(4));
      assertThat(one.chartId()).isNull();
      assertThat(one.type()).isEqualTo(ReportScheduleType.REPORT);
      assertThat(one.recipients()).containsExactly(ReportRecipient.email("a@example.com"));
      assertThat(one.owners().get(0).firstName()).isEqualTo("Admin");
      ReportSchedule listed = client.reports().list(ListQuery.all()).stream().findFirst().orElseThrow();
      assertThat(listed.chartId()).isEqualTo(ChartId.of(7));
      assertThat(listed.crontabHumanized()).isEqualTo("Every hour");
      assertThat(listed.recipients()).singleElement().satisfies(r -> assertThat(r.type()).isEqualTo("Email"));
    }
  }

  @Test
  void update_sendsOnlyChangedFields() {
    superset.stubFor(put(urlPathEqualTo("/api/v1/report/1")).willReturn(okJson("{\"id\":1,\"result\":{}}")));
    try (SupersetClient client = superset.clientBuilder().build()) {
      client.reports().update(ReportScheduleId.of(1),
          UpdateReportScheduleRequest.builder().active(true).clearDescription().chart(ChartId.of(9)).build());
    }
    assertThat(superset.single("PUT", "/api/v1/report/1").getBodyAsString())
        .isEqualTo("{\"description\":null,\"active\":true,\"chart\":9,\"dashboard\":null}");
  }

  @Test
  void logsDeleteAndSlack_useExpectedPaths() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/report/1/log/")).willReturn(okJson("""
        {"count": 1, "ids": [3], "result": [{"id": 3, "state": "Error", "scheduled_dttm": "2026-11-25T11:00:00",
          "error_message": "no mail server", "uuid": "6f1c0f4e-4a8e-4d5e-9a34-2a8d8f3e8f11"}]}
        """)));
    superset.stubFor(get(urlPathEqualTo("/api/v1/report/1/log/3")).willReturn(okJson(
        "{\"id\":3,\"result\":{\"id\":3,\"state\":\"Error\",\"value\":2.5}}")));
    superset.stubFor(delete(urlPathEqualTo("/api/v1/report/")).willReturn(okJson("{\"message\":\"Deleted 2\"}")));
    superset.stubFor(get(urlPathEqualTo("/api/v1/report/slack_channels/")).willReturn(okJson(
        "{\"result\":[{\"id\":\"C1\",\"name\":\"general\"}]}")));
    try (SupersetClient client = superset.clientBuilder().build()) {
      assertThat(client.reports().logs(ReportScheduleId.of(1), ListQuery.all()).stream().toList())
          .singleElement().satisfies(l -> {
            assertThat(l.errorMessage()).isEqualTo("no mail server");
            assertThat(l.uuid()).isNotNull();
          });
      assertThat(client.reports().log(ReportScheduleId.of(1), ReportLogId.of(3)).value()).isEqualTo(2.5);
      client.reports().delete(List.of(ReportScheduleId.of(1), ReportScheduleId.of(2)));
      assertThat(client.reports().slackChannels("gen", false)).singleElement()
          .satisfies(c -> assertThat(c.name()).isEqualTo("general"));
    }
    assertThat(FakeSuperset.q(superset.single("DELETE", "/api/v1/report/"))).isEqualTo("!(1,2)");
    assertThat(FakeSuperset.q(superset.single("GET", "/api/v1/report/slack_channels/")))
        .isEqualTo("(search_string:gen,force:!f)");
  }
}
