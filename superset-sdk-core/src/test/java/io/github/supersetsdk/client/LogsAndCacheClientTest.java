package io.github.supersetsdk.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.id.LogId;
import io.github.supersetsdk.client.id.UserId;
import io.github.supersetsdk.client.model.AuditLogEntry;
import io.github.supersetsdk.client.model.CacheDatasource;
import io.github.supersetsdk.client.request.FilterOperator;
import io.github.supersetsdk.client.request.ListQuery;
import io.github.supersetsdk.client.request.SortDirection;
import io.github.supersetsdk.client.testing.FakeSuperset;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LogsAndCacheClientTest {

  @RegisterExtension
  static final FakeSuperset superset = FakeSuperset.withoutRetries();

  @Test
  void logsList_entriesWithoutIds_takeIdsFromEnvelope() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/log/")).willReturn(okJson("""
        {"count": 2, "ids": [20, 19], "result": [
          {"action": "DatabaseRestApi.delete", "dttm": "2026-11-25T11:31:39.027104", "duration_ms": 34,
           "json": "{}", "user": {"first_name": "Admin", "last_name": "User", "username": "admin"}, "user_id": 1},
          {"action": "log", "dttm": "2026-11-25T11:30:00", "user": null, "user_id": null, "dashboard_id": 4}]}
        """)));
    try (SupersetClient client = superset.clientBuilder().build()) {
      ListQuery query = ListQuery.builder()
          .filter("action", FilterOperator.ENDS_WITH, ".delete")
          .orderBy("dttm", SortDirection.DESC)
          .pageSize(2)
          .build();
      List<AuditLogEntry> entries = client.logs().list(query).stream().toList();
      assertThat(entries).extracting(AuditLogEntry::id).containsExactly(LogId.of(20), LogId.of(19));
      assertThat(entries.get(0).user().username()).isEqualTo("admin");
      assertThat(entries.get(0).userId()).isEqualTo(UserId.of(1));
      assertThat(entries.get(0).dttm()).isEqualTo(Instant.parse("2026-11-25T11:31:39.027104Z"));
      assertThat(entries.get(1).dashboardId().value()).isEqualTo(4);
    }
    // Two items of a count of two on a page of two: no second request.
    assertThat(FakeSuperset.q(superset.single("GET", "/api/v1/log/"))).isEqualTo(
        "(filters:!((col:action,opr:ew,value:.delete)),order_column:dttm,order_direction:desc,page:0,page_size:2,keys:!(none))");
  }

  @Test
  void logGetAndRecentActivity_decode() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/log/20")).willReturn(okJson(
        "{\"id\":20,\"result\":{\"action\":\"x\",\"dttm\":\"2026-11-25T11:31:39\",\"slice_id\":7}}")));
    superset.stubFor(get(urlPathEqualTo("/api/v1/log/recent_activity/")).willReturn(okJson(
        "{\"result\":[{\"action\":\"dashboard\",\"item_title\":\"Sales\",\"item_type\":\"dashboard\","
            + "\"item_url\":\"/superset/dashboard/1/\",\"time\":1795606059926.7,\"time_delta_humanized\":\"now\"}]}")));
    try (SupersetClient client = superset.clientBuilder().build()) {
      AuditLogEntry entry = client.logs().get(LogId.of(20));
      assertThat(entry.id()).isEqualTo(LogId.of(20));
      assertThat(entry.sliceId().value()).isEqualTo(7);
      var activity = client.logs().recentActivity(List.of("dashboard"), true, 5);
      assertThat(activity).singleElement().satisfies(a -> {
        assertThat(a.itemTitle()).isEqualTo("Sales");
        assertThat(a.time()).isEqualTo(Instant.ofEpochMilli(1795606059926L));
      });
    }
    assertThat(FakeSuperset.q(superset.single("GET", "/api/v1/log/recent_activity/")))
        .isEqualTo("(actions:!(dashboard),distinct:!t,page:0,page_size:5)");
  }

  @Test
  void invalidate_datasetIds_sendsDatasourceUids() {
    superset.stubFor(post(urlPathEqualTo("/api/v1/cachekey/invalidate")).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody("{}")));
    try (SupersetClient client = superset.clientBuilder().build()) {
      client.serverCache().invalidate(List.of(DatasetId.of(3), DatasetId.of(8)));
    }
    assertThat(superset.single("POST", "/api/v1/cachekey/invalidate").getBodyAsString())
        .isEqualTo("{\"datasource_uids\":[\"3__table\",\"8__table\"],\"datasources\":[]}");
  }

  @Test
  void invalidateDatasources_sendsNamedDatasources() {
    superset.stubFor(post(urlPathEqualTo("/api/v1/cachekey/invalidate")).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody("{}")));
    try (SupersetClient client = superset.clientBuilder().build()) {
      client.serverCache().invalidateDatasources(List.of(CacheDatasource.table("wh", "marts", "fct_orders")));
    }
    assertThat(superset.single("POST", "/api/v1/cachekey/invalidate").getBodyAsString()).isEqualTo(
        "{\"datasource_uids\":[],\"datasources\":[{\"datasource_type\":\"table\",\"database_name\":\"wh\","
            + "\"schema\":\"marts\",\"datasource_name\":\"fct_orders\"}]}");
  }
}
