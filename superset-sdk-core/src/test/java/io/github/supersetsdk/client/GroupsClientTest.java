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

import io.github.supersetsdk.client.id.GroupId;
import io.github.supersetsdk.client.id.RoleId;
import io.github.supersetsdk.client.id.UserId;
import io.github.supersetsdk.client.model.Group;
import io.github.supersetsdk.client.model.GroupMember;
import io.github.supersetsdk.client.model.RoleRef;
import io.github.supersetsdk.client.request.CreateGroupRequest;
import io.github.supersetsdk.client.request.Filter;
import io.github.supersetsdk.client.request.ListQuery;
import io.github.supersetsdk.client.request.UpdateGroupRequest;
import io.github.supersetsdk.client.security.GroupsClient;
import io.github.supersetsdk.client.testing.FakeSuperset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class GroupsClientTest {

  @RegisterExtension
  static final FakeSuperset superset = FakeSuperset.create();

  private static final String GROUP_JSON = "{\"id\": 2, \"name\": \"analysts\", \"label\": \"Analysts\","
      + " \"description\": \"d\", \"roles\": [{\"id\": 3, \"name\": \"Gamma\"}],"
      + " \"users\": [{\"id\": 5, \"username\": \"jdoe\"}]}";

  private SupersetClient client;
  private GroupsClient groups;

  @BeforeEach
  void setUp() {
    client = superset.client();
    groups = client.security().groups();
  }

  @Test
  void listAndGet_decodeRolesAndMembers() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/security/groups/")).willReturn(okJson("{\"count\": 1, \"result\": [" + GROUP_JSON + "]}")));
    superset.stubFor(get(urlPathEqualTo("/api/v1/security/groups/2")).willReturn(okJson("{\"id\": 2, \"result\": " + GROUP_JSON + "}")));

    Group expected = new Group(GroupId.of(2), "analysts", "Analysts", "d",
        List.of(new RoleRef(RoleId.of(3), "Gamma")), List.of(new GroupMember(UserId.of(5), "jdoe")));
    assertThat(groups.list(ListQuery.where(Filter.eq("name", "analysts"))).stream().toList()).containsExactly(expected);
    assertThat(groups.get(GroupId.of(2))).isEqualTo(expected);
    superset.verify(getRequestedFor(urlPathEqualTo("/api/v1/security/groups/"))
        .withQueryParam("q", equalTo("(filters:!((col:name,opr:eq,value:analysts)),order_column:id,order_direction:asc,page:0,page_size:100,keys:!(none))")));
  }

  @Test
  void create_sendsNameLabelRolesAndUsers() {
    superset.stubFor(post(urlPathEqualTo("/api/v1/security/groups/")).willReturn(okJson("{\"id\": 8, \"result\": {}}").withStatus(201)));

    GroupId id = groups.create(CreateGroupRequest.builder("analysts").label("Analysts")
        .roles(List.of(RoleId.of(3))).users(List.of(UserId.of(5))).build());

    assertThat(id).isEqualTo(GroupId.of(8));
    superset.verify(postRequestedFor(urlPathEqualTo("/api/v1/security/groups/"))
        .withRequestBody(equalToJson("{\"name\": \"analysts\", \"label\": \"Analysts\", \"roles\": [3], \"users\": [5]}")));
  }

  @Test
  void update_clearsAndSetsOnlyMentionedFields() {
    superset.stubFor(put(urlPathEqualTo("/api/v1/security/groups/2")).willReturn(okJson("{\"id\": 2, \"result\": {}}")));

    groups.update(GroupId.of(2), UpdateGroupRequest.builder().clearDescription().users(List.of()).build());

    superset.verify(putRequestedFor(urlPathEqualTo("/api/v1/security/groups/2"))
        .withRequestBody(equalToJson("{\"description\": null, \"users\": []}")));
    assertThatThrownBy(() -> groups.update(GroupId.of(2), UpdateGroupRequest.builder().build()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void deleteAndInfo() {
    superset.stubFor(delete(urlPathEqualTo("/api/v1/security/groups/2")).willReturn(okJson("{\"message\": \"OK\"}")));
    superset.stubFor(get(urlPathEqualTo("/api/v1/security/groups/_info")).willReturn(okJson("{\"permissions\": [\"can_get\"]}")));

    groups.delete(GroupId.of(2));

    superset.verify(deleteRequestedFor(urlPathEqualTo("/api/v1/security/groups/2")));
    assertThat(groups.info().permissions()).containsExactly("can_get");
    assertThat(groups.info().filters()).isEmpty();
  }
}
