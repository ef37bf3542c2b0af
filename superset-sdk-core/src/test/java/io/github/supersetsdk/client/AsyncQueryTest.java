package io.github.supersetsdk.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.supersetsdk.client.exception.QueryFailedException;
import io.github.supersetsdk.client.exception.QueryStoppedException;
import io.github.supersetsdk.client.exception.QueryTimeoutException;
import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.id.QueryId;
import io.github.supersetsdk.client.internal.json.Json;
import io.github.supersetsdk.client.model.QueryResult;
import io.github.supersetsdk.client.model.QueryState;
import io.github.supersetsdk.client.request.SqlLabExecuteRequest;
import io.github.supersetsdk.client.testing.FakeSuperset;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The states, back-off and timeouts of {@link AsyncQuery} against a fake Superset. */
class AsyncQueryTest {

  @RegisterExtension
  static final FakeSuperset superset = FakeSuperset.withoutRetries();

  private static final String SUBMITTED = """
      {"query": {"id": "cid42", "queryId": 42, "dbId": 3, "state": "pending", "limit": 10,
                 "limitingFactor": "DROPDOWN"}}""";

  private final List<QueryEvent> events = new CopyOnWriteArrayList<>();

  @BeforeEach
  void submitAnswersPending() {
    superset.stubFor(post(urlPathEqualTo("/api/v1/sqllab/execute/"))
        .willReturn(aResponse().withStatus(202).withHeader("Content-Type", "application/json").withBody(SUBMITTED)));
    superset.stubFor(post(urlPathEqualTo("/api/v1/query/stop")).willReturn(okJson("{\"result\": \"OK\"}")));
  }

  private SupersetClient client(int maxQueries) {
    return superset.clientBuilder()
        .queryPollInterval(Duration.ofMillis(20), Duration.ofMillis(80))
        .maxQueriesInFlight(maxQueries)
        .callTimeout(Duration.ofSeconds(2))
        .addEventListener(new ClientEventListener() {
          @Override
          public void queryCompleted(QueryEvent event) {
            events.add(event);
          }
        })
        .build();
  }

  private static String state(String status, String extra) {
    return "{\"id\": 42, \"result\": {\"id\": 42, \"client_id\": \"cid42\", \"status\": \"" + status + "\","
        + " \"start_time\": \"1000.0\", \"start_running_time\": " + (status.equals("pending") ? "null" : "\"1050.0\"")
        + extra + "}}";
  }

  private static void states(String... bodies) {
    // Each poll moves to the next answer; the last one repeats.
    String current = STARTED;
    for (int i = 0; i < bodies.length; i++) {
      var stub = get(urlPathEqualTo("/api/v1/query/42")).inScenario("states").whenScenarioStateIs(current);
      if (i + 1 < bodies.length) {
        stub = stub.willSetStateTo("s" + (i + 1));
      }
      superset.stubFor(stub.willReturn(okJson(bodies[i])));
      current = "s" + (i + 1);
    }
  }

  @Test
  void await_pendingRunningSuccess_readsRowsFromResultsBackend() throws Exception {
    states(state("pending", ""), state("running", ""), state("running", ""),
        state("success", ", \"results_key\": \"rk-1\""));
    superset.stubFor(get(urlPathEqualTo("/api/v1/sqllab/results/")).willReturn(okJson("""
        {"query_id": 42, "status": "success",
         "data": [{"n": 1, "s": "a"}, {"n": 2, "s": null}],
         "columns": [{"column_name": "n", "name": "n", "type": "INTEGER", "is_dttm": false},
                     {"column_name": "s", "name": "s", "type": "STRING", "is_dttm": false}],
         "query": {"queryId": 42, "state": "success", "limitingFactor": "DROPDOWN", "rows": 2}}""")));
    try (SupersetClient client = client(4)) {
      AsyncQuery query = client.sqlLab().executeAsync(SqlLabExecuteRequest.of(DatabaseId.of(3), "select n, s from t"));
      assertThat(query.queryId()).isEqualTo(QueryId.of(42));
      assertThat(query.clientId()).isEqualTo("cid42");
      assertThat(query.isAsync()).isTrue();
      assertThat(query.state()).isEqualTo(QueryState.PENDING);

      QueryResult result = query.await(Duration.ofSeconds(5));

      assertThat(query.state()).isEqualTo(QueryState.SUCCESS);
      assertThat(result.columnNames()).containsExactly("n", "s");
      assertThat(result.rows()).containsExactly(List.of(1L, "a"), java.util.Arrays.asList(2L, null));
      assertThat(result.truncated()).isTrue();
      assertThat(query.await(Duration.ofSeconds(1))).isSameAs(result);
    }
    JsonNode body = Json.mapper().readTree(superset.single("POST", "/api/v1/sqllab/execute/").getBodyAsString());
    assertThat(body.get("runAsync").asBoolean()).isTrue();
    assertThat(body.get("client_id").asText()).hasSize(SqlLabExecuteRequest.MAX_CLIENT_ID_LENGTH);
    LoggedRequest results = superset.single("GET", "/api/v1/sqllab/results/");
    assertThat(FakeSuperset.q(results)).isEqualTo("(key:rk-1)");
    superset.verify(4, getRequestedFor(urlPathEqualTo("/api/v1/query/42")));
    superset.verify(0, postRequestedFor(urlPathEqualTo("/api/v1/query/stop")));
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo(QueryEvent.SQL_LAB);
      assertThat(e.async()).isTrue();
      assertThat(e.queryId()).isEqualTo("42");
      assertThat(e.outcome()).isEqualTo("SUCCESS");
      // 50 ms between start_time and start_running_time on the server; the polls alone take longer (20, 30,
      // 45 ms), so the client-side clamp to the elapsed time cannot cut it
      assertThat(e.queueWait()).isGreaterThanOrEqualTo(Duration.ofMillis(50));
    });
  }

  @Test
  void await_failed_throwsTypedErrorWithServerMessageAndQueryId() {
    states(state("running", ""), state("failed", ", \"error_message\": \"relation \\\"nope\\\" does not exist\""));
    try (SupersetClient client = client(4)) {
      AsyncQuery query = client.sqlLab().executeAsync(SqlLabExecuteRequest.of(DatabaseId.of(3), "select * from nope"));
      assertThatThrownBy(() -> query.await(Duration.ofSeconds(5)))
          .isInstanceOfSatisfying(QueryFailedException.class, e -> {
            assertThat(e.queryId()).isEqualTo("42");
            assertThat(e.state()).isEqualTo("failed");
            assertThat(e.serverMessage()).isEqualTo("relation \"nope\" does not exist");
            assertThat(e.getMessage()).contains("query 42 failed").contains("nope");
            assertThat(e.isRetryable()).isFalse();
          });
    }
    assertThat(events).singleElement().extracting(QueryEvent::outcome).isEqualTo("FAILED");
  }

  @Test
  void await_timeoutWhilePending_cancelsAndSaysNoWorkerTookIt() {
    states(state("pending", ""));
    try (SupersetClient client = client(4)) {
      AsyncQuery query = client.sqlLab().executeAsync(SqlLabExecuteRequest.of(DatabaseId.of(3), "select 1"));
      long start = System.nanoTime();
      assertThatThrownBy(() -> query.await(Duration.ofMillis(400)))
          .isInstanceOfSatisfying(QueryTimeoutException.class, e -> {
            assertThat(e.cancelled()).isTrue();
            assertThat(e.neverStarted()).isTrue();
            assertThat(e.queryId()).isEqualTo("42");
            assertThat(e.timeout()).isEqualTo(Duration.ofMillis(400));
            assertThat(e.getMessage()).contains("no Celery worker").contains("asked Superset to stop it");
            assertThat(e.isRetryable()).isTrue();
          });
      long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      assertThat(elapsedMs).isBetween(400L, 1500L);
    }
    LoggedRequest stop = superset.single("POST", "/api/v1/query/stop");
    assertThat(stop.getBodyAsString()).contains("\"client_id\":\"cid42\"");
    assertThat(events).singleElement().extracting(QueryEvent::outcome).isEqualTo("TIMEOUT");
  }

  @Test
  void await_timeoutWithoutCancel_leavesQueryRunningAndKeepsSlot() {
    states(state("running", ""));
    try (SupersetClient client = client(1)) {
      AsyncQuery query = client.sqlLab().executeAsync(SqlLabExecuteRequest.of(DatabaseId.of(3), "select 1"));
      assertThatThrownBy(() -> query.await(Duration.ofMillis(200), false))
          .isInstanceOfSatisfying(QueryTimeoutException.class, e -> {
            assertThat(e.cancelled()).isFalse();
            assertThat(e.neverStarted()).isFalse();
            assertThat(e.getMessage()).contains("still running on the server");
          });
      superset.verify(0, postRequestedFor(urlPathEqualTo("/api/v1/query/stop")));
      // The slot is still held: a second query waits for it and gives up at the call timeout.
      assertThatThrownBy(() -> client.sqlLab().executeAsync(SqlLabExecuteRequest.of(DatabaseId.of(3), "select 2")))
          .isInstanceOfSatisfying(QueryTimeoutException.class, e -> {
            assertThat(e.queryId()).isNull();
            assertThat(e.getMessage()).contains("maxQueriesInFlight");
          });
      query.close();
      superset.single("POST", "/api/v1/query/stop");
      // Closing gave the slot back.
      try (AsyncQuery next = client.sqlLab().executeAsync(SqlLabExecuteRequest.of(DatabaseId.of(3), "select 3"))) {
        assertThat(next.queryId()).isEqualTo(QueryId.of(42));
      }
    }
  }

  @Test
  void derivedClients_shareTheirParentsQuerySlots_unlessGivenTheirOwn() {
    states(state("running", ""));
    try (SupersetClient parent = client(1)) {
      AsyncQuery held = parent.sqlLab().executeAsync(SqlLabExecuteRequest.of(DatabaseId.of(3), "select 1"));
      // A guest client per tenant, derived from the service's client: one bound for all of them.
      try (SupersetClient derived = parent.newBuilder().build()) {
        assertThatThrownBy(() -> derived.sqlLab().executeAsync(SqlLabExecuteRequest.of(DatabaseId.of(3), "select 2")))
            .isInstanceOfSatisfying(QueryTimeoutException.class,
                e -> assertThat(e.getMessage()).contains("all 1 of the client's maxQueriesInFlight"));
      }
      try (SupersetClient own = parent.newBuilder().maxQueriesInFlight(1).build();
          AsyncQuery q = own.sqlLab().executeAsync(SqlLabExecuteRequest.of(DatabaseId.of(3), "select 3"))) {
        assertThat(q.queryId()).isEqualTo(QueryId.of(42));
      }
      held.close();
      try (SupersetClient derived = parent.newBuilder().build();
          AsyncQuery q = derived.sqlLab().executeAsync(SqlLabExecuteRequest.of(DatabaseId.of(3), "select 4"))) {
        assertThat(q.queryId()).isEqualTo(QueryId.of(42));
      }
    }
  }

  @Test
  void await_backoff_pollsLessOftenAsItWaits() {
    states(state("running", ""));
    try (SupersetClient client = client(4)) {
      AsyncQuery query = client.sqlLab().executeAsync(SqlLabExecuteRequest.of(DatabaseId.of(3), "select 1"));
      assertThatThrownBy(() -> query.await(Duration.ofMillis(1000), false)).isInstanceOf(QueryTimeoutException.class);
      query.close();
    }
    // 20, 30, 45, 67, 80, 80, ... ms: about 14 polls in a second, far fewer than at a fixed 20 ms (50).
    int polls = superset.findAll(getRequestedFor(urlPathEqualTo("/api/v1/query/42"))).size();
    assertThat(polls).isBetween(6, 20);
  }

  @Test
  void future_cancelled_stopsQuery() throws Exception {
    states(state("running", ""), state("stopped", ""));
    superset.stubFor(get(urlPathEqualTo("/api/v1/query/42")).inScenario("states").whenScenarioStateIs("s1")
        .willReturn(okJson(state("running", ""))));
    try (SupersetClient client = client(4)) {
      AsyncQuery query = client.sqlLab().executeAsync(SqlLabExecuteRequest.of(DatabaseId.of(3), "select 1"));
      CompletableFuture<QueryResult> future = query.future(Duration.ofSeconds(5));
      Thread.sleep(100);
      assertThat(future.cancel(true)).isTrue();
      assertThat(future).isCancelled();
    }
    superset.single("POST", "/api/v1/query/stop");
  }

  @Test
  void future_stoppedElsewhere_completesWithStoppedException() throws Exception {
    states(state("running", ""), state("stopped", ""));
    try (SupersetClient client = client(4)) {
      AsyncQuery query = client.sqlLab().executeAsync(SqlLabExecuteRequest.of(DatabaseId.of(3), "select 1"));
      CompletableFuture<QueryResult> future = query.future(Duration.ofSeconds(5));
      assertThatThrownBy(() -> future.get(5, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .hasCauseInstanceOf(QueryStoppedException.class);
    }
  }

  @Test
  void executeAsync_connectionWithoutAsync_returnsFinishedHandle() {
    superset.stubFor(post(urlPathEqualTo("/api/v1/sqllab/execute/")).willReturn(okJson("""
        {"query_id": 43, "status": "success", "data": [{"n": 1}],
         "columns": [{"column_name": "n", "name": "n", "type": "INTEGER", "is_dttm": false}],
         "query": {"id": "cid43", "queryId": 43, "state": "success", "limitingFactor": "NOT_LIMITED"}}""")));
    try (SupersetClient client = client(1)) {
      AsyncQuery query = client.sqlLab().executeAsync(SqlLabExecuteRequest.of(DatabaseId.of(3), "select 1 as n"));
      assertThat(query.isAsync()).isFalse();
      assertThat(query.state()).isEqualTo(QueryState.SUCCESS);
      QueryResult result = query.await(Duration.ofSeconds(1));
      assertThat(result.rows()).containsExactly(List.of(1L));
      assertThat(result.truncated()).isFalse();
      // The finished query gave its slot back at once.
      client.sqlLab().executeAsync(SqlLabExecuteRequest.of(DatabaseId.of(3), "select 1 as n")).close();
    }
    superset.verify(0, getRequestedFor(urlPathEqualTo("/api/v1/query/43")));
  }

  @Test
  void await_nonPositiveTimeout_rejected() {
    states(state("running", ""));
    try (SupersetClient client = client(4)) {
      AsyncQuery query = client.sqlLab().executeAsync(SqlLabExecuteRequest.of(DatabaseId.of(3), "select 1"));
      assertThatThrownBy(() -> query.await(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
      query.close();
    }
  }
}
