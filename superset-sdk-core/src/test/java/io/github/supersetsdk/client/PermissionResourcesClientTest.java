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

import io.github.supersetsdk.client.id.PermissionId;
import io.github.supersetsdk.client.id.PermissionResourceId;
import io.github.supersetsdk.client.id.SecurityResourceId;
import io.github.supersetsdk.client.model.PermissionResource;
import io.github.supersetsdk.client.request.FilterOperator;
import io.github.supersetsdk.client.request.ListQuery;
import io.github.supersetsdk.client.security.PermissionResourcesClient;
import io.github.supersetsdk.client.testing.FakeSuperset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PermissionResourcesClientTest {

  @RegisterExtension
  static final FakeSuperset superset = FakeSuperset.create();

  private SupersetClient client;
  private PermissionResourcesClient pairs;

  @BeforeEach
  void setUp() {
    client = superset.client();
    pairs = client.security().permissionResources();
  }

  @Test
  void listAndGet_flattenNestedNames() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/security/permissions-resources/"))
        .willReturn(okJson("{\"count\": 1, \"result\": [{\"id\": 1, \"permission\": {\"name\": \"can_read\"},"
            + " \"view_menu\": {\"name\": \"SavedQuery\"}}]}")));
    superset.stubFor(get(urlPathEqualTo("/api/v1/security/permissions-resources/1"))
        .willReturn(okJson("{\"id\": 1, \"result\": {\"id\": 1, \"permission\": {\"name\": \"can_read\"},"
            + " \"view_menu\": {\"name\": \"SavedQuery\"}}}")));

    PermissionResource expected = new PermissionResource(PermissionResourceId.of(1), "can_read", "SavedQuery");
    assertThat(pairs.list(ListQuery.builder()
            .filter("permission", FilterOperator.RELATION_ONE_TO_MANY, PermissionId.of(1))
            .filter("view_menu", FilterOperator.RELATION_ONE_TO_MANY, SecurityResourceId.of(7)).build())
        .stream().toList()).containsExactly(expected);
    assertThat(pairs.get(PermissionResourceId.of(1))).isEqualTo(expected);
    superset.verify(getRequestedFor(urlPathEqualTo("/api/v1/security/permissions-resources/")).withQueryParam("q", equalTo(
        "(filters:!((col:permission,opr:rel_o_m,value:1),(col:view_menu,opr:rel_o_m,value:7)),order_column:id,order_direction:asc,page:0,page_size:100,keys:!(none))")));
  }

  @Test
  void createUpdateDelete_sendIdPairs() {
    superset.stubFor(post(urlPathEqualTo("/api/v1/security/permissions-resources/"))
        .willReturn(okJson("{\"id\": 300, \"result\": {}}").withStatus(201)));
    superset.stubFor(put(urlPathEqualTo("/api/v1/security/permissions-resources/300")).willReturn(okJson("{\"id\": 300, \"result\": {}}")));
    superset.stubFor(delete(urlPathEqualTo("/api/v1/security/permissions-resources/300")).willReturn(okJson("{\"message\": \"OK\"}")));
    superset.stubFor(get(urlPathEqualTo("/api/v1/security/permissions-resources/_info")).willReturn(okJson("{\"permissions\": []}")));

    PermissionResourceId id = pairs.create(PermissionId.of(1), SecurityResourceId.of(95));
    pairs.update(id, PermissionId.of(2), SecurityResourceId.of(95));
    pairs.delete(id);

    assertThat(id).isEqualTo(PermissionResourceId.of(300));
    assertThat(pairs.info().permissions()).isEmpty();
    superset.verify(postRequestedFor(urlPathEqualTo("/api/v1/security/permissions-resources/"))
        .withRequestBody(equalToJson("{\"permission_id\": 1, \"view_menu_id\": 95}")));
    superset.verify(putRequestedFor(urlPathEqualTo("/api/v1/security/permissions-resources/300"))
        .withRequestBody(equalToJson("{\"permission_id\": 2, \"view_menu_id\": 95}")));
    superset.verify(deleteRequestedFor(urlPathEqualTo("/api/v1/security/permissions-resources/300")));
  }

  @Test
  void create_missingResource_isRejected() {
    assertThatThrownBy(() -> pairs.create(PermissionId.of(1), null)).isInstanceOf(NullPointerException.class);
  }
}
