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

import io.github.supersetsdk.client.id.SecurityResourceId;
import io.github.supersetsdk.client.model.SecurityResource;
import io.github.supersetsdk.client.request.ListQuery;
import io.github.supersetsdk.client.security.SecurityResourcesClient;
import io.github.supersetsdk.client.testing.FakeSuperset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SecurityResourcesClientTest {

  @RegisterExtension
  static final FakeSuperset superset = FakeSuperset.create();

  private SupersetClient client;
  private SecurityResourcesClient resources;

  @BeforeEach
  void setUp() {
    client = superset.client();
    resources = client.security().resources();
  }

  @Test
  void crud_sendsNamesAndDecodesResources() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/security/resources/"))
        .willReturn(okJson("{\"count\": 1, \"result\": [{\"id\": 2, \"name\": \"CssTemplate\"}]}")));
    superset.stubFor(get(urlPathEqualTo("/api/v1/security/resources/2"))
        .willReturn(okJson("{\"id\": 2, \"result\": {\"id\": 2, \"name\": \"CssTemplate\"}}")));
    superset.stubFor(post(urlPathEqualTo("/api/v1/security/resources/"))
        .willReturn(okJson("{\"id\": 95, \"result\": {\"name\": \"Portal\"}}").withStatus(201)));
    superset.stubFor(put(urlPathEqualTo("/api/v1/security/resources/95")).willReturn(okJson("{\"id\": 95, \"result\": {}}")));
    superset.stubFor(delete(urlPathEqualTo("/api/v1/security/resources/95")).willReturn(okJson("{\"message\": \"OK\"}")));
    superset.stubFor(get(urlPathEqualTo("/api/v1/security/resources/_info")).willReturn(okJson("{\"permissions\": [\"can_post\"]}")));

    SecurityResource css = new SecurityResource(SecurityResourceId.of(2), "CssTemplate");
    assertThat(resources.list(ListQuery.all()).stream().toList()).containsExactly(css);
    assertThat(resources.get(SecurityResourceId.of(2))).isEqualTo(css);
    SecurityResourceId portal = resources.create("Portal");
    resources.rename(portal, "TenantPortal");
    resources.delete(portal);
    assertThat(resources.info().permissions()).containsExactly("can_post");

    assertThat(portal).isEqualTo(SecurityResourceId.of(95));
    superset.verify(postRequestedFor(urlPathEqualTo("/api/v1/security/resources/")).withRequestBody(equalToJson("{\"name\": \"Portal\"}")));
    superset.verify(putRequestedFor(urlPathEqualTo("/api/v1/security/resources/95"))
        .withRequestBody(equalToJson("{\"name\": \"TenantPortal\"}")));
    superset.verify(deleteRequestedFor(urlPathEqualTo("/api/v1/security/resources/95")));
    superset.verify(getRequestedFor(urlPathEqualTo("/api/v1/security/resources/"))
        .withQueryParam("q", equalTo("(order_column:id,order_direction:asc,page:0,page_size:100,keys:!(none))")));
  }

  @Test
  void create_nullName_isRejected() {
    assertThatThrownBy(() -> resources.create(null)).isInstanceOf(NullPointerException.class).hasMessage("name");
  }
}
