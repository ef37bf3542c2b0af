package io.github.supersetsdk.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.supersetsdk.client.id.ChartId;
import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.model.ExploreContext;
import io.github.supersetsdk.client.model.ExplorePermalinkState;
import io.github.supersetsdk.client.model.Permalink;
import io.github.supersetsdk.client.request.ExploreFormDataRequest;
import io.github.supersetsdk.client.request.ExploreRequest;
import io.github.supersetsdk.client.testing.FakeSuperset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ExploreClientTest {

  @RegisterExtension
  static final FakeSuperset superset = FakeSuperset.create();

  private SupersetClient client;

  @BeforeEach
  void setUp() {
    client = superset.client();
  }

  @Test
  void get_savedChart_sendsOnlySliceIdAndDecodesContext() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/explore/")).willReturn(okJson(
        "{\"result\":{\"form_data\":{\"viz_type\":\"table\"},\"slice\":{\"slice_id\":3,\"slice_name\":\"Revenue\","
            + "\"datasource\":\"7__table\"},\"dataset\":{\"id\":7,\"type\":\"table\",\"name\":\"marts.fct_orders\","
            + "\"columns\":[{\"column_name\":\"tenant_id\"}]},\"message\":null}}")));

    ExploreContext context = client.explore().get(ExploreRequest.chart(ChartId.of(3)));

    assertThat(context.formData()).containsEntry("viz_type", "table");
    assertThat(context.slice().sliceId()).isEqualTo(ChartId.of(3));
    assertThat(context.dataset().name()).isEqualTo("marts.fct_orders");
    superset.verify(getRequestedFor(urlPathEqualTo("/api/v1/explore/")).withQueryParam("slice_id", equalTo("3"))
        .withoutQueryParam("datasource_id").withoutQueryParam("form_data_key").withoutQueryParam("permalink_key"));
  }

  @Test
  void get_dataset_sendsIdAndType() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/explore/")).willReturn(okJson("{\"result\":{\"form_data\":{}}}")));

    assertThat(client.explore().get(ExploreRequest.dataset(DatasetId.of(7))).slice()).isNull();

    superset.verify(getRequestedFor(urlPathEqualTo("/api/v1/explore/"))
        .withQueryParam("datasource_id", equalTo("7")).withQueryParam("datasource_type", equalTo("table")));
  }

  @Test
  void formData_createReadUpdateDelete_useKeyPaths() {
    superset.stubFor(post(urlPathEqualTo("/api/v1/explore/form_data")).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody("{\"key\":\"k1\"}")));
    superset.stubFor(get(urlPathEqualTo("/api/v1/explore/form_data/k1")).willReturn(okJson("{\"form_data\":\"{\\\"viz_type\\\":\\\"table\\\"}\"}")));
    superset.stubFor(put(urlPathEqualTo("/api/v1/explore/form_data/k1")).willReturn(okJson("{\"key\":\"k2\"}")));
    superset.stubFor(delete(urlPathEqualTo("/api/v1/explore/form_data/k2")).willReturn(okJson("{\"message\":\"Deleted\"}")));

    ExploreFormDataRequest request = ExploreFormDataRequest.forDataset(DatasetId.of(7), Map.of("viz_type", "table"));
    String key = client.explore().createFormData(request);
    String formData = client.explore().getFormData(key);
    Optional<String> found = client.explore().findFormData(key);
    String newKey = client.explore().updateFormData(key, request.withChart(ChartId.of(3)));
    client.explore().deleteFormData(newKey);

    assertThat(key).isEqualTo("k1");
    assertThat(formData).isEqualTo("{\"viz_type\":\"table\"}");
    assertThat(found).contains(formData);
    assertThat(newKey).isEqualTo("k2");
    superset.verify(postRequestedFor(urlPathEqualTo("/api/v1/explore/form_data")).withoutQueryParam("tab_id").withRequestBody(
        equalToJson("{\"datasource_id\":7,\"datasource_type\":\"table\",\"form_data\":\"{\\\"viz_type\\\":\\\"table\\\"}\"}")));
    superset.verify(putRequestedFor(urlPathEqualTo("/api/v1/explore/form_data/k1"))
        .withRequestBody(equalToJson("{\"chart_id\":3}", true, true)));
    superset.verify(deleteRequestedFor(urlPathEqualTo("/api/v1/explore/form_data/k2")));
  }

  @Test
  void permalink_createAndRead_keepCamelCaseState() {
    superset.stubFor(post(urlPathEqualTo("/api/v1/explore/permalink")).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody("{\"key\":\"p1\",\"url\":\"http://x/superset/explore/p/p1/\"}")));
    superset.stubFor(get(urlPathEqualTo("/api/v1/explore/permalink/p1")).willReturn(okJson(
        "{\"state\":{\"formData\":{\"viz_type\":\"table\"},\"urlParams\":[[\"standalone\",\"1\"]],\"chartState\":{\"x\":1}}}")));

    Permalink link = client.explore().createPermalink(ExplorePermalinkState.of(Map.of("viz_type", "table")));
    ExplorePermalinkState state = client.explore().getPermalink("p1");

    assertThat(link.key()).isEqualTo("p1");
    assertThat(state.formData()).containsEntry("viz_type", "table");
    assertThat(state.urlParams()).containsExactly(List.of("standalone", "1"));
    assertThat(state.chartState()).containsEntry("x", 1L);
    superset.verify(postRequestedFor(urlPathEqualTo("/api/v1/explore/permalink"))
        .withRequestBody(equalToJson("{\"formData\":{\"viz_type\":\"table\"}}")));
  }
}
