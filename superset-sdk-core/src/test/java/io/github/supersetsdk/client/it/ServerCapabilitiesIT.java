package io.github.supersetsdk.client.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.supersetsdk.client.RawRequest;
import io.github.supersetsdk.client.ServerInfo;
import io.github.supersetsdk.client.ServerInfo.Support;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.exception.NotFoundException;
import io.github.supersetsdk.client.exception.OperationUnsupportedException;
import io.github.supersetsdk.client.id.CssTemplateId;
import io.github.supersetsdk.client.request.ListQuery;
import io.github.supersetsdk.client.internal.api.Operations;
import io.github.supersetsdk.client.internal.transport.OperationSpec;
import io.github.supersetsdk.client.internal.transport.ServedSpec;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Detection against the running Superset: {@code SUPERSET_VERSION} names the release it runs
 * ({@code scripts/services.sh env} exports it; 6.1.0, the default, when unset).
 */
@ExtendWith(NoSecretsInLogs.class)
class ServerCapabilitiesIT {

  private static final long NO_SUCH_ID = Integer.MAX_VALUE - 17L;

  private static String expectedVersion() {
    String v = System.getenv("SUPERSET_VERSION");
    return v == null || v.isBlank() ? "6.1.0" : v.trim();
  }

  @Test
  void server_reportsVersionAndCapabilities() {
    try (SupersetClient client = ItEnv.adminClient().build()) {
      ServerInfo server = client.server();

      assertThat(server.version()).isEqualTo(expectedVersion());
      assertThat(server.capabilitiesKnown()).isTrue();
      assertThat(server.supports("GET", "/api/v1/dataset/")).isEqualTo(Support.SUPPORTED);
      assertThat(server.supports("GET", "/api/v1/dataset/{id_or_uuid}")).isEqualTo(Support.SUPPORTED);
      assertThat(server.supports("GET", "/api/v1/dataset/12")).isEqualTo(Support.SUPPORTED);
      assertThat(server.supports("POST", "/api/v1/css_template/")).isEqualTo(Support.SUPPORTED);
      assertThat(server.supports("GET", "/api/v1/no_such_resource/")).isEqualTo(Support.UNSUPPORTED);
      assertThat(server.supports("PATCH", "/api/v1/dataset/{pk}")).isEqualTo(Support.UNSUPPORTED);
      assertThat(server.supportsField("POST", "/api/v1/css_template/", "template_name")).isEqualTo(Support.SUPPORTED);
      assertThat(server.supportsField("POST", "/api/v1/css_template/", "no_such_field")).isEqualTo(Support.UNSUPPORTED);
    }
  }

  @Test
  void missingObject_staysNotFound_beforeAndAfterTheDocumentIsRead() {
    try (SupersetClient client = ItEnv.adminClient().build()) {
      // First 404 of a fresh client: it reads the document, which lists the route.
      assertThatThrownBy(() -> client.cssTemplates().get(CssTemplateId.of(NO_SUCH_ID)))
          .isExactlyInstanceOf(NotFoundException.class);
      assertThat(client.server().capabilitiesKnown()).isTrue();
      assertThat(client.cssTemplates().find(CssTemplateId.of(NO_SUCH_ID))).isEmpty();
    }
  }

  @Test
  void rawCallToAnUnknownRoute_staysNotFound() {
    try (SupersetClient client = ItEnv.adminClient().build()) {
      assertThatThrownBy(() -> client.raw().send(RawRequest.get("/api/v1/no_such_resource/")))
          .isExactlyInstanceOf(NotFoundException.class);
    }
  }

  /**
   * Themes arrived in a later release than the oldest supported one: on a server without them the
   * typed call fails with the typed error, both when the client has read the document (before
   * sending) and when it has not (from the server's 404).
   */
  @Test
  void themes_workWhereServedAndFailTypedWhereNot() {
    try (SupersetClient fresh = ItEnv.adminClient().build(); SupersetClient informed = ItEnv.adminClient().build()) {
      Support themes = informed.server().supports("GET", "/api/v1/theme/");
      assertThat(themes).isNotEqualTo(Support.UNKNOWN);
      for (SupersetClient client : new SupersetClient[] {fresh, informed}) {
        if (themes == Support.SUPPORTED) {
          Iterator<?> it = client.themes().list(ListQuery.all()).iterator();
          assertThat(it.hasNext()).isTrue(); // the system themes
        } else {
          assertThatThrownBy(() -> client.themes().list(ListQuery.all()).iterator().hasNext())
              .isInstanceOfSatisfying(OperationUnsupportedException.class, e -> {
                assertThat(e.pathTemplate()).isEqualTo("/api/v1/theme/");
                assertThat(e.serverVersion()).isEqualTo(expectedVersion());
                assertThat(e.sdkMethod()).isEqualTo("ThemesClient.list");
              });
        }
      }
    }
  }

  /**
   * The typed operations the served document lacks (which the client would refuse before sending):
   * none on 6.1.0, the release the SDK targets; on another release exactly those its saved document
   * ({@code superset-openapi-<version>.json}) lacks, when it is saved.
   */
  @Test
  void typedOperationsMissingFromTheServedDocument_matchTheRelease() throws Exception {
    try (SupersetClient client = ItEnv.adminClient().build()) {
      ServerInfo server = client.server();
      List<String> missing = new ArrayList<>();
      for (OperationSpec op : Operations.all()) {
        String path = op.id().substring(op.id().indexOf(' ') + 1);
        if (server.supports(op.method(), path) != Support.SUPPORTED) {
          missing.add(op.id());
        }
      }
      String version = expectedVersion();
      if (version.equals("6.1.0")) {
        assertThat(missing).isEmpty();
        return;
      }
      try (InputStream saved = ServedSpec.class.getResourceAsStream(
          "/io/github/supersetsdk/client/superset-openapi-" + version + ".json")) {
        assertThat(saved).as("saved document of Superset " + version).isNotNull();
        ServedSpec spec = ServedSpec.parse(saved.readAllBytes());
        List<String> expected = new ArrayList<>();
        for (OperationSpec op : Operations.all()) {
          if (!spec.has(op.method(), op.id().substring(op.id().indexOf(' ') + 1))) {
            expected.add(op.id());
          }
        }
        assertThat(missing).containsExactlyInAnyOrderElementsOf(expected);
      }
    }
  }
}
