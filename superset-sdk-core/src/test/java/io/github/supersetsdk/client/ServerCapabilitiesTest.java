package io.github.supersetsdk.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.supersetsdk.client.ServerInfo.Support;
import io.github.supersetsdk.client.exception.BadRequestException;
import io.github.supersetsdk.client.exception.FieldUnsupportedException;
import io.github.supersetsdk.client.exception.NotFoundException;
import io.github.supersetsdk.client.exception.OperationUnsupportedException;
import io.github.supersetsdk.client.id.CssTemplateId;
import io.github.supersetsdk.client.id.ThemeId;
import io.github.supersetsdk.client.request.CreateCssTemplateRequest;
import io.github.supersetsdk.client.request.ListQuery;
import io.github.supersetsdk.client.testing.FakeSuperset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ServerCapabilitiesTest {

  @RegisterExtension
  static final FakeSuperset superset = FakeSuperset.withoutRetries();

  private static final String SPEC = "/api/v1/_openapi";
  private static final String CSS = "/api/v1/css_template/";

  /** A served document with the CSS template endpoints but no themes (as Superset 5.0 has). */
  private static final String OLD_SPEC = """
      {"openapi": "3.0.2", "info": {"title": "Superset", "version": "v1"},
       "paths": {
         "/api/v1/css_template/": {
           "get": {"tags": ["CSS Templates"]},
           "post": {"requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/CssTemplateRestApi.post"}}}}}
         },
         "/api/v1/css_template/{pk}": {"get": {}, "delete": {}},
         "/api/v1/dataset/{pk}": {"put": {"requestBody": {"content": {"application/json": {"schema": {"type": "object"}}}}}}
       },
       "components": {"schemas": {
         "CssTemplateRestApi.post": {"type": "object", "properties": {"template_name": {"type": "string"}}}
       }}}
      """;

  private static final String HTML_404 = "<!doctype html><html><head><title>404</title></head><body>Not found</body></html>";

  private void stubVersion(String version) {
    superset.stubFor(get(urlPathEqualTo("/version"))
        .willReturn(okJson("{\"build_number\": null, \"version_sha\": \"\", \"version_string\": \"" + version + "\"}")));
  }

  private void stubSpec(String json) {
    superset.stubFor(get(urlPathEqualTo(SPEC)).willReturn(okJson(json)));
  }

  private void stubNoRoute(String path) {
    superset.stubFor(get(urlPathEqualTo(path))
        .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "text/html; charset=utf-8").withBody(HTML_404)));
  }

  private int requestsTo(String path) {
    return superset.findAll(getRequestedFor(urlPathEqualTo(path))).size();
  }

  @Test
  void server_specAndVersionServed_reportsThem() {
    stubSpec(OLD_SPEC);
    stubVersion("5.0.0");

    ServerInfo server = superset.client().server();

    assertThat(server.version()).isEqualTo("5.0.0");
    assertThat(server.capabilitiesKnown()).isTrue();
    assertThat(server.supports("GET", "/api/v1/css_template/")).isEqualTo(Support.SUPPORTED);
    assertThat(server.supports("get", "/api/v1/css_template/{id}")).isEqualTo(Support.SUPPORTED);
    assertThat(server.supports("GET", "/api/v1/css_template/12")).isEqualTo(Support.SUPPORTED);
    assertThat(server.supports("PUT", "/api/v1/css_template/12")).isEqualTo(Support.UNSUPPORTED);
    assertThat(server.supports("GET", "/api/v1/theme/")).isEqualTo(Support.UNSUPPORTED);
    assertThat(server.supportsField("POST", CSS, "template_name")).isEqualTo(Support.SUPPORTED);
    assertThat(server.supportsField("POST", CSS, "css")).isEqualTo(Support.UNSUPPORTED);
    assertThat(server.supportsField("PUT", "/api/v1/dataset/{pk}", "anything")).isEqualTo(Support.UNKNOWN);
    assertThat(server.supportsField("GET", "/api/v1/theme/", "x")).isEqualTo(Support.UNSUPPORTED);
    assertThat(server.toString()).isEqualTo("ServerInfo[version=5.0.0, operations=5]");
  }

  @Test
  void server_calledRepeatedlyAndConcurrently_detectsOnce() throws Exception {
    stubSpec(OLD_SPEC);
    stubVersion("5.0.0");
    SupersetClient client = superset.client();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<ServerInfo>> tasks = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        tasks.add(client::server);
      }
      for (Future<ServerInfo> f : pool.invokeAll(tasks)) {
        assertThat(f.get().version()).isEqualTo("5.0.0");
        assertThat(f.get().capabilitiesKnown()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
    client.server();

    assertThat(requestsTo(SPEC)).isEqualTo(1);
    assertThat(requestsTo("/version")).isEqualTo(1);
  }

  @Test
  void server_noVersionEndpoint_readsTheLoginPage() {
    stubSpec(OLD_SPEC);
    stubNoRoute("/version");
    superset.stubFor(get(urlPathEqualTo("/login/")).willReturn(aResponse().withHeader("Content-Type", "text/html")
        .withBody("<div id=\"app\" data-bootstrap=\"{&#34;common&#34;: {&#34;menu_data&#34;: {&#34;navbar_right&#34;: "
            + "{&#34;version_string&#34;: &#34;4.1.4&#34;, &#34;version_sha&#34;: &#34;&#34;}}}}\"></div>")
        .withHeader("Set-Cookie", "session=anonymous-login-page; Path=/")));

    assertThat(superset.client().server().version()).isEqualTo("4.1.4");
  }

  @Test
  void server_loginPageProbe_neitherLoggedNorKeepsItsSessionCookie() {
    stubSpec(OLD_SPEC.replace("{\"template_name\": {\"type\": \"string\"}}", "{\"template_name\": {}, \"css\": {}}"));
    stubNoRoute("/version");
    superset.stubFor(get(urlPathEqualTo("/login/")).willReturn(aResponse().withHeader("Content-Type", "text/html")
        .withBody("<input name=\"csrf_token\" value=\"login-page-Secret-4d2\"><div data-bootstrap=\""
            + "{&#34;version_string&#34;: &#34;4.1.4&#34;}\"></div>")
        .withHeader("Set-Cookie", "session=anonymous-Secret-77; Path=/")));
    superset.stubFor(post(urlPathEqualTo(CSS)).willReturn(okJson("{\"id\": 7, \"result\": {}}").withStatus(201)));
    List<String> lines;
    try (LogCapture capture = LogCapture.capture()) {
      SupersetClient client = superset.client();
      client.cssTemplates().create(CreateCssTemplateRequest.of("t", "x")); // takes the session cookie
      assertThat(client.server().version()).isEqualTo("4.1.4");
      client.cssTemplates().create(CreateCssTemplateRequest.of("u", "y"));
      lines = capture.lines();
    }

    assertThat(lines).noneMatch(line -> line.contains("login-page-Secret-4d2") || line.contains("anonymous-Secret-77"));
    List<com.github.tomakehurst.wiremock.verification.LoggedRequest> posts =
        superset.findAll(postRequestedFor(urlPathEqualTo(CSS)));
    assertThat(posts).hasSize(2);
    assertThat(posts.get(1).getHeader("Cookie")).contains(FakeSuperset.SESSION_COOKIE).doesNotContain("anonymous-Secret-77");
    assertThat(superset.findAll(getRequestedFor(urlPathEqualTo("/login/"))).get(0).containsHeader("Cookie")).isFalse();
  }

  @Test
  void server_specFetchFails_capabilitiesUnknownAndCallsStillWork() {
    superset.stubFor(get(urlPathEqualTo(SPEC)).willReturn(aResponse().withStatus(500).withBody("{\"message\": \"boom\"}")));
    superset.stubFor(get(urlPathEqualTo("/version")).willReturn(aResponse().withStatus(503)));
    superset.stubFor(get(urlPathEqualTo(CSS + "3"))
        .willReturn(okJson("{\"id\": 3, \"result\": {\"id\": 3, \"template_name\": \"t\", \"css\": \"\"}}")));
    SupersetClient client = superset.client();

    ServerInfo server = client.server();

    assertThat(server.capabilitiesKnown()).isFalse();
    assertThat(server.version()).isNull();
    assertThat(server.supports("GET", "/api/v1/theme/")).isEqualTo(Support.UNKNOWN);
    assertThat(client.cssTemplates().get(CssTemplateId.of(3)).templateName()).isEqualTo("t");
    // A transient failure is not retried at once: one call, one attempt at the document.
    client.server();
    assertThat(requestsTo(SPEC)).isEqualTo(1);
  }

  @Test
  void happyPath_sendsNoDetectionRequest() {
    superset.stubFor(get(urlPathEqualTo(CSS + "3"))
        .willReturn(okJson("{\"id\": 3, \"result\": {\"id\": 3, \"template_name\": \"t\", \"css\": \"\"}}")));

    superset.client().cssTemplates().get(CssTemplateId.of(3));

    assertThat(requestsTo(SPEC)).isZero();
    assertThat(requestsTo("/version")).isZero();
  }

  @Test
  void missingObject_specListsRoute_staysNotFound() {
    stubSpec(OLD_SPEC);
    superset.stubFor(get(urlPathEqualTo(CSS + "99"))
        .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "text/html").withBody(HTML_404)));

    assertThatThrownBy(() -> superset.client().cssTemplates().get(CssTemplateId.of(99)))
        .isExactlyInstanceOf(NotFoundException.class);
    assertThat(superset.client().cssTemplates().find(CssTemplateId.of(99))).isEmpty();
  }

  @Test
  void missingRoute_specLacksIt_operationUnsupportedNamingOperationAndVersion() {
    stubSpec(OLD_SPEC);
    stubVersion("5.0.0");
    stubNoRoute("/api/v1/theme/");

    assertThatThrownBy(() -> superset.client().themes().list(ListQuery.all()).iterator().next())
        .isInstanceOfSatisfying(OperationUnsupportedException.class, e -> {
          assertThat(e.method()).isEqualTo("GET");
          assertThat(e.pathTemplate()).isEqualTo("/api/v1/theme/");
          assertThat(e.sdkMethod()).isEqualTo("ThemesClient.list");
          assertThat(e.serverVersion()).isEqualTo("5.0.0");
          assertThat(e.isRetryable()).isFalse();
          assertThat(e.getCause()).isInstanceOf(NotFoundException.class);
          assertThat(e.getMessage()).startsWith("GET /api/v1/theme/ (ThemesClient.list) is not supported by Superset 5.0.0");
        });
  }

  @Test
  void specKnown_operationMissing_failsBeforeSending() {
    stubSpec(OLD_SPEC);
    stubVersion("5.0.0");
    SupersetClient client = superset.client();
    client.server();

    assertThatThrownBy(() -> client.themes().get(ThemeId.of(1)))
        .isInstanceOfSatisfying(OperationUnsupportedException.class, e -> {
          assertThat(e.pathTemplate()).isEqualTo("/api/v1/theme/{pk}");
          assertThat(e.sdkMethod()).isEqualTo("ThemesClient.get");
          assertThat(e.getCause()).isNull();
          assertThat(e.getMessage()).endsWith("its OpenAPI document has no such operation; not sent");
        });
    assertThat(superset.findAll(getRequestedFor(urlPathMatching("/api/v1/theme/.*")))).isEmpty();
  }

  @Test
  void jsonNotFoundOfAnObject_isNotFound_withoutReadingTheSpec() {
    // A guest's first charts().data reads the chart (404 for guests): no half-megabyte spec download for that.
    stubSpec(OLD_SPEC);
    stubVersion("5.0.0");
    superset.stubFor(get(urlPathEqualTo(CSS + "99"))
        .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
            .withBody("{\"message\": \"Not found\"}")));
    stubNoRoute("/api/v1/theme/");
    SupersetClient client = superset.client();

    assertThatThrownBy(() -> client.cssTemplates().get(CssTemplateId.of(99))).isExactlyInstanceOf(NotFoundException.class);
    assertThat(requestsTo(SPEC)).isZero();
    // A route the server lacks still asks the spec.
    assertThatThrownBy(() -> client.themes().list(ListQuery.all()).iterator().next())
        .isInstanceOf(OperationUnsupportedException.class);
    assertThat(requestsTo(SPEC)).isEqualTo(1);
  }

  @Test
  void specUnreadable_htmlNotFoundIsMissingRoute_jsonNotFoundIsMissingObject() {
    superset.stubFor(get(urlPathEqualTo(SPEC)).willReturn(aResponse().withStatus(403)
        .withBody("{\"message\": \"Forbidden\"}")));
    superset.stubFor(get(urlPathEqualTo("/version")).willReturn(aResponse().withStatus(404)));
    superset.stubFor(get(urlPathEqualTo("/login/")).willReturn(aResponse().withStatus(404)));
    stubNoRoute("/api/v1/theme/");
    superset.stubFor(get(urlPathEqualTo(CSS + "99"))
        .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
            .withBody("{\"message\": \"Not found\"}")));
    superset.stubFor(put(urlPathEqualTo("/api/v1/theme/1")).willReturn(aResponse().withStatus(405)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"errors\": [{\"message\": \"405 Method Not Allowed: The method is not allowed for the requested URL.\","
            + " \"error_type\": \"GENERIC_BACKEND_ERROR\", \"level\": \"error\"}]}")));
    SupersetClient client = superset.client();

    assertThatThrownBy(() -> client.themes().list(ListQuery.all()).iterator().next())
        .isInstanceOfSatisfying(OperationUnsupportedException.class,
            e -> assertThat(e.getMessage()).contains("this Superset server (version unknown)"));
    assertThatThrownBy(() -> client.cssTemplates().get(CssTemplateId.of(99)))
        .isExactlyInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> client.themes().update(ThemeId.of(1),
            io.github.supersetsdk.client.request.ThemeRequest.of("x", "{}")))
        .isInstanceOf(OperationUnsupportedException.class);
    // A permanent failure (403) is not retried: one attempt at the document for three calls.
    assertThat(requestsTo(SPEC)).isEqualTo(1);
    assertThat(client.server().capabilitiesKnown()).isFalse();
  }

  @Test
  void specKnown_unknownFieldSet_failsBeforeSendingNamingFieldAndVersion() {
    stubSpec(OLD_SPEC);
    stubVersion("4.1.4");
    SupersetClient client = superset.client();
    client.server();

    assertThatThrownBy(() -> client.cssTemplates().create(CreateCssTemplateRequest.of("t", "body {}")))
        .isInstanceOfSatisfying(FieldUnsupportedException.class, e -> {
          assertThat(e.fields()).containsExactly("css");
          assertThat(e.serverVersion()).isEqualTo("4.1.4");
          assertThat(e.sdkMethod()).isEqualTo("CssTemplatesClient.create");
          assertThat(e.getMessage()).isEqualTo("POST /api/v1/css_template/ (CssTemplatesClient.create): Superset 4.1.4"
              + " does not know the field css set in the request; not sent");
        });
    assertThat(superset.findAll(postRequestedFor(urlPathEqualTo(CSS)))).isEmpty();
  }

  @Test
  void specKnown_unknownFieldEmpty_droppedAndSent() {
    stubSpec(OLD_SPEC);
    superset.stubFor(post(urlPathEqualTo(CSS)).willReturn(okJson("{\"id\": 7, \"result\": {}}").withStatus(201)));
    SupersetClient client = superset.client();
    client.server();

    CssTemplateId id = client.cssTemplates().create(CreateCssTemplateRequest.of("t", ""));

    assertThat(id).isEqualTo(CssTemplateId.of(7));
    superset.verify(1, postRequestedFor(urlPathEqualTo(CSS)).withRequestBody(equalToJson("{\"template_name\": \"t\"}")));
  }

  @Test
  void unknownField400_valueSet_fieldUnsupportedWithTheBadRequestAsCause() {
    superset.stubFor(get(urlPathEqualTo(SPEC)).willReturn(aResponse().withStatus(404)));
    stubVersion("4.1.4");
    superset.stubFor(post(urlPathEqualTo(CSS)).willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "application/json").withBody("{\"message\": {\"css\": [\"Unknown field.\"]}}")));

    assertThatThrownBy(() -> superset.client().cssTemplates().create(CreateCssTemplateRequest.of("t", "body {}")))
        .isInstanceOfSatisfying(FieldUnsupportedException.class, e -> {
          assertThat(e.fields()).containsExactly("css");
          assertThat(e.getCause()).isInstanceOf(BadRequestException.class);
          assertThat(e.getMessage()).contains("Superset 4.1.4 does not know the field css set in the request (refused as unknown)");
        });
    superset.verify(1, postRequestedFor(urlPathEqualTo(CSS)));
  }

  @Test
  void unknownField400_valueEmpty_resentOnceWithoutIt() {
    superset.stubFor(get(urlPathEqualTo(SPEC)).willReturn(aResponse().withStatus(404)));
    superset.stubFor(post(urlPathEqualTo(CSS)).withRequestBody(equalToJson("{\"template_name\": \"t\", \"css\": \"\"}"))
        .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
            .withBody("{\"message\": {\"css\": [\"Unknown field.\"]}}")));
    superset.stubFor(post(urlPathEqualTo(CSS)).withRequestBody(equalToJson("{\"template_name\": \"t\"}"))
        .willReturn(okJson("{\"id\": 8, \"result\": {}}").withStatus(201)));

    assertThat(superset.client().cssTemplates().create(CreateCssTemplateRequest.of("t", ""))).isEqualTo(CssTemplateId.of(8));
    superset.verify(2, postRequestedFor(urlPathEqualTo(CSS)));
  }

  @Test
  void unknownField422Marshmallow_valueEmpty_resentWithoutIt_valueSet_fieldUnsupported() {
    superset.stubFor(get(urlPathEqualTo(SPEC)).willReturn(aResponse().withStatus(404)));
    String refused = "{\"errors\": [{\"message\": \"The schema of the submitted payload is invalid.\", \"error_type\":"
        + " \"MARSHMALLOW_ERROR\", \"level\": \"error\", \"extra\": {\"messages\": {\"css\": [\"Unknown field.\"]}}}]}";
    superset.stubFor(post(urlPathEqualTo(CSS)).withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("css"))
        .willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/json").withBody(refused)));
    superset.stubFor(post(urlPathEqualTo(CSS)).withRequestBody(equalToJson("{\"template_name\": \"t\"}"))
        .willReturn(okJson("{\"id\": 9, \"result\": {}}").withStatus(201)));
    SupersetClient client = superset.client();

    assertThat(client.cssTemplates().create(CreateCssTemplateRequest.of("t", ""))).isEqualTo(CssTemplateId.of(9));
    assertThatThrownBy(() -> client.cssTemplates().create(CreateCssTemplateRequest.of("t", "a {}")))
        .isInstanceOfSatisfying(FieldUnsupportedException.class, e -> assertThat(e.fields()).containsExactly("css"));
  }

  @Test
  void otherBadRequest_staysBadRequest() {
    superset.stubFor(post(urlPathEqualTo(CSS)).willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"message\": {\"template_name\": [\"Length must be between 1 and 250.\"]}}")));

    assertThatThrownBy(() -> superset.client().cssTemplates().create(CreateCssTemplateRequest.of("t", "x")))
        .isExactlyInstanceOf(BadRequestException.class);
    assertThat(requestsTo(SPEC)).isZero();
  }
}
