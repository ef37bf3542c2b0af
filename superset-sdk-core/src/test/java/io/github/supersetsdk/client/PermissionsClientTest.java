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
import io.github.supersetsdk.client.model.Permission;
import io.github.supersetsdk.client.request.Filter;
import io.github.supersetsdk.client.request.ListQuery;
import io.github.supersetsdk.client.security.PermissionsClient;
import io.github.supersetsdk.client.testing.FakeSuperset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PermissionsClientTest {

  @RegisterExtension
  static final FakeSuperset superset = FakeSuperset.create();

  private SupersetClient client;
  private PermissionsClient permissions;

  @BeforeEach
  void setUp() {
    client = superset.client();
    permissions = client.security().permissions();
  }

  @Test
  void listGetInfo_decodePermissions() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/security/permissions/"))
        .willReturn(okJson("{\"count\": 1, \"ids\": [1], \"result\": [{\"id\": 1, \"name\": \"can_read\"}]}")));
    superset.stubFor(get(urlPathEqualTo("/api/v1/security/permissions/1"))
        .willReturn(okJson("{\"id\": 1, \"result\": {\"id\": 1, \"name\": \"can_read\"}}")));
    superset.stubFor(get(urlPathEqualTo("/api/v1/security/permissions/_info"))
        .willReturn(okJson("{\"permissions\": [\"can_get\", \"can_info\"], \"filters\": {\"name\": []}}")));

    Permission canRead = new Permission(PermissionId.of(1), "can_read");
    assertThat(permissions.listPage(ListQuery.where(Filter.eq("name", "can_read")), 0).items()).containsExactly(canRead);
    assertThat(permissions.get(PermissionId.of(1))).isEqualTo(canRead);
    assertThat(permissions.info().filters()).containsKey("name");
    superset.verify(getRequestedFor(urlPathEqualTo("/api/v1/security/permissions/"))
        .withQueryParam("q", equalTo("(filters:!((col:name,opr:eq,value:can_read)),order_column:id,order_direction:asc,page:0,page_size:100,keys:!(none))")));
  }

  @Test
  void listPage_negativeIndex_isRejected() {
    assertThatThrownBy(() -> permissions.listPage(ListQuery.all(), -1)).isInstanceOf(IllegalArgumentException.class);
  }
}
