package io.github.supersetsdk.client;

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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.supersetsdk.client.id.AnnotationId;
import io.github.supersetsdk.client.id.AnnotationLayerId;
import io.github.supersetsdk.client.model.Annotation;
import io.github.supersetsdk.client.model.AnnotationLayer;
import io.github.supersetsdk.client.model.AnnotationLayerRef;
import io.github.supersetsdk.client.model.RelatedObject;
import io.github.supersetsdk.client.model.UserRef;
import io.github.supersetsdk.client.request.CreateAnnotationLayerRequest;
import io.github.supersetsdk.client.request.CreateAnnotationRequest;
import io.github.supersetsdk.client.request.Filter;
import io.github.supersetsdk.client.request.FilterOperator;
import io.github.supersetsdk.client.request.ListQuery;
import io.github.supersetsdk.client.request.UpdateAnnotationLayerRequest;
import io.github.supersetsdk.client.request.UpdateAnnotationRequest;
import io.github.supersetsdk.client.testing.FakeSuperset;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AnnotationLayersClientTest {

  @RegisterExtension
  static final FakeSuperset superset = FakeSuperset.create();

  private static final String BASE = "/api/v1/annotation_layer/";

  private SupersetClient client;
  private AnnotationLayersClient layers;

  @BeforeEach
  void setUp() {
    client = superset.client();
    layers = client.annotationLayers();
  }

  @Test
  void list_decodesAuditFields() {
    superset.stubFor(get(urlPathEqualTo(BASE)).willReturn(okJson("{\"count\": 1, \"result\": [{\"id\": 3, \"name\": \"Releases\","
        + " \"descr\": \"deploys\", \"created_by\": {\"first_name\": \"Admin\", \"last_name\": \"User\"},"
        + " \"changed_by\": null, \"created_on\": \"2026-11-25T10:00:00\", \"changed_on\": \"2026-11-25T10:05:00\","
        + " \"changed_on_delta_humanized\": \"a minute ago\"}]}")));

    AnnotationLayer layer = layers.list(ListQuery.where(Filter.eq("name", "Releases"))).iterator().next();

    assertThat(layer.id()).isEqualTo(AnnotationLayerId.of(3));
    assertThat(layer.descr()).isEqualTo("deploys");
    assertThat(layer.createdBy()).isEqualTo(new UserRef(null, "Admin", "User"));
    assertThat(layer.changedOn()).isEqualTo(Instant.parse("2026-11-25T10:05:00Z"));
    superset.verify(getRequestedFor(urlPathEqualTo(BASE))
        .withQueryParam("q", equalTo("(filters:!((col:name,opr:eq,value:Releases)),page:0,page_size:100,keys:!(none))")));
  }

  @Test
  void layerCrud_andBulkDelete() {
    superset.stubFor(get(urlPathEqualTo(BASE + "3")).willReturn(okJson("{\"id\": 3, \"result\": {\"id\": 3, \"name\": \"Releases\", \"descr\": null}}")));
    superset.stubFor(post(urlPathEqualTo(BASE)).willReturn(okJson("{\"id\": 3, \"result\": {}}").withStatus(201)));
    superset.stubFor(put(urlPathEqualTo(BASE + "3")).willReturn(okJson("{\"id\": 3, \"result\": {}}")));
    superset.stubFor(delete(urlPathEqualTo(BASE + "3")).willReturn(okJson("{\"message\": \"OK\"}")));
    superset.stubFor(delete(urlPathEqualTo(BASE)).willReturn(okJson("{\"message\": \"Deleted 2\"}")));

    AnnotationLayerId id = layers.create(CreateAnnotationLayerRequest.of("Releases", null));
    assertThat(layers.get(id).name()).isEqualTo("Releases");
    layers.update(id, UpdateAnnotationLayerRequest.builder().descr("").build());
    layers.delete(id);
    layers.delete(List.of(AnnotationLayerId.of(3), AnnotationLayerId.of(4)));

    superset.verify(postRequestedFor(urlPathEqualTo(BASE)).withRequestBody(equalToJson("{\"name\": \"Releases\"}")));
    superset.verify(putRequestedFor(urlPathEqualTo(BASE + "3")).withRequestBody(equalToJson("{\"descr\": \"\"}")));
    superset.verify(deleteRequestedFor(urlPathEqualTo(BASE + "3")));
    superset.verify(deleteRequestedFor(urlPathEqualTo(BASE)).withQueryParam("q", equalTo("!(3,4)")));
  }

  @Test
  void annotations_crudWithTimestamps() {
    superset.stubFor(get(urlPathEqualTo(BASE + "3/annotation/")).willReturn(okJson("{\"count\": 1, \"ids\": [7],"
        + " \"result\": [{\"id\": 7, \"short_descr\": \"v2.0\", \"long_descr\": null,"
        + " \"start_dttm\": \"2024-03-01T00:00:00\", \"end_dttm\": \"2024-03-01T00:00:00\"}]}")));
    superset.stubFor(get(urlPathEqualTo(BASE + "3/annotation/7")).willReturn(okJson("{\"id\": 7, \"result\": {\"id\": 7,"
        + " \"short_descr\": \"v2.0\", \"long_descr\": \"major\", \"start_dttm\": \"2024-03-01T00:00:00\","
        + " \"end_dttm\": \"2024-03-01T00:00:00\", \"json_metadata\": \"{}\", \"layer\": {\"id\": 3, \"name\": \"Releases\"}}}")));
    superset.stubFor(post(urlPathEqualTo(BASE + "3/annotation/")).willReturn(okJson("{\"id\": 7, \"result\": {}}").withStatus(201)));
    superset.stubFor(put(urlPathEqualTo(BASE + "3/annotation/7")).willReturn(okJson("{\"id\": 7, \"result\": {}}")));
    superset.stubFor(delete(urlPathEqualTo(BASE + "3/annotation/7")).willReturn(okJson("{\"message\": \"OK\"}")));
    superset.stubFor(delete(urlPathEqualTo(BASE + "3/annotation/")).willReturn(okJson("{\"message\": \"Deleted 2\"}")));
    AnnotationLayerId layer = AnnotationLayerId.of(3);
    Instant launch = Instant.parse("2024-03-01T00:00:00Z");

    AnnotationId id = layers.createAnnotation(layer, CreateAnnotationRequest.of("v2.0", launch, launch).withLongDescr("major"));
    assertThat(layers.listAnnotationsPage(layer, ListQuery.where(Filter.of("short_descr", FilterOperator.STARTS_WITH, "v2")), 0)
        .items()).singleElement().satisfies(a -> assertThat(a.startDttm()).isEqualTo(launch));
    Annotation read = layers.getAnnotation(layer, id);
    layers.updateAnnotation(layer, id, UpdateAnnotationRequest.builder().endDttm(launch.plusSeconds(3600)).build());
    layers.deleteAnnotation(layer, id);
    layers.deleteAnnotations(layer, List.of(AnnotationId.of(7), AnnotationId.of(8)));

    assertThat(id).isEqualTo(AnnotationId.of(7));
    assertThat(read.layer()).isEqualTo(new AnnotationLayerRef(layer, "Releases"));
    assertThat(read.jsonMetadata()).isEqualTo("{}");
    superset.verify(postRequestedFor(urlPathEqualTo(BASE + "3/annotation/")).withRequestBody(equalToJson(
        "{\"short_descr\": \"v2.0\", \"start_dttm\": \"2024-03-01T00:00:00Z\", \"end_dttm\": \"2024-03-01T00:00:00Z\","
            + " \"long_descr\": \"major\"}")));
    superset.verify(getRequestedFor(urlPathEqualTo(BASE + "3/annotation/"))
        .withQueryParam("q", equalTo("(filters:!((col:short_descr,opr:sw,value:v2)),page:0,page_size:100,keys:!(none))")));
    superset.verify(putRequestedFor(urlPathEqualTo(BASE + "3/annotation/7"))
        .withRequestBody(equalToJson("{\"end_dttm\": \"2024-03-01T01:00:00Z\"}")));
    superset.verify(deleteRequestedFor(urlPathEqualTo(BASE + "3/annotation/7")));
    superset.verify(deleteRequestedFor(urlPathEqualTo(BASE + "3/annotation/")).withQueryParam("q", equalTo("!(7,8)")));
  }

  @Test
  void createAnnotation_endBeforeStart_isRejected() {
    Instant t = Instant.parse("2024-03-01T00:00:00Z");
    assertThatThrownBy(() -> CreateAnnotationRequest.of("x", t, t.minusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void related_pagesWithTextFilter_andInfo() {
    superset.stubFor(get(urlPathEqualTo(BASE + "related/created_by")).willReturn(okJson(
        "{\"count\": 1, \"result\": [{\"value\": 1, \"text\": \"Admin User\", \"extra\": {\"email\": \"a@x\"}}]}")));
    superset.stubFor(get(urlPathEqualTo(BASE + "_info")).willReturn(okJson("{\"permissions\": [\"can_read\", \"can_write\"]}")));

    List<RelatedObject> users = layers.related("created_by", "Adm").stream().toList();

    assertThat(users).containsExactly(new RelatedObject(1, "Admin User", Map.of("email", "a@x")));
    assertThat(layers.info().permissions()).containsExactly("can_read", "can_write");
    superset.verify(getRequestedFor(urlPathEqualTo(BASE + "related/created_by"))
        .withQueryParam("q", equalTo("(filter:Adm,page:0,page_size:100)")));
    assertThatThrownBy(() -> layers.related("../x", null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void bulkDelete_empty_isRejected() {
    assertThatThrownBy(() -> layers.delete(List.<AnnotationLayerId>of())).isInstanceOf(IllegalArgumentException.class);
  }
}
