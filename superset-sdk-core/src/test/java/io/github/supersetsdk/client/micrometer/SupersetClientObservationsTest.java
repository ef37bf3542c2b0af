package io.github.supersetsdk.client.micrometer;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.github.supersetsdk.client.testing.FakeSuperset.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.exception.NotFoundException;
import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.testing.FakeSuperset;
import io.github.supersetsdk.client.testing.ObservationRecorder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each call is one observation; the login it needs is its child; failures and retries show. */
class SupersetClientObservationsTest {

  @RegisterExtension
  static final FakeSuperset superset = FakeSuperset.create();

  private final ObservationRecorder recorder = new ObservationRecorder();

  private SupersetClient client() {
    return superset.clientBuilder().addEventListener(SupersetClientObservations.create(recorder.registry())).build();
  }

  @Test
  void aCall_isOneObservation_withTheLoginItNeededAsAChild() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/dataset/7")).willReturn(okJson("{\"id\":7,\"result\":{\"id\":7,\"table_name\":\"fct_orders\"}}")));

    try (SupersetClient client = client()) {
      client.datasets().get(DatasetId.of(7));
    }

    // (Then the client reads what the short answer lacked, the spec and the dataset's UUID, as calls of their own.)
    assertThat(recorder.stopped()).extracting(ObservationRecorder.Seen::contextualName)
        .startsWith("superset POST /api/v1/security/login", "superset GET /api/v1/dataset/{id_or_uuid}");
    ObservationRecorder.Seen login = recorder.stopped().get(0);
    ObservationRecorder.Seen get = recorder.stopped().get(1);
    assertThat(login.parent()).isEqualTo(get.contextualName());
    assertThat(get.parent()).isEmpty();
    assertThat(get.keys()).containsEntry("operation", "GET /api/v1/dataset/{id_or_uuid}").containsEntry("method", "GET")
        .containsEntry("status", "200").containsEntry("outcome", "SUCCESS").containsEntry("path", "/api/v1/dataset/7")
        .containsEntry("attempts", "1").containsKey("request.id");
    assertThat(get.error()).isEmpty();
  }

  @Test
  void aFailedCall_carriesItsErrorAndOutcome_andARetryIsAnEvent() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/dataset/8")).inScenario("busy").whenScenarioStateIs(STARTED)
        .willReturn(json(503, "{\"message\":\"busy\"}")).willSetStateTo("gone"));
    superset.stubFor(get(urlPathEqualTo("/api/v1/dataset/8")).inScenario("busy").whenScenarioStateIs("gone")
        .willReturn(json(404, "{\"message\":\"Not found\"}")));

    try (SupersetClient client = client()) {
      assertThatThrownBy(() -> client.datasets().get(DatasetId.of(8))).isInstanceOf(NotFoundException.class);
    }

    ObservationRecorder.Seen get = recorder.stopped().get(recorder.stopped().size() - 1);
    assertThat(get.keys()).containsEntry("status", "404").containsEntry("outcome", "CLIENT_ERROR").containsEntry("attempts", "2");
    assertThat(get.error()).isEqualTo("NotFoundException");
    assertThat(get.events()).containsExactly("superset.client.retry");
  }
}
