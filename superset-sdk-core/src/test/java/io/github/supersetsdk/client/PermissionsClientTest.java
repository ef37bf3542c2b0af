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
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.supersetsdk.client.id.PermissionId;
import io.github.supersetsdk.client.model.Permission;
import io.github.supersetsdk.client.request.Filter;
import io.github.supersetsdk.client.request.ListQuery;
import io.github.supersetsdk.client.security.PermissionsClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PermissionsClientTest {

  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private SupersetClient client;
  private PermissionsClient permissions;

  @BeforeEach
  void setUp() {
    client = new FakeSuperset(wm).standardAuth().client().build();
    permissions = client.security().permissions();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  @Test
  void listGetInfo_decodePermissions() {
    wm.stubFor(get(urlPathEqualTo("/api/v1/security/permissions/"))
        .willReturn(okJson("{\"count\": 1, \"ids\": [1], \"result\": [{\"id\": 1, \"name\": \"can_read\"}]}")));
    wm.stubFor(get(urlPathEqualTo("/api/v1/security/permissions/1"))
        .willReturn(okJson("{\"id\": 1, \"result\": {\"id\": 1, \"name\": \"can_read\"}}")));
    wm.stubFor(get(urlPathEqualTo("/api/v1/security/permissions/_info"))
        .willReturn(okJson("{\"permissions\": [\"can_get\", \"can_info\"], \"filters\": {\"name\": []}}")));

    Permission canRead = new Permission(PermissionId.of(1), "can_read");
    assertThat(permissions.listPage(ListQuery.where(Filter.eq("name", "can_read")), 0).items()).containsExactly(canRead);
    assertThat(permissions.get(PermissionId.of(1))).isEqualTo(canRead);
    assertThat(permissions.info().filters()).containsKey("name");
    wm.verify(getRequestedFor(urlPathEqualTo("/api/v1/security/permissions/"))
        .withQueryParam("q", equalTo("(filters:!((col:name,opr:eq,value:can_read)),page:0,page_size:100,keys:!(none))")));
  }

  @Test
  void listPage_negativeIndex_isRejected() {
    assertThatThrownBy(() -> permissions.listPage(ListQuery.all(), -1)).isInstanceOf(IllegalArgumentException.class);
  }
}
