package io.github.supersetsdk.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.supersetsdk.client.exception.QueryFailedException;
import io.github.supersetsdk.client.exception.QueryTimeoutException;
import io.github.supersetsdk.client.id.ChartId;
import io.github.supersetsdk.client.model.ChartDataResponse;
import io.github.supersetsdk.client.testing.FakeSuperset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Chart data against a fake Superset with global async queries (202, async events, cached result). */
class ChartDataAsyncTest {

  @RegisterExtension
  static final FakeSuperset superset = FakeSuperset.withoutRetries();

  private static final String RESULT = """
      {"result": [{"colnames": ["n"], "coltypes": [0], "data": [{"n": 42}], "rowcount": 1, "status": "success"}]}""";

  private final List<QueryEvent> events = new CopyOnWriteArrayList<>();

  private static String token(String channel) {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    return b64.encodeToString("{\"alg\":\"HS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
        + b64.encodeToString(("{\"channel\":\"" + channel + "\",\"sub\":null}").getBytes(StandardCharsets.UTF_8))
        + ".sig";
  }

  private SupersetClient client(Duration chartTimeout) {
    return superset.clientBuilder()
        .queryPollInterval(Duration.ofMillis(20), Duration.ofMillis(50))
        .asyncChartDataTimeout(chartTimeout)
        .addEventListener(new ClientEventListener() {
          @Override
          public void queryCompleted(QueryEvent event) {
            events.add(event);
          }
        })
        .build();
  }

  private static void asyncServer(String channel) {
    superset.stubFor(get(urlPathEqualTo("/health")).willReturn(aResponse().withStatus(200)
        .withHeader("Set-Cookie", "async-token=" + token(channel) + "; HttpOnly; Path=/").withBody("OK")));
    superset.stubFor(get(urlPathEqualTo("/api/v1/chart/3/data/")).willReturn(aResponse().withStatus(202)
        .withHeader("Content-Type", "application/json")
        // A new channel cookie, as after a login: the client must keep polling the channel it sent.
        .withHeader("Set-Cookie", "async-token=" + token("other") + "; HttpOnly; Path=/")
        .withBody("{\"channel_id\": \"" + channel + "\", \"job_id\": \"job-1\", \"user_id\": 1, \"status\": \"pending\","
            + " \"errors\": [], \"result_url\": null}")));
  }

  @Test
  void data_jobAnswer_awaitsEventOnItsChannelAndReadsCachedResult() {
    asyncServer("c1");
    superset.stubFor(get(urlPathEqualTo("/api/v1/async_event/")).inScenario("events").whenScenarioStateIs(STARTED)
        .willSetStateTo("done").willReturn(okJson("{\"result\": []}")));
    superset.stubFor(get(urlPathEqualTo("/api/v1/async_event/")).inScenario("events").whenScenarioStateIs("done")
        .willReturn(okJson("""
            {"result": [
              {"id": "1-0", "channel_id": "c1", "job_id": "someone-else", "status": "done", "result_url": "/x"},
              {"id": "2-0", "channel_id": "c1", "job_id": "job-1", "status": "done",
               "result_url": "/api/v1/chart/data/qc-77", "errors": []}]}""")));
    superset.stubFor(get(urlPathEqualTo("/api/v1/chart/data/qc-77")).willReturn(okJson(RESULT)));
    try (SupersetClient client = client(Duration.ofSeconds(5))) {
      ChartDataResponse response = client.charts().data(ChartId.of(3));
      assertThat(response.first().data().get(0)).containsEntry("n", 42L);
    }
    LoggedRequest submitted = superset.single("GET", "/api/v1/chart/3/data/");
    assertThat(submitted.getHeader("Cookie")).contains("async-token=" + token("c1"));
    List<LoggedRequest> polls = superset.findAll(getRequestedFor(urlPathEqualTo("/api/v1/async_event/")));
    assertThat(polls).hasSize(2).allSatisfy(p -> {
      assertThat(p.getHeader("Cookie")).contains("async-token=" + token("c1")).doesNotContain(token("other"));
    });
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo(QueryEvent.CHART_DATA);
      assertThat(e.async()).isTrue();
      assertThat(e.queryId()).isEqualTo("job-1");
      assertThat(e.outcome()).isEqualTo("SUCCESS");
    });
  }

  @Test
  void data_jobError_throwsFailedWithSupersetMessage() {
    asyncServer("c2");
    superset.stubFor(get(urlPathEqualTo("/api/v1/async_event/")).willReturn(okJson("""
        {"result": [{"id": "3-0", "channel_id": "c2", "job_id": "job-1", "status": "error",
          "errors": [{"message": "column \\"nope\\" does not exist"}]}]}""")));
    try (SupersetClient client = client(Duration.ofSeconds(5))) {
      assertThatThrownBy(() -> client.charts().data(ChartId.of(3)))
          .isInstanceOfSatisfying(QueryFailedException.class, e -> {
            assertThat(e.queryId()).isEqualTo("job-1");
            assertThat(e.serverMessage()).isEqualTo("column \"nope\" does not exist");
          });
    }
  }

  @Test
  void data_noEvent_timesOutWithTypedErrorNamingTheWorker() {
    asyncServer("c3");
    superset.stubFor(get(urlPathEqualTo("/api/v1/async_event/")).willReturn(okJson("{\"result\": []}")));
    long start = System.nanoTime();
    try (SupersetClient client = client(Duration.ofMillis(300))) {
      assertThatThrownBy(() -> client.charts().data(ChartId.of(3)))
          .isInstanceOfSatisfying(QueryTimeoutException.class, e -> {
            assertThat(e.queryId()).isEqualTo("job-1");
            assertThat(e.neverStarted()).isTrue();
            assertThat(e.cancelled()).isFalse();
            assertThat(e.getMessage()).contains("no Celery worker");
          });
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    assertThat(events).singleElement().extracting(QueryEvent::outcome).isEqualTo("TIMEOUT");
  }

  @Test
  void data_syncServer_probesForChannelCookieOnlyOnce() {
    superset.stubFor(get(urlPathEqualTo("/health")).willReturn(aResponse().withStatus(200).withBody("OK")));
    superset.stubFor(get(urlPathEqualTo("/api/v1/chart/3/data/")).willReturn(okJson(RESULT)));
    try (SupersetClient client = client(Duration.ofSeconds(5))) {
      client.charts().data(ChartId.of(3));
      client.charts().data(ChartId.of(3));
    }
    superset.single("GET", "/health");
    superset.verify(0, getRequestedFor(urlPathEqualTo("/api/v1/async_event/")));
    assertThat(events).hasSize(2).allSatisfy(e -> assertThat(e.async()).isFalse());
  }
}
