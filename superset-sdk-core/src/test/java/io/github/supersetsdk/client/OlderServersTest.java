package io.github.supersetsdk.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.supersetsdk.client.exception.BadRequestException;
import io.github.supersetsdk.client.exception.FieldUnsupportedException;
import io.github.supersetsdk.client.exception.OperationUnsupportedException;
import io.github.supersetsdk.client.id.ChartId;
import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.model.UserPermission;
import io.github.supersetsdk.client.request.ImportBundleRequest;
import io.github.supersetsdk.client.testing.FakeSuperset;
import io.github.supersetsdk.client.testing.Zips;
import java.io.IOException;
import java.util.List;
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
  // Superset 4.1 exports a saved query's catalog, and its import schema does not know the field.
  private static final String QUERY_FILE = "queries/warehouse/marts/answer.yaml";
  private static final String REFUSED_CATALOG = "{\"errors\":[{\"message\":\"Error importing saved_queries\","
      + "\"error_type\":\"GENERIC_COMMAND_ERROR\",\"level\":\"warning\",\"extra\":{\"" + QUERY_FILE
      + "\":{\"catalog\":[\"Unknown field.\"]}}}]}";

  @Test
  void savedQueryImport_refusingItsOwnExportsEmptyCatalog_importsTheBundleWithoutIt() throws IOException {
    stubVersion("4.1.4");
    superset.stubFor(post(urlPathEqualTo("/api/v1/saved_query/import/")).inScenario("catalog")
        .whenScenarioStateIs(STARTED).willSetStateTo("refused")
        .willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/json").withBody(REFUSED_CATALOG)));
    superset.stubFor(post(urlPathEqualTo("/api/v1/saved_query/import/")).inScenario("catalog")
        .whenScenarioStateIs("refused").willReturn(okJson("{\"message\":\"OK\"}")));
    String query = "catalog: null\nschema: marts\nlabel: answer\ndescription: ''\nsql: select 42 as answer\n"
        + "uuid: 2b0c6f5e-8f0e-4e55-9a5e-5d7c1e0a4b11\nversion: 1.0.0\n";
    String database = "database_name: warehouse\ncatalog: null\nuuid: 9d1e2f3a-1111-4c2d-8e9f-0a1b2c3d4e5f\n";
    byte[] bundle = zip(Map.of("saved_query_export_20261206T120000/metadata.yaml", "version: 1.0.0\n",
        "saved_query_export_20261206T120000/" + QUERY_FILE, query,
        "saved_query_export_20261206T120000/databases/warehouse.yaml", database));

    try (SupersetClient client = superset.clientBuilder().build()) {
      client.savedQueries().importBundle(ImportBundleRequest.builder(bundle).overwrite(true)
          .password("databases/warehouse.yaml", "pw").build());
    }

    List<LoggedRequest> sent = superset.findAll(postRequestedFor(urlPathEqualTo("/api/v1/saved_query/import/")));
    assertThat(sent).hasSize(2);
    Map<String, String> resent = unzip(sent.get(1).getPart("formData").getBody().asBytes());
    assertThat(resent.get("saved_query_export_20261206T120000/" + QUERY_FILE))
        .isEqualTo(query.replace("catalog: null\n", ""));
    // Only the refused file changes; the database's own catalog field is its schema's business.
    assertThat(resent.get("saved_query_export_20261206T120000/databases/warehouse.yaml")).isEqualTo(database);
    assertThat(resent).containsEntry("saved_query_export_20261206T120000/metadata.yaml", "version: 1.0.0\n");
  }

  @Test
  void savedQueryImport_refusingACatalogThatHoldsAValue_failsNamingTheFieldAndImportsNothing() throws IOException {
    stubVersion("4.1.4");
    superset.stubFor(post(urlPathEqualTo("/api/v1/saved_query/import/"))
        .willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/json").withBody(REFUSED_CATALOG)));
    byte[] bundle = zip(Map.of("export/" + QUERY_FILE, "catalog: analytics\nsql: select 1\n"));

    try (SupersetClient client = superset.clientBuilder().build()) {
      assertThatThrownBy(() -> client.savedQueries().importBundle(ImportBundleRequest.builder(bundle)
          .overwrite(true).build()))
          .isInstanceOfSatisfying(FieldUnsupportedException.class, e -> {
            assertThat(e.fields()).containsExactly(QUERY_FILE + ".catalog");
            assertThat(e.serverVersion()).isEqualTo("4.1.4");
            assertThat(e.getCause()).isInstanceOf(BadRequestException.class);
            assertThat(e.getMessage()).contains("POST /api/v1/saved_query/import/", "SavedQueriesClient.importBundle",
                QUERY_FILE + ".catalog");
          });
    }
    assertThat(superset.findAll(postRequestedFor(urlPathEqualTo("/api/v1/saved_query/import/")))).hasSize(1);
  }

  @Test
  void importRefusal_otherThanUnknownFields_staysABadRequestWithTheFilesMessages() {
    superset.stubFor(post(urlPathEqualTo("/api/v1/saved_query/import/")).willReturn(aResponse().withStatus(422)
        .withHeader("Content-Type", "application/json").withBody("{\"errors\":[{\"message\":\"Error importing "
            + "saved_queries\",\"error_type\":\"GENERIC_COMMAND_ERROR\",\"extra\":{\"" + QUERY_FILE + "\":"
            + "\"Saved_Queries already exists and `overwrite=true` was not passed\",\"issue_codes\":[{\"code\":1010}]}}]}")));
    try (SupersetClient client = superset.clientBuilder().build()) {
      assertThatThrownBy(() -> client.savedQueries().importBundle(ImportBundleRequest.builder(new byte[] {'P', 'K'})
          .build()))
          .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.fieldErrors()).containsExactly(
              Map.entry(QUERY_FILE, List.of("Saved_Queries already exists and `overwrite=true` was not passed"))));
    }
    assertThat(superset.findAll(postRequestedFor(urlPathEqualTo("/api/v1/saved_query/import/")))).hasSize(1);
  }

  /** The files in name order. */
  private static byte[] zip(Map<String, String> files) {
    return Zips.zip(new java.util.TreeMap<>(files));
  }

  private static Map<String, String> unzip(byte[] bundle) {
    return Zips.unzip(bundle);
  }
}
