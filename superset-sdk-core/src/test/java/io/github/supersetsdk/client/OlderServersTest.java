package io.github.supersetsdk.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.supersetsdk.client.exception.BadRequestException;
import io.github.supersetsdk.client.exception.OperationUnsupportedException;
import io.github.supersetsdk.client.id.ChartId;
import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.model.UserPermission;
import io.github.supersetsdk.client.testing.FakeSuperset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the client does where Superset releases before 6.1 answer differently. */
class OlderServersTest {

  @RegisterExtension
  static final FakeSuperset superset = FakeSuperset.withoutRetries();

  private static final String USER_1 = "{\"id\":1,\"result\":{\"id\":1,\"username\":\"admin\",\"first_name\":\"Admin\","
      + "\"last_name\":\"User\",\"email\":\"admin@example.com\",\"active\":true,\"login_count\":7,"
      + "\"roles\":[{\"id\":1,\"name\":\"Admin\"}],\"groups\":[]}}";

  private void stubVersion(String version) {
    superset.stubFor(get(urlPathEqualTo("/version"))
        .willReturn(okJson("{\"build_number\": null, \"version_sha\": \"\", \"version_string\": \"" + version + "\"}")));
  }

  @Test
  void currentUser_before61_readsTheTokensUserFromTheSecurityApi() {
    stubVersion("5.0.0");
    superset.stubFor(get(urlPathEqualTo("/api/v1/security/users/1")).willReturn(okJson(USER_1)));
    superset.stubFor(get(urlPathEqualTo("/api/v1/security/roles/1/permissions/")).willReturn(okJson(
        "{\"result\":[{\"id\":5,\"permission_name\":\"can_read\",\"view_menu_name\":\"Dashboard\"}]}")));
    try (SupersetClient client = superset.clientBuilder().build()) {
      var me = client.currentUser().get();
      assertThat(me.username()).isEqualTo("admin");
      assertThat(me.isActive()).isTrue();
      assertThat(me.isAnonymous()).isFalse();
      assertThat(me.loginCount()).isEqualTo(7L);
      var roles = client.currentUser().roles();
      assertThat(roles.roles().get("Admin")).containsExactly(new UserPermission("can_read", "Dashboard"));
      assertThat(roles.permissions()).isEmpty();
    }
    // The me routes refuse bearer tokens there: never asked, so no 401 and no second login.
    assertThat(superset.findAll(getRequestedFor(urlPathEqualTo("/api/v1/me/")))).isEmpty();
    assertThat(superset.findAll(postRequestedFor(urlPathEqualTo(FakeSuperset.LOGIN)))).hasSize(1);
  }

  @Test
  void currentUser_before61_withoutSecurityApiAccess_isUnsupported() {
    stubVersion("5.0.0");
    superset.stubFor(get(urlPathEqualTo("/api/v1/security/users/1"))
        .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
            .withBody("{\"message\":\"Forbidden\"}")));
    try (SupersetClient client = superset.clientBuilder().build()) {
      assertThatThrownBy(() -> client.currentUser().get())
          .isInstanceOfSatisfying(OperationUnsupportedException.class, e -> {
            assertThat(e.pathTemplate()).isEqualTo("/api/v1/me/");
            assertThat(e.sdkMethod()).isEqualTo("CurrentUserClient.get");
            assertThat(e.serverVersion()).isEqualTo("5.0.0");
            assertThat(e.getMessage()).contains("can_read on User");
            assertThat(e.isRetryable()).isFalse();
          });
    }
  }

  @Test
  void currentUser_meRefusingTheToken_fallsBackWhenTheVersionIsUnknown() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/me/")).willReturn(aResponse().withStatus(401)
        .withHeader("Content-Type", "application/json").withBody("{\"message\":\"Not authorized\"}")));
    superset.stubFor(get(urlPathEqualTo("/api/v1/security/users/1")).willReturn(okJson(USER_1)));
    try (SupersetClient client = superset.clientBuilder().build()) {
      assertThat(client.currentUser().get().email()).isEqualTo("admin@example.com");
    }
  }

  @Test
  void failedConnectionTest_answering500WithAConnectionError_isABadRequestAndNotRetried() {
    superset.stubFor(post(urlPathEqualTo("/api/v1/database/test_connection/")).willReturn(aResponse()
        .withStatus(500).withHeader("Content-Type", "application/json")
        .withBody("{\"errors\":[{\"message\":\"The password provided for username \\\"reader\\\" is incorrect.\","
            + "\"error_type\":\"CONNECTION_INVALID_PASSWORD_ERROR\",\"level\":\"error\",\"extra\":{}}]}")));
    try (SupersetClient client = superset.clientBuilder().retryPolicy(RetryPolicy.defaults()).build()) {
      RawRequest test = RawRequest.builder("POST", "/api/v1/database/test_connection/")
          .jsonBody(Map.of()).retrySafe(true).build();
      assertThatThrownBy(() -> client.raw().send(test))
          .isInstanceOfSatisfying(BadRequestException.class, e -> {
            assertThat(e.errorType().value()).isEqualTo("CONNECTION_INVALID_PASSWORD_ERROR");
            assertThat(e.isRetryable()).isFalse();
          });
    }
    assertThat(superset.findAll(postRequestedFor(urlPathEqualTo("/api/v1/database/test_connection/")))).hasSize(1);
  }

  @Test
  void chartByUuid_withoutTheUuidRoute_isFoundInTheList() {
    UUID uuid = UUID.fromString("0d9c1b7e-5b0a-4c53-9a39-2f6f1f6b7a11");
    superset.stubFor(get(urlPathEqualTo("/api/v1/chart/" + uuid)).willReturn(aResponse().withStatus(405)
        .withHeader("Content-Type", "application/json").withBody("{\"message\":\"405 Method Not Allowed\"}")));
    superset.stubFor(get(urlPathEqualTo("/api/v1/chart/")).willReturn(okJson(
        "{\"count\":2,\"result\":[{\"id\":3,\"uuid\":\"" + UUID.randomUUID() + "\"},{\"id\":9,\"uuid\":\"" + uuid + "\"}]}")));
    superset.stubFor(get(urlPathEqualTo("/api/v1/chart/9")).willReturn(okJson(
        "{\"id\":9,\"result\":{\"id\":9,\"slice_name\":\"Revenue\",\"uuid\":\"" + uuid + "\",\"datasource_id\":4,"
            + "\"datasource_type\":\"table\"}}")));
    try (SupersetClient client = superset.clientBuilder().build()) {
      assertThat(client.charts().get(uuid).id()).isEqualTo(ChartId.of(9));
      assertThat(client.charts().find(UUID.randomUUID())).isEmpty();
    }
  }

  @Test
  void datasetDetail_withoutUuid_isCompletedFromTheList() {
    UUID uuid = UUID.fromString("7e0f4c0a-3d1e-4a52-8c4b-1b2c3d4e5f60");
    superset.stubFor(get(urlPathEqualTo("/api/v1/dataset/4")).willReturn(okJson(
        "{\"id\":4,\"result\":{\"id\":4,\"table_name\":\"fct_orders\",\"columns\":[],\"metrics\":[]}}")));
    superset.stubFor(get(urlPathEqualTo("/api/v1/dataset/")).willReturn(okJson(
        "{\"count\":1,\"result\":[{\"id\":4,\"uuid\":\"" + uuid + "\"}]}")));
    try (SupersetClient client = superset.clientBuilder().build()) {
      assertThat(client.datasets().get(DatasetId.of(4)).uuid()).isEqualTo(uuid);
    }
  }
}
