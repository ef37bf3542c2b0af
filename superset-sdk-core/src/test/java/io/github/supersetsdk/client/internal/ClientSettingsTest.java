package io.github.supersetsdk.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.supersetsdk.client.Credentials;
import io.github.supersetsdk.client.SupersetClient;
import java.net.http.HttpClient;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClientSettingsTest {

  @Test
  void of_readsTheClientsHeadersAndUserAgent_andPrintsNoHeaderValue() {
    try (SupersetClient client = SupersetClient.builder().baseUrl("http://127.0.0.1:1")
        .credentials(Credentials.bearerToken("t")).defaultHeader("CF-Access-Client-Secret", "s3cr3t-value")
        .applicationName("orders-service/1.4").build()) {
      ClientSettings settings = ClientSettings.of(client);

      assertThat(settings.defaultHeaders()).containsExactly(Map.entry("CF-Access-Client-Secret", "s3cr3t-value"));
      assertThat(settings.userAgent()).matches("superset-sdk-java/\\S+ orders-service/1\\.4");
      assertThat(settings.toString()).contains("CF-Access-Client-Secret").doesNotContain("s3cr3t-value");
    }
  }

  @Test
  void install_fromAnyOtherClass_isRefused() {
    SupersetClient.builder(); // the client's class has installed its accessor

    assertThatThrownBy(() -> ClientSettings.install(c -> new ClientSettings(Map.of(), "x", HttpClient.newHttpClient())))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("only SupersetClient");
  }
}
