package io.github.supersetsdk.client.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.supersetsdk.client.Credentials;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.exception.SupersetApiException;
import io.github.supersetsdk.client.id.CssTemplateId;
import io.github.supersetsdk.client.request.CreateCssTemplateRequest;
import io.github.supersetsdk.client.request.ListQuery;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Superset behind an access proxy that admits only requests carrying its service key (as Cloudflare
 * Access, an identity-aware proxy or an API gateway do): the proxy here is WireMock forwarding to the
 * real Superset, and answering 403 to anything without the key. A client with the key as a default
 * header logs in, reads and writes with CSRF through it; one without fails with the proxy's answer.
 */
@ExtendWith(NoSecretsInLogs.class)
class AccessProxyIT {

  private static final String KEY_HEADER = "X-Access-Key";
  private static final String KEY = "sdk-it-access-key-5c1d";

  @RegisterExtension
  static final WireMockExtension proxy =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static void admitOnlyTheKey() {
    proxy.stubFor(any(anyUrl()).atPriority(10)
        .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
            .withBody("{\"message\":\"access proxy: no valid service key\"}")));
    proxy.stubFor(any(anyUrl()).atPriority(1).withHeader(KEY_HEADER, equalTo(KEY))
        .willReturn(aResponse().proxiedFrom(ItEnv.supersetUrl())));
  }

  private static SupersetClient.Builder throughProxy() {
    return SupersetClient.builder().baseUrl(proxy.baseUrl())
        .credentials(Credentials.password(ItEnv.username(), ItEnv.password()));
  }

  @Test
  void clientWithTheKeyAsDefaultHeader_logsInReadsAndWritesThroughTheProxy() {
    admitOnlyTheKey();
    CssTemplateId created;
    try (SupersetClient client = throughProxy().defaultHeader(KEY_HEADER, KEY).build()) {
      assertThat(client.databases().list(ListQuery.all()).stream().toList()).isNotEmpty();
      created = client.cssTemplates().create(CreateCssTemplateRequest.of(ItEnv.uniqueName("proxy-css"), ".a{}"));
      assertThat(client.cssTemplates().get(created).css()).isEqualTo(".a{}");
      client.cssTemplates().delete(created);
      assertThat(client.cssTemplates().exists(created)).isFalse();
    }

    List<ServeEvent> served = proxy.getAllServeEvents();
    assertThat(served).extracting(e -> e.getRequest().getMethod() + " " + e.getRequest().getUrl())
        .anyMatch(r -> r.startsWith("POST /api/v1/security/login"))
        .anyMatch(r -> r.startsWith("GET /api/v1/security/csrf_token"))
        .anyMatch(r -> r.startsWith("POST /api/v1/css_template"))
        .anyMatch(r -> r.startsWith("DELETE /api/v1/css_template"));
    assertThat(served).allSatisfy(e -> assertThat(e.getResponse().getStatus()).as(e.getRequest().getUrl()).isNotEqualTo(403));
  }

  @Test
  void clientWithoutTheKey_failsWithTheProxysAnswerOnLogin() {
    admitOnlyTheKey();
    try (SupersetClient client = throughProxy().build()) {
      assertThatThrownBy(() -> client.databases().list(ListQuery.all()).iterator().hasNext())
          .isInstanceOfSatisfying(SupersetApiException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(403);
            assertThat(e.path()).isEqualTo("/api/v1/security/login");
            assertThat(e.getMessage()).contains("access proxy: no valid service key");
          });
    }
  }
}
