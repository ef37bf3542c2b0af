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

import io.github.supersetsdk.client.id.CssTemplateId;
import io.github.supersetsdk.client.id.UserId;
import io.github.supersetsdk.client.model.CssTemplate;
import io.github.supersetsdk.client.model.UserRef;
import io.github.supersetsdk.client.request.CreateCssTemplateRequest;
import io.github.supersetsdk.client.request.Filter;
import io.github.supersetsdk.client.request.ListQuery;
import io.github.supersetsdk.client.request.UpdateCssTemplateRequest;
import io.github.supersetsdk.client.testing.FakeSuperset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CssTemplatesClientTest {

  @RegisterExtension
  static final FakeSuperset superset = FakeSuperset.create();

  private static final String BASE = "/api/v1/css_template/";

  private SupersetClient client;
  private CssTemplatesClient templates;

  @BeforeEach
  void setUp() {
    client = superset.client();
    templates = client.cssTemplates();
  }

  @Test
  void listAndGet_decodeTemplates() {
    String json = "{\"id\": 4, \"template_name\": \"Compact\", \"css\": \".a{}\","
        + " \"created_by\": {\"id\": 1, \"first_name\": \"Admin\", \"last_name\": \"User\"}, \"changed_by\": null}";
    superset.stubFor(get(urlPathEqualTo(BASE)).willReturn(okJson("{\"count\": 1, \"result\": [" + json + "]}")));
    superset.stubFor(get(urlPathEqualTo(BASE + "4")).willReturn(okJson("{\"id\": 4, \"result\": " + json + "}")));

    CssTemplate read = templates.get(CssTemplateId.of(4));

    assertThat(templates.listPage(ListQuery.where(Filter.eq("template_name", "Compact")), 0).items()).containsExactly(read);
    assertThat(read.css()).isEqualTo(".a{}");
    assertThat(read.createdBy()).isEqualTo(new UserRef(UserId.of(1), "Admin", "User"));
    superset.verify(getRequestedFor(urlPathEqualTo(BASE))
        .withQueryParam("q", equalTo("(filters:!((col:template_name,opr:eq,value:Compact)),page:0,page_size:100,keys:!(none))")));
  }

  @Test
  void createUpdateDelete_sendBodiesAndIds() {
    superset.stubFor(post(urlPathEqualTo(BASE)).willReturn(okJson("{\"id\": 4, \"result\": {}}").withStatus(201)));
    superset.stubFor(put(urlPathEqualTo(BASE + "4")).willReturn(okJson("{\"id\": 4, \"result\": {}}")));
    superset.stubFor(delete(urlPathEqualTo(BASE + "4")).willReturn(okJson("{\"message\": \"OK\"}")));
    superset.stubFor(delete(urlPathEqualTo(BASE)).willReturn(okJson("{\"message\": \"Deleted 2\"}")));

    CssTemplateId id = templates.create(CreateCssTemplateRequest.of("Compact", ".a{}"));
    templates.update(id, UpdateCssTemplateRequest.builder().css(".b{}").build());
    templates.delete(id);
    templates.delete(List.of(CssTemplateId.of(4), CssTemplateId.of(5)));

    assertThat(id).isEqualTo(CssTemplateId.of(4));
    superset.verify(postRequestedFor(urlPathEqualTo(BASE)).withRequestBody(equalToJson("{\"template_name\": \"Compact\", \"css\": \".a{}\"}")));
    superset.verify(putRequestedFor(urlPathEqualTo(BASE + "4")).withRequestBody(equalToJson("{\"css\": \".b{}\"}")));
    superset.verify(deleteRequestedFor(urlPathEqualTo(BASE + "4")));
    superset.verify(deleteRequestedFor(urlPathEqualTo(BASE)).withQueryParam("q", equalTo("!(4,5)")));
    assertThatThrownBy(() -> templates.update(id, UpdateCssTemplateRequest.builder().build()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void related_withoutSearch_andInfo() {
    superset.stubFor(get(urlPathEqualTo(BASE + "related/changed_by")).willReturn(okJson(
        "{\"count\": 1, \"result\": [{\"value\": 1, \"text\": \"Admin User\", \"extra\": {}}]}")));
    superset.stubFor(get(urlPathEqualTo(BASE + "_info")).willReturn(okJson("{\"permissions\": [\"can_read\"],"
        + " \"filters\": {\"template_name\": [{\"name\": \"Contains\", \"operator\": \"ct\"}]}}")));

    assertThat(templates.related("changed_by", null).stream().toList()).singleElement()
        .satisfies(o -> assertThat(o.extra()).isEmpty());
    assertThat(templates.info().filters()).containsKey("template_name");
    superset.verify(getRequestedFor(urlPathEqualTo(BASE + "related/changed_by"))
        .withQueryParam("q", equalTo("(page:0,page_size:100)")));
  }
}
