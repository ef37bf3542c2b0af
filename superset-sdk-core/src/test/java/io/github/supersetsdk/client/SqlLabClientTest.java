package io.github.supersetsdk.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.supersetsdk.client.exception.BadRequestException;
import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.id.QueryId;
import io.github.supersetsdk.client.internal.json.Json;
import io.github.supersetsdk.client.model.SqlLabPermalinkState;
import io.github.supersetsdk.client.model.SqlLabResult;
import io.github.supersetsdk.client.request.SqlLabExecuteRequest;
import io.github.supersetsdk.client.testing.FakeSuperset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SqlLabClientTest {

  @RegisterExtension
  static final FakeSuperset superset = FakeSuperset.withoutRetries();

  @Test
  void execute_validRequest_sendsCamelCaseFieldsAndDecodesRows() throws Exception {
    superset.stubFor(post(urlPathEqualTo("/api/v1/sqllab/execute/")).willReturn(okJson("""
        {"query_id": 7, "status": "success",
         "data": [{"tenant_id": 1, "n": 49, "d": null}],
         "columns": [{"column_name": "tenant_id", "name": "tenant_id", "type": "INTEGER", "is_dttm": false},
                     {"column_name": "n", "name": "n", "type": "LONGINTEGER", "is_dttm": false},
                     {"column_name": "d", "name": "d", "type": "DATE", "is_dttm": true}],
         "query": {"dbId": 3, "db": "warehouse", "id": "abc12", "queryId": 7, "limit": 100, "rows": 1,
                   "state": "success", "executedSql": "SELECT 1 LIMIT 101", "startDttm": 1795606059926.75,
                   "endDttm": 1795606059983.05, "resultsKey": null, "userId": 1, "limitingFactor": "NOT_LIMITED"}}
        """)));
    try (SupersetClient client = superset.clientBuilder().build()) {
      SqlLabResult result = client.sqlLab().execute(
          SqlLabExecuteRequest.builder(DatabaseId.of(3), "select 1").schema("marts").limit(100).clientId("abc12").build());

      assertThat(result.isSuccess()).isTrue();
      assertThat(result.queryId()).isEqualTo(QueryId.of(7));
      assertThat(result.columns()).extracting(c -> c.name()).containsExactly("tenant_id", "n", "d");
      assertThat(result.columns().get(2).temporal()).isTrue();
      assertThat(result.rows()).hasSize(1);
      assertThat(result.rows().get(0)).containsEntry("tenant_id", 1L).containsEntry("d", null);
      assertThat(result.query().database().id()).isEqualTo(DatabaseId.of(3));
      assertThat(result.query().clientId()).isEqualTo("abc12");
      assertThat(result.query().executedSql()).isEqualTo("SELECT 1 LIMIT 101");
      assertThat(result.query().startTime().toEpochMilli()).isEqualTo(1795606059927L);
    }
    LoggedRequest sent = superset.single("POST", "/api/v1/sqllab/execute/");
    JsonNode body = Json.mapper().readTree(sent.getBodyAsString());
    assertThat(body.get("database_id").asLong()).isEqualTo(3);
    assertThat(body.get("sql").asText()).isEqualTo("select 1");
    assertThat(body.get("schema").asText()).isEqualTo("marts");
    assertThat(body.get("queryLimit").asInt()).isEqualTo(100);
    assertThat(body.get("client_id").asText()).isEqualTo("abc12");
    assertThat(body.get("runAsync").asBoolean()).isFalse();
    assertThat(body.has("catalog")).isFalse();
    assertThat(sent.getHeader("X-CSRFToken")).isEqualTo(FakeSuperset.CSRF_TOKEN);
  }

  @Test
  void execute_databaseError_throwsBadRequestWithoutRetrying() {
    superset.stubFor(post(urlPathEqualTo("/api/v1/sqllab/execute/")).willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"errors\":[{\"message\":\"relation does not exist\",\"error_type\":\"OBJECT_DOES_NOT_EXIST_ERROR\"}]}")));
    try (SupersetClient client = superset.clientBuilder().build()) {
      assertThatThrownBy(() -> client.sqlLab().execute(SqlLabExecuteRequest.of(DatabaseId.of(1), "select * from nope")))
          .isInstanceOf(BadRequestException.class);
    }
    superset.single("POST", "/api/v1/sqllab/execute/");
  }

  @Test
  void request_clientIdTooLong_isRejected() {
    assertThatThrownBy(() -> SqlLabExecuteRequest.builder(DatabaseId.of(1), "select 1").clientId("123456789012").build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SqlLabExecuteRequest.of(DatabaseId.of(1), " ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void results_key_sendsRisonKey() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/sqllab/results/")).willReturn(okJson(
        "{\"status\":\"success\",\"data\":[{\"a\":1}],\"columns\":[{\"name\":\"a\",\"type\":\"INT\"}],\"query\":{\"queryId\":9}}")));
    try (SupersetClient client = superset.clientBuilder().build()) {
      SqlLabResult result = client.sqlLab().results("key-1");
      assertThat(result.queryId()).isEqualTo(QueryId.of(9));
      assertThat(result.columns()).extracting(c -> c.name()).containsExactly("a");
    }
    assertThat(FakeSuperset.q(superset.single("GET", "/api/v1/sqllab/results/"))).isEqualTo("(key:key-1)");
  }

  @Test
  void formatAndEstimate_decodeResults() {
    superset.stubFor(post(urlPathEqualTo("/api/v1/sqllab/format_sql/")).willReturn(okJson("{\"result\":\"SELECT\\n  1\"}")));
    superset.stubFor(post(urlPathEqualTo("/api/v1/sqllab/estimate/"))
        .willReturn(okJson("{\"result\":[{\"Start-up cost\":0.0,\"Total cost\":12.5}]}")));
    try (SupersetClient client = superset.clientBuilder().build()) {
      assertThat(client.sqlLab().formatSql("select 1", DatabaseId.of(2))).isEqualTo("SELECT\n  1");
      assertThat(client.sqlLab().estimate(DatabaseId.of(2), "select 1", null).statements().get(0))
          .containsEntry("Total cost", 12.5);
    }
    assertThat(superset.single("POST", "/api/v1/sqllab/format_sql/").getBodyAsString())
        .isEqualTo("{\"sql\":\"select 1\",\"database_id\":2}");
  }

  @Test
  void exports_returnCsvBytes() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/sqllab/export/abc12/"))
        .willReturn(aResponse().withHeader("Content-Type", "text/csv").withBody("a\n1\n")));
    superset.stubFor(post(urlPathEqualTo("/api/v1/sqllab/export_streaming/"))
        .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
        .willReturn(aResponse().withHeader("Content-Type", "text/csv").withBody("a\n2\n")));
    try (SupersetClient client = superset.clientBuilder().build()) {
      assertThat(new String(client.sqlLab().exportCsv("abc12"), StandardCharsets.UTF_8)).isEqualTo("a\n1\n");
      assertThat(new String(client.sqlLab().exportCsvStreaming("abc12", 5, "out file.csv"), StandardCharsets.UTF_8))
          .isEqualTo("a\n2\n");
    }
    assertThat(superset.single("POST", "/api/v1/sqllab/export_streaming/").getBodyAsString())
        .isEqualTo("client_id=abc12&expected_rows=5&filename=out+file.csv");
  }

  @Test
  void permalink_roundTrip_usesSqlLabStateFields() throws Exception {
    superset.stubFor(post(urlPathEqualTo("/api/v1/sqllab/permalink"))
        .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
            .withBody("{\"key\":\"K1\",\"url\":\"http://x/sqllab/p/K1/\"}")));
    superset.stubFor(get(urlPathEqualTo("/api/v1/sqllab/permalink/K1"))
        .willReturn(okJson("{\"dbId\":4,\"name\":\"tab\",\"sql\":\"select 2\",\"autorun\":false}")));
    try (SupersetClient client = superset.clientBuilder().build()) {
      assertThat(client.sqlLab().createPermalink(SqlLabPermalinkState.of(DatabaseId.of(4), "tab", "select 2")).key())
          .isEqualTo("K1");
      SqlLabPermalinkState state = client.sqlLab().getPermalink("K1");
      assertThat(state.databaseId()).isEqualTo(DatabaseId.of(4));
      assertThat(state.sql()).isEqualTo("select 2");
      assertThat(state.autorun()).isFalse();
    }
    JsonNode body = Json.mapper().readTree(superset.single("POST", "/api/v1/sqllab/permalink").getBodyAsString());
    assertThat(body.get("dbId").asLong()).isEqualTo(4);
    assertThat(body.get("name").asText()).isEqualTo("tab");
  }

  @Test
  void state_bootstrap_listsDatabasesAndTabs() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/sqllab/")).willReturn(okJson("""
        {"result": {"databases": {"1": {"id": 1, "database_name": "warehouse", "backend": "postgresql", "allow_run_async": false}},
         "queries": {"q1": {"id": "q1", "queryId": 5, "state": "success", "sql": "select 1"}},
         "tab_state_ids": [[3, "Untitled"]], "active_tab": {"label": "Untitled", "sql": "select 1"}}}
        """)));
    try (SupersetClient client = superset.clientBuilder().build()) {
      var state = client.sqlLab().state();
      assertThat(state.databases()).singleElement().satisfies(d -> {
        assertThat(d.id()).isEqualTo(DatabaseId.of(1));
        assertThat(d.backend()).isEqualTo("postgresql");
      });
      assertThat(state.tabStateIds()).containsExactly("3");
      assertThat(state.activeTabLabel()).isEqualTo("Untitled");
      assertThat(state.recentQueries()).singleElement().satisfies(q -> assertThat(q.id()).isEqualTo(QueryId.of(5)));
    }
  }
}
