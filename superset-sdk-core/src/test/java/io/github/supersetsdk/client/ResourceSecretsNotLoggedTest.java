package io.github.supersetsdk.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.supersetsdk.client.exception.BadRequestException;
import io.github.supersetsdk.client.request.ImportBundleRequest;
import io.github.supersetsdk.client.request.UpdateCurrentUserRequest;
import io.github.supersetsdk.client.testing.FakeSuperset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Passwords sent by the new sub-clients (own password, database passwords of imports) stay out of logs. */
class ResourceSecretsNotLoggedTest {

  private static final String USER_PASSWORD = "new-Pw-6c1d";
  private static final String DB_PASSWORD = "db-Pw-91fe";

  @RegisterExtension
  static final FakeSuperset superset = FakeSuperset.withoutRetries();

  @Test
  void meUpdateAndSavedQueryImport_bodiesNeverLogged() {
    superset.stubFor(put(urlPathEqualTo("/api/v1/me/")).willReturn(okJson("{\"result\":{\"id\":1}}")));
    superset.stubFor(post(urlPathEqualTo("/api/v1/saved_query/import/")).willReturn(aResponse().withStatus(422)
        .withHeader("Content-Type", "application/json").withBody("{\"message\":\"invalid bundle\"}")));
    List<String> lines;
    try (LogCapture capture = LogCapture.capture(); SupersetClient client = superset.clientBuilder().build()) {
      client.currentUser().update(new UpdateCurrentUserRequest(null, null, USER_PASSWORD));
      assertThatThrownBy(() -> client.savedQueries().importBundle(ImportBundleRequest.builder(new byte[] {1, 2})
          .password("databases/wh.yaml", DB_PASSWORD).build()))
          .isInstanceOf(BadRequestException.class)
          .satisfies(e -> assertThat(e.toString()).doesNotContain(DB_PASSWORD));
      lines = capture.lines();
    }
    assertThat(lines).isNotEmpty();
    assertThat(String.join("\n", lines)).doesNotContain(USER_PASSWORD).doesNotContain(DB_PASSWORD);
  }
}
