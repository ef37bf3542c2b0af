package io.github.supersetsdk.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.supersetsdk.client.exception.PermissionDeniedException;
import io.github.supersetsdk.client.id.ThemeId;
import io.github.supersetsdk.client.model.Theme;
import io.github.supersetsdk.client.request.ImportBundleRequest;
import io.github.supersetsdk.client.request.ListQuery;
import io.github.supersetsdk.client.request.ThemeRequest;
import io.github.supersetsdk.client.testing.FakeSuperset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ThemesClientTest {

  @RegisterExtension
  static final FakeSuperset superset = FakeSuperset.create();

  private static final String BASE = "/api/v1/theme/";

  private SupersetClient client;
  private ThemesClient themes;

  @BeforeEach
  void setUp() {
    client = superset.client();
    themes = client.themes();
  }

  @Test
  void listAndGet_decodeSystemFlags() {
    String json = "{\"id\": 1, \"theme_name\": \"THEME_DEFAULT\", \"json_data\": \"{}\", \"uuid\": \"5c1f2a8e-9d3b-4c7a-8e21-0f6b3a9d2c44\","
        + " \"is_system\": true, \"is_system_default\": false, \"is_system_dark\": true, \"created_by\": null,"
        + " \"created_on\": \"2026-11-25T11:00:26.533069\"}";
    superset.stubFor(get(urlPathEqualTo(BASE)).willReturn(okJson("{\"count\": 1, \"result\": [" + json + "]}")));
    superset.stubFor(get(urlPathEqualTo(BASE + "1")).willReturn(okJson("{\"id\": 1, \"result\": " + json + "}")));

    Theme listed = themes.list(ListQuery.all()).iterator().next();

    assertThat(listed).isEqualTo(themes.get(ThemeId.of(1)));
    assertThat(listed.isSystem()).isTrue();
    assertThat(listed.isSystemDefault()).isFalse();
    assertThat(listed.isSystemDark()).isTrue();
    assertThat(listed.uuid()).isEqualTo(java.util.UUID.fromString("5c1f2a8e-9d3b-4c7a-8e21-0f6b3a9d2c44"));
  }

  @Test
  void createUpdateDelete_sendBodies() {
    superset.stubFor(post(urlPathEqualTo(BASE)).willReturn(okJson("{\"id\": 6, \"result\": {}}").withStatus(201)));
    superset.stubFor(put(urlPathEqualTo(BASE + "6")).willReturn(okJson("{\"id\": 6, \"result\": {}}")));
    superset.stubFor(delete(urlPathEqualTo(BASE + "6")).willReturn(okJson("{\"message\": \"OK\"}")));
    superset.stubFor(delete(urlPathEqualTo(BASE)).willReturn(okJson("{\"message\": \"Deleted\"}")));

    ThemeId id = themes.create(ThemeRequest.of("Brand", "{\"token\": {}}"));
    themes.update(id, ThemeRequest.of("Brand 2", "{\"token\": {\"colorPrimary\": \"#000\"}}"));
    themes.delete(id);
    themes.delete(List.of(ThemeId.of(6), ThemeId.of(7)));

    assertThat(id).isEqualTo(ThemeId.of(6));
    superset.verify(postRequestedFor(urlPathEqualTo(BASE))
        .withRequestBody(equalToJson("{\"theme_name\": \"Brand\", \"json_data\": \"{\\\"token\\\": {}}\"}")));
    superset.verify(putRequestedFor(urlPathEqualTo(BASE + "6")).withRequestBody(containing("Brand 2")));
    superset.verify(deleteRequestedFor(urlPathEqualTo(BASE)).withQueryParam("q", equalTo("!(6,7)")));
  }

  @Test
  void systemThemes_setAndUnset_hitTheirPaths() {
    superset.stubFor(put(urlPathEqualTo(BASE + "6/set_system_default")).willReturn(okJson("{\"id\": 6, \"result\": \"success\"}")));
    superset.stubFor(put(urlPathEqualTo(BASE + "6/set_system_dark")).willReturn(okJson("{\"id\": 6, \"result\": \"success\"}")));
    superset.stubFor(delete(urlPathEqualTo(BASE + "unset_system_default")).willReturn(okJson("{\"result\": \"success\"}")));
    superset.stubFor(delete(urlPathEqualTo(BASE + "unset_system_dark")).willReturn(okJson("{\"result\": \"success\"}")));

    themes.setSystemDefault(ThemeId.of(6));
    themes.setSystemDark(ThemeId.of(6));
    themes.unsetSystemDefault();
    themes.unsetSystemDark();

    superset.verify(putRequestedFor(urlPathEqualTo(BASE + "6/set_system_default")));
    superset.verify(putRequestedFor(urlPathEqualTo(BASE + "6/set_system_dark")));
    superset.verify(deleteRequestedFor(urlPathEqualTo(BASE + "unset_system_default")));
    superset.verify(deleteRequestedFor(urlPathEqualTo(BASE + "unset_system_dark")));
  }

  @Test
  void setSystemDefault_administrationDisabled_throwsPermissionDenied() {
    superset.stubFor(put(urlPathEqualTo(BASE + "6/set_system_default"))
        .willReturn(okJson("{\"message\": \"UI theme administration is not enabled\"}").withStatus(403)));

    assertThatThrownBy(() -> themes.setSystemDefault(ThemeId.of(6)))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessageContaining("not enabled");
  }

  @Test
  void export_sendsIdsAndReturnsZipBytes() {
    byte[] zip = {'P', 'K', 3, 4, 0, 1, 2};
    superset.stubFor(get(urlPathEqualTo(BASE + "export/"))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/zip").withBody(zip)));

    assertThat(themes.export(List.of(ThemeId.of(6)))).isEqualTo(zip);

    superset.verify(getRequestedFor(urlPathEqualTo(BASE + "export/")).withQueryParam("q", equalTo("!(6)")));
  }

  @Test
  void importBundle_sendsMultipartWithFileAndOverwrite() {
    superset.stubFor(post(urlPathEqualTo(BASE + "import/")).willReturn(okJson("{\"message\": \"Theme imported successfully\"}")));
    byte[] zip = {'P', 'K', 3, 4, 9, 8, 7};

    themes.importBundle(ImportBundleRequest.builder(zip).overwrite(true).build());

    superset.verify(postRequestedFor(urlPathEqualTo(BASE + "import/"))
        .withHeader("Content-Type", matching("multipart/form-data; boundary=superset-sdk-.+"))
        .withHeader("X-CSRFToken", equalTo(FakeSuperset.CSRF_TOKEN)));
    LoggedRequest sent = superset.findAll(postRequestedFor(urlPathEqualTo(BASE + "import/"))).get(0);
    String body = new String(sent.getBody(), StandardCharsets.ISO_8859_1);
    assertThat(body).contains("name=\"formData\"; filename=\"bundle.zip\"")
        .contains(new String(zip, StandardCharsets.ISO_8859_1))
        .contains("name=\"overwrite\"\r\n\r\ntrue\r\n");
    assertThat(sent.getPart("formData").getBody().asBytes()).isEqualTo(zip);
    assertThat(sent.getPart("overwrite").getBody().asString()).isEqualTo("true");
  }

  @Test
  void importBundle_withDatabaseSecrets_isRefusedBeforeAnyCall_withoutTheSecret() {
    ImportBundleRequest request = ImportBundleRequest.builder(new byte[] {'P', 'K'})
        .password("databases/wh.yaml", "s3cret").build();

    assertThatThrownBy(() -> themes.importBundle(request))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a theme import takes no database secrets")
        .hasMessageContaining("databases/wh.yaml")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cret"));
    superset.verify(0, postRequestedFor(urlPathEqualTo(BASE + "import/")));
  }
}
