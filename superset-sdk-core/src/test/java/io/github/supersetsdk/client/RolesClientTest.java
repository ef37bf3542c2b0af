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

import io.github.supersetsdk.client.exception.NotFoundException;
import io.github.supersetsdk.client.id.GroupId;
import io.github.supersetsdk.client.id.PermissionResourceId;
import io.github.supersetsdk.client.id.RoleId;
import io.github.supersetsdk.client.id.UserId;
import io.github.supersetsdk.client.model.Page;
import io.github.supersetsdk.client.model.PermissionResource;
import io.github.supersetsdk.client.model.ResourceInfo;
import io.github.supersetsdk.client.model.Role;
import io.github.supersetsdk.client.model.RoleDetails;
import io.github.supersetsdk.client.request.Filter;
import io.github.supersetsdk.client.request.FilterOperator;
import io.github.supersetsdk.client.request.ListQuery;
import io.github.supersetsdk.client.request.RoleSearch;
import io.github.supersetsdk.client.request.SortDirection;
import io.github.supersetsdk.client.security.RolesClient;
import io.github.supersetsdk.client.testing.FakeSuperset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RolesClientTest {

  @RegisterExtension
  static final FakeSuperset superset = FakeSuperset.create();

  private SupersetClient client;
  private RolesClient roles;

  @BeforeEach
  void setUp() {
    client = superset.client();
    roles = client.security().roles();
  }

  @Test
  void listPage_nameFilter_sendsRisonAndDecodesRoles() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/security/roles/"))
        .willReturn(okJson("{\"count\": 3, \"ids\": [1, 2], \"result\": [{\"id\": 1, \"name\": \"Admin\"},"
            + " {\"id\": 2, \"name\": \"Alpha\"}]}")));

    Page<Role> page = roles.listPage(ListQuery.builder()
        .filter("name", FilterOperator.STARTS_WITH, "A").orderBy("name", SortDirection.ASC).pageSize(2).build(), 0);

    assertThat(page.items()).containsExactly(new Role(RoleId.of(1), "Admin"), new Role(RoleId.of(2), "Alpha"));
    assertThat(page.totalCount()).isEqualTo(3);
    assertThat(page.hasNext()).isTrue();
    superset.verify(getRequestedFor(urlPathEqualTo("/api/v1/security/roles/"))
        .withQueryParam("q", equalTo(
            "(filters:!((col:name,opr:sw,value:A)),order_column:name,order_direction:asc,page:0,page_size:2,keys:!(none))")));
  }

  @Test
  void search_allCriteria_sendsFixedOperatorsAndDecodesIds() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/security/roles/search/"))
        .willReturn(okJson("{\"count\": 1, \"ids\": [7], \"result\": [{\"id\": 7, \"name\": \"tenant-7\","
            + " \"user_ids\": [3, 4], \"group_ids\": [5], \"permission_ids\": [10, 11]}]}")));

    List<RoleDetails> found = roles.search(RoleSearch.builder()
        .nameContains("tenant").user(UserId.of(3)).group(GroupId.of(5)).permission(PermissionResourceId.of(10))
        .orderByName(SortDirection.DESC).pageSize(10).build()).stream().toList();

    assertThat(found).containsExactly(new RoleDetails(RoleId.of(7), "tenant-7",
        List.of(UserId.of(3), UserId.of(4)), List.of(GroupId.of(5)),
        List.of(PermissionResourceId.of(10), PermissionResourceId.of(11))));
    superset.verify(getRequestedFor(urlPathEqualTo("/api/v1/security/roles/search/"))
        .withQueryParam("q", equalTo("(filters:!((col:name,opr:ct,value:tenant),(col:user_ids,opr:eq,value:3),"
            + "(col:group_ids,opr:eq,value:5),(col:permission_ids,opr:eq,value:10)),"
            + "order_column:name,order_direction:desc,page:0,page_size:10)")));
  }

  @Test
  void search_defaults_ordersByIdAscending() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/security/roles/search/"))
        .willReturn(okJson("{\"count\": 0, \"ids\": [], \"result\": []}")));

    assertThat(roles.searchPage(RoleSearch.builder().build(), 0).items()).isEmpty();

    superset.verify(getRequestedFor(urlPathEqualTo("/api/v1/security/roles/search/"))
        .withQueryParam("q", equalTo("(order_column:id,order_direction:asc,page:0,page_size:100)")));
  }

  @Test
  void get_existing_returnsRole() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/security/roles/4"))
        .willReturn(okJson("{\"id\": 4, \"result\": {\"id\": 4, \"name\": \"Gamma\"}}")));

    assertThat(roles.get(RoleId.of(4))).isEqualTo(new Role(RoleId.of(4), "Gamma"));
  }

  @Test
  void get_missing_throwsNotFound() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/security/roles/99"))
        .willReturn(okJson("{\"message\": \"Not found\"}").withStatus(404)));

    assertThatThrownBy(() -> roles.get(RoleId.of(99))).isInstanceOf(NotFoundException.class);
  }

  @Test
  void createRenameDelete_sendNameBodiesAndIds() {
    superset.stubFor(post(urlPathEqualTo("/api/v1/security/roles/"))
        .willReturn(okJson("{\"id\": 12, \"result\": {\"name\": \"tenant-42\"}}").withStatus(201)));
    superset.stubFor(put(urlPathEqualTo("/api/v1/security/roles/12"))
        .willReturn(okJson("{\"id\": 12, \"result\": {\"name\": \"tenant-43\"}}")));
    superset.stubFor(delete(urlPathEqualTo("/api/v1/security/roles/12")).willReturn(okJson("{\"message\": \"OK\"}")));

    RoleId id = roles.create("tenant-42");
    roles.rename(id, "tenant-43");
    roles.delete(id);

    assertThat(id).isEqualTo(RoleId.of(12));
    superset.verify(postRequestedFor(urlPathEqualTo("/api/v1/security/roles/"))
        .withRequestBody(equalToJson("{\"name\": \"tenant-42\"}"))
        .withHeader("X-CSRFToken", equalTo(FakeSuperset.CSRF_TOKEN)));
    superset.verify(putRequestedFor(urlPathEqualTo("/api/v1/security/roles/12"))
        .withRequestBody(equalToJson("{\"name\": \"tenant-43\"}")));
    superset.verify(deleteRequestedFor(urlPathEqualTo("/api/v1/security/roles/12")));
  }

  @Test
  void permissions_decodesIntoPermissionResources() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/security/roles/3/permissions/"))
        .willReturn(okJson("{\"result\": [{\"id\": 26, \"permission_name\": \"can_read\","
            + " \"view_menu_name\": \"Dashboard\"}]}")));

    assertThat(roles.permissions(RoleId.of(3)))
        .containsExactly(new PermissionResource(PermissionResourceId.of(26), "can_read", "Dashboard"));
  }

  @Test
  void setPermissionsUsersGroups_sendIdLists() {
    superset.stubFor(post(urlPathEqualTo("/api/v1/security/roles/3/permissions"))
        .willReturn(okJson("{\"result\": {\"permission_view_menu_ids\": [26, 27]}}")));
    superset.stubFor(put(urlPathEqualTo("/api/v1/security/roles/3/users"))
        .willReturn(okJson("{\"result\": {\"user_ids\": [5]}}")));
    superset.stubFor(put(urlPathEqualTo("/api/v1/security/roles/3/groups"))
        .willReturn(okJson("{\"result\": {\"group_ids\": []}}")));

    roles.setPermissions(RoleId.of(3), List.of(PermissionResourceId.of(26), PermissionResourceId.of(27)));
    roles.setUsers(RoleId.of(3), List.of(UserId.of(5)));
    roles.setGroups(RoleId.of(3), List.of());

    superset.verify(postRequestedFor(urlPathEqualTo("/api/v1/security/roles/3/permissions"))
        .withRequestBody(equalToJson("{\"permission_view_menu_ids\": [26, 27]}")));
    superset.verify(putRequestedFor(urlPathEqualTo("/api/v1/security/roles/3/users"))
        .withRequestBody(equalToJson("{\"user_ids\": [5]}")));
    superset.verify(putRequestedFor(urlPathEqualTo("/api/v1/security/roles/3/groups"))
        .withRequestBody(equalToJson("{\"group_ids\": []}")));
  }

  @Test
  void info_decodesPermissionsFiltersAndColumns() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/security/roles/_info"))
        .willReturn(okJson("{\"permissions\": [\"can_get\", \"can_post\"],"
            + " \"filters\": {\"name\": [{\"name\": \"Starts with\", \"operator\": \"sw\"}]},"
            + " \"add_columns\": [{\"name\": \"name\", \"label\": \"Name\", \"type\": \"String\","
            + " \"required\": true, \"unique\": true, \"description\": \"ignored\"}],"
            + " \"edit_columns\": [], \"add_title\": \"Add Role\"}")));

    ResourceInfo info = roles.info();

    assertThat(info.permissions()).containsExactly("can_get", "can_post");
    assertThat(info.filters().get("name")).singleElement()
        .satisfies(o -> assertThat(o.operator()).isEqualTo(FilterOperator.STARTS_WITH));
    assertThat(info.addColumns()).singleElement().satisfies(c -> {
      assertThat(c.name()).isEqualTo("name");
      assertThat(c.required()).isTrue();
    });
    assertThat(info.editColumns()).isEmpty();
  }

  @Test
  void list_twoPages_fetchesLazilyAndStopsAtCount() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/security/roles/"))
        .withQueryParam("q", equalTo("(filters:!((col:name,opr:ct,value:t)),order_column:id,order_direction:asc,page:0,page_size:1,keys:!(none))"))
        .willReturn(okJson("{\"count\": 2, \"result\": [{\"id\": 1, \"name\": \"t1\"}]}")));
    superset.stubFor(get(urlPathEqualTo("/api/v1/security/roles/"))
        .withQueryParam("q", equalTo("(filters:!((col:name,opr:ct,value:t)),order_column:id,order_direction:asc,page:1,page_size:1,keys:!(none))"))
        .willReturn(okJson("{\"count\": 2, \"result\": [{\"id\": 2, \"name\": \"t2\"}]}")));

    List<Role> all = roles.list(new ListQuery(List.of(Filter.of("name", FilterOperator.CONTAINS, "t")), null, null, 1))
        .stream().toList();

    assertThat(all).extracting(Role::name).containsExactly("t1", "t2");
    superset.verify(2, getRequestedFor(urlPathEqualTo("/api/v1/security/roles/")));
  }
}
