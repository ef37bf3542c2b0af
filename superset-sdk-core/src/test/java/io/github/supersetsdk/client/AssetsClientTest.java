package io.github.supersetsdk.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.supersetsdk.client.exception.PermissionDeniedException;
import io.github.supersetsdk.client.request.ImportBundleRequest;
import io.github.supersetsdk.client.testing.FakeSuperset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class AssetsClientTest {

  @RegisterExtension
  static final FakeSuperset superset = FakeSuperset.create();

  private SupersetClient client;

  @BeforeEach
  void setUp() {
    client = superset.client();
  }

  @Test
  void export_toPath_writesTheBundle(@TempDir Path dir) throws Exception {
    byte[] zip = {'P', 'K', 3, 4};
    superset.stubFor(get(urlPathEqualTo("/api/v1/assets/export/")).willReturn(aResponse()
        .withHeader("Content-Type", "application/zip").withBody(zip)));

    Path file = dir.resolve("assets.zip");
    client.assets().export(file);

    assertThat(Files.readAllBytes(file)).isEqualTo(zip);
    assertThat(client.assets().export()).isEqualTo(zip);
  }

  @Test
  void export_forbidden_mapsToPermissionDenied(@TempDir Path dir) {
    superset.stubFor(get(urlPathEqualTo("/api/v1/assets/export/")).willReturn(aResponse().withStatus(403)
        .withHeader("Content-Type", "application/json").withBody("{\"message\":\"Forbidden\"}")));

    Path file = dir.resolve("assets.zip");
    assertThatThrownBy(() -> client.assets().export(file)).isInstanceOf(PermissionDeniedException.class);
    assertThat(file).doesNotExist();
  }

  @Test
  void importBundle_sendsBundleFieldSecretsAndSparseButNoOverwrite(@TempDir Path dir) throws Exception {
    superset.stubFor(post(urlPathEqualTo("/api/v1/assets/import/")).willReturn(okJson("{\"message\":\"OK\"}")));
    Path file = dir.resolve("staging.zip");
    Files.write(file, new byte[] {'P', 'K', 7});

    client.assets().importBundle(ImportBundleRequest.builder(file)
        .overwrite(true)
        .sparse(true)
        .password("databases/warehouse.yaml", "db-Secret-6d2f")
        .encryptedExtraSecret("databases/bq.yaml", "$.credentials_info.private_key", "pk-Secret-3e")
        .build());

    superset.verify(postRequestedFor(urlPathEqualTo("/api/v1/assets/import/"))
        .withHeader("Content-Type", containing("multipart/form-data"))
        .withRequestBodyPart(aMultipart().withName("bundle")
            .withHeader("Content-Disposition", containing("filename=\"staging.zip\""))
            .withHeader("Content-Type", equalTo("application/zip"))
            .withBody(equalTo("PK\u0007")).build())
        .withRequestBodyPart(aMultipart().withName("sparse").withBody(equalTo("true")).build())
        .withRequestBodyPart(aMultipart().withName("passwords")
            .withBody(equalToJson("{\"databases/warehouse.yaml\":\"db-Secret-6d2f\"}")).build())
        .withRequestBodyPart(aMultipart().withName("encrypted_extra_secrets")
            .withBody(equalToJson("{\"databases/bq.yaml\":{\"$.credentials_info.private_key\":\"pk-Secret-3e\"}}")).build()));
    List<LoggedRequest> sent = superset.findAll(postRequestedFor(urlPathEqualTo("/api/v1/assets/import/")));
    assertThat(sent.get(0).getBodyAsString()).doesNotContain("name=\"overwrite\"", "ssh_tunnel");
  }
}
