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
import io.github.supersetsdk.client.model.GroupRef;
import io.github.supersetsdk.client.model.RoleRef;
import io.github.supersetsdk.client.model.User;
import io.github.supersetsdk.client.request.CreateUserRequest;
import io.github.supersetsdk.client.request.UpdateUserRequest;
import io.github.supersetsdk.client.request.UserPassword;
import io.github.supersetsdk.client.security.UsersClient;
import io.github.supersetsdk.client.testing.FakeSuperset;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class UsersClientTest {

  @RegisterExtension
  static final FakeSuperset superset = FakeSuperset.create();

  private static final String USER_PASSWORD = "Initial-Pw-9d1e";
  private static final String USER_JSON = "{\"id\": 5, \"username\": \"jdoe\", \"first_name\": \"Jane\","
      + " \"last_name\": \"Doe\", \"email\": \"jdoe@example.com\", \"active\": true,"
      + " \"roles\": [{\"id\": 3, \"name\": \"Gamma\"}],"
      + " \"groups\": [{\"id\": 2, \"name\": \"analysts\", \"label\": \"Analysts\", \"description\": null}],"
      + " \"last_login\": null, \"login_count\": 4, \"fail_login_count\": 0,"
      + " \"created_on\": \"2026-11-25T11:00:31.251091\", \"changed_on\": \"2026-11-25T11:00:31.251098\","
      + " \"created_by\": null, \"changed_by\": null}";

  private SupersetClient client;
  private UsersClient users;

  @BeforeEach
  void setUp() {
    client = superset.client();
    users = client.security().users();
  }

  @Test
  void get_decodesRolesGroupsAndNaiveUtcTimestamps() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/security/users/5")).willReturn(okJson("{\"id\": 5, \"result\": " + USER_JSON + "}")));

    User user = users.get(UserId.of(5));

    assertThat(user.id()).isEqualTo(UserId.of(5));
    assertThat(user.username()).isEqualTo("jdoe");
    assertThat(user.active()).isTrue();
    assertThat(user.roles()).containsExactly(new RoleRef(RoleId.of(3), "Gamma"));
    assertThat(user.groups()).containsExactly(new GroupRef(GroupId.of(2), "analysts", "Analysts", null));
    assertThat(user.lastLogin()).isNull();
    assertThat(user.loginCount()).isEqualTo(4L);
    assertThat(user.createdOn()).isEqualTo(Instant.parse("2026-11-25T11:00:31.251091Z"));
  }

  @Test
  void findByUsername_sendsEqualityFilterWithPageSizeOne() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/security/users/"))
        .willReturn(okJson("{\"count\": 1, \"result\": [" + USER_JSON + "]}")));

    assertThat(users.findByUsername("jdoe")).hasValueSatisfying(u -> assertThat(u.id()).isEqualTo(UserId.of(5)));

    superset.verify(getRequestedFor(urlPathEqualTo("/api/v1/security/users/"))
        .withQueryParam("q", equalTo("(filters:!((col:username,opr:eq,value:jdoe)),order_column:id,order_direction:asc,page:0,page_size:1,keys:!(none))")));
  }

  @Test
  void findByUsername_none_isEmpty() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/security/users/")).willReturn(okJson("{\"count\": 0, \"result\": []}")));

    assertThat(users.findByUsername("nobody")).isEmpty();
  }

  @Test
  void create_sendsPasswordToServerButNeverToLogs() {
    superset.stubFor(post(urlPathEqualTo("/api/v1/security/users/"))
        .willReturn(okJson("{\"id\": 9, \"result\": {\"username\": \"jdoe\", \"password\": \"" + USER_PASSWORD + "\"}}")
            .withStatus(201)));
    CreateUserRequest request = CreateUserRequest.builder("jdoe", "Jane", "Doe", "jdoe@example.com", USER_PASSWORD)
        .roles(List.of(RoleId.of(3))).groups(List.of(GroupId.of(2))).active(true).build();

    UserId id;
    List<String> lines;
    try (LogCapture logs = LogCapture.capture()) {
      id = users.create(request);
      lines = logs.lines();
    }

    assertThat(id).isEqualTo(UserId.of(9));
    superset.verify(postRequestedFor(urlPathEqualTo("/api/v1/security/users/"))
        .withRequestBody(equalToJson("{\"username\": \"jdoe\", \"first_name\": \"Jane\", \"last_name\": \"Doe\","
            + " \"email\": \"jdoe@example.com\", \"password\": \"" + USER_PASSWORD + "\", \"active\": true,"
            + " \"roles\": [3], \"groups\": [2]}")));
    assertThat(lines).isNotEmpty();
    assertThat(lines).noneMatch(line -> line.contains(USER_PASSWORD));
    assertThat(request.toString()).doesNotContain(USER_PASSWORD).contains("password=***");
  }

  @Test
  void update_sendsOnlyChangedFieldsAndRedactsPassword() {
    superset.stubFor(put(urlPathEqualTo("/api/v1/security/users/5")).willReturn(okJson("{\"id\": 5, \"result\": {}}")));
    UpdateUserRequest request = UpdateUserRequest.builder().password("New-Pw-77").active(false).roles(List.of()).build();

    users.update(UserId.of(5), request);

    superset.verify(putRequestedFor(urlPathEqualTo("/api/v1/security/users/5"))
        .withRequestBody(equalToJson("{\"password\": \"New-Pw-77\", \"active\": false, \"roles\": []}")));
    assertThat(request.toString()).doesNotContain("New-Pw-77").contains("password=set(***)");
    assertThat(UpdateUserRequest.builder().build().toString()).contains("password=unchanged");
  }

  @Test
  void update_nothingChanged_isRejectedWithoutACall() {
    assertThatThrownBy(() -> users.update(UserId.of(5), UpdateUserRequest.builder().build()))
        .isInstanceOf(IllegalArgumentException.class);
    superset.verify(0, putRequestedFor(urlPathEqualTo("/api/v1/security/users/5")));
  }

  @Test
  void userPassword_printsMasked_andRejectsEmpty() {
    assertThat(UserPassword.of(USER_PASSWORD)).hasToString("***");
    assertThat(UpdateUserRequest.builder().password(USER_PASSWORD).build().password()).hasToString("set(***)");
    assertThatThrownBy(() -> UserPassword.of("")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void delete_sendsDelete() {
    superset.stubFor(delete(urlPathEqualTo("/api/v1/security/users/5")).willReturn(okJson("{\"message\": \"OK\"}")));

    users.delete(UserId.of(5));

    superset.verify(deleteRequestedFor(urlPathEqualTo("/api/v1/security/users/5")));
  }

  @Test
  void info_readsAddColumns() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/security/users/_info")).willReturn(okJson("{\"permissions\": [\"can_get\"],"
        + " \"filters\": {}, \"add_columns\": [{\"name\": \"password\", \"required\": true, \"unique\": false}],"
        + " \"edit_columns\": [{\"name\": \"email\", \"required\": false, \"unique\": true}]}")));

    assertThat(users.info().addColumns()).extracting(c -> c.name()).containsExactly("password");
    assertThat(users.info().editColumns()).singleElement().satisfies(c -> assertThat(c.unique()).isTrue());
  }
}
