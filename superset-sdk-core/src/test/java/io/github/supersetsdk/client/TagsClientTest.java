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

import io.github.supersetsdk.client.id.TagId;
import io.github.supersetsdk.client.model.TagObjectType;
import io.github.supersetsdk.client.model.TagTarget;
import io.github.supersetsdk.client.model.TagType;
import io.github.supersetsdk.client.model.TaggedObject;
import io.github.supersetsdk.client.request.CreateTagRequest;
import io.github.supersetsdk.client.testing.FakeSuperset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TagsClientTest {

  @RegisterExtension
  static final FakeSuperset superset = FakeSuperset.withoutRetries();

  @Test
  void create_answerWithoutId_looksTheTagUpByName() {
    superset.stubFor(post(urlPathEqualTo("/api/v1/tag/")).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody("{}")));
    superset.stubFor(get(urlPathEqualTo("/api/v1/tag/")).willReturn(okJson(
        "{\"count\":1,\"result\":[{\"id\":9,\"name\":\"finance\",\"type\":1,\"description\":\"d\"}]}")));
    try (SupersetClient client = superset.clientBuilder().build()) {
      TagId id = client.tags().create(
          CreateTagRequest.of("finance", "d", List.of(TagTarget.of(TagObjectType.DASHBOARD, 12))));
      assertThat(id).isEqualTo(TagId.of(9));
    }
    assertThat(superset.single("POST", "/api/v1/tag/").getBodyAsString())
        .isEqualTo("{\"name\":\"finance\",\"description\":\"d\",\"objects_to_tag\":[[\"dashboard\",12]]}");
    assertThat(FakeSuperset.q(superset.single("GET", "/api/v1/tag/")))
        .isEqualTo("(filters:!((col:name,opr:eq,value:finance)),page:0,page_size:10,keys:!(none))");
  }

  @Test
  void getAndList_decodeNumericTagTypes() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/tag/3")).willReturn(okJson(
        "{\"id\":3,\"result\":{\"id\":3,\"name\":\"owner:1\",\"type\":3,\"created_by\":{\"first_name\":\"A\",\"last_name\":\"B\"}}}")));
    try (SupersetClient client = superset.clientBuilder().build()) {
      var tag = client.tags().get(TagId.of(3));
      assertThat(tag.type()).isEqualTo(TagType.OWNER);
      assertThat(tag.createdBy().firstName()).isEqualTo("A");
    }
  }

  @Test
  void tagAndUntagObject_useNumericObjectTypeInPath() {
    superset.stubFor(post(urlPathEqualTo("/api/v1/tag/3/12/")).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody("{}")));
    superset.stubFor(delete(urlPathEqualTo("/api/v1/tag/3/12/finance/")).willReturn(okJson("{\"message\":\"OK\"}")));
    try (SupersetClient client = superset.clientBuilder().build()) {
      TagTarget dashboard = TagTarget.of(TagObjectType.DASHBOARD, 12);
      client.tags().tagObject(dashboard, List.of("finance", "kpi"));
      client.tags().untagObject(dashboard, "finance");
      assertThatThrownBy(() -> client.tags().tagObject(TagTarget.of(TagObjectType.of("notebook"), 1), List.of("x")))
          .isInstanceOf(IllegalStateException.class);
    }
    assertThat(superset.single("POST", "/api/v1/tag/3/12/").getBodyAsString())
        .isEqualTo("{\"properties\":{\"tags\":[\"finance\",\"kpi\"]}}");
  }

  @Test
  void objects_decodeNamedTagTypes() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/tag/get_objects/")).willReturn(okJson("""
        {"result": [{"id": 1, "type": "query", "name": "sq", "url": "/sqllab?savedQueryId=1",
          "changed_on": "2026-11-25T11:28:01.611491", "creator": "Admin User",
          "tags": [{"id": 4, "name": "finance", "type": "TagType.custom"}, {"id": 1, "name": "owner:1", "type": "TagType.owner"}]}]}
        """)));
    try (SupersetClient client = superset.clientBuilder().build()) {
      List<TaggedObject> objects = client.tags().objects(List.of(TagId.of(4), TagId.of(5)), List.of(TagObjectType.QUERY));
      assertThat(objects).singleElement().satisfies(o -> {
        assertThat(o.type()).isEqualTo(TagObjectType.QUERY);
        assertThat(o.tags()).extracting(t -> t.type()).containsExactly(TagType.CUSTOM, TagType.OWNER);
      });
    }
    assertThat(superset.single("GET", "/api/v1/tag/get_objects/").getUrl())
        .isEqualTo("/api/v1/tag/get_objects/?tagIds=4%2C5&types=query");
  }

  @Test
  void bulkCreateDeleteAndFavorites_sendExpectedShapes() {
    superset.stubFor(post(urlPathEqualTo("/api/v1/tag/bulk_create"))
        .willReturn(okJson("{\"result\":{\"objects_skipped\":[],\"objects_tagged\":[[\"chart\",5]]}}")));
    superset.stubFor(delete(urlPathEqualTo("/api/v1/tag/")).willReturn(okJson("{\"message\":\"Deleted 2 tags\"}")));
    superset.stubFor(get(urlPathEqualTo("/api/v1/tag/favorite_status/"))
        .willReturn(okJson("{\"result\":[{\"id\":4,\"value\":true},{\"id\":5,\"value\":false}]}")));
    superset.stubFor(post(urlPathEqualTo("/api/v1/tag/4/favorites/")).willReturn(okJson("{\"result\":\"OK\"}")));
    superset.stubFor(delete(urlPathEqualTo("/api/v1/tag/4/favorites/")).willReturn(okJson("{\"result\":\"OK\"}")));
    superset.stubFor(put(urlPathEqualTo("/api/v1/tag/4")).willReturn(okJson("{\"id\":4,\"result\":{}}")));
    try (SupersetClient client = superset.clientBuilder().build()) {
      var result = client.tags().bulkCreate(List.of(
          CreateTagRequest.of("a", null, List.of(TagTarget.of(TagObjectType.CHART, 5))), CreateTagRequest.of("b")));
      assertThat(result.objectsTagged()).containsExactly(TagTarget.of(TagObjectType.CHART, 5));
      client.tags().deleteByName(List.of("a", "b c"));
      assertThat(client.tags().favoriteStatus(List.of(TagId.of(4), TagId.of(5))))
          .containsEntry(TagId.of(4), true).containsEntry(TagId.of(5), false);
      client.tags().addFavorite(TagId.of(4));
      client.tags().removeFavorite(TagId.of(4));
      client.tags().update(TagId.of(4), CreateTagRequest.of("renamed"));
    }
    assertThat(superset.single("POST", "/api/v1/tag/bulk_create").getBodyAsString()).isEqualTo(
        "{\"tags\":[{\"name\":\"a\",\"objects_to_tag\":[[\"chart\",5]]},{\"name\":\"b\",\"objects_to_tag\":[]}]}");
    assertThat(FakeSuperset.q(superset.single("DELETE", "/api/v1/tag/"))).isEqualTo("!(a,'b c')");
    assertThat(FakeSuperset.q(superset.single("GET", "/api/v1/tag/favorite_status/"))).isEqualTo("!(4,5)");
    superset.single("POST", "/api/v1/tag/4/favorites/");
    superset.single("DELETE", "/api/v1/tag/4/favorites/");
    assertThat(superset.single("PUT", "/api/v1/tag/4").getBodyAsString())
        .isEqualTo("{\"name\":\"renamed\",\"objects_to_tag\":[]}");
  }
}
