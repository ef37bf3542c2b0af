package io.github.supersetsdk.client.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.supersetsdk.client.Credentials;
import io.github.supersetsdk.client.LogCapture;
import io.github.supersetsdk.client.RawRequest;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.exception.AuthenticationException;
import io.github.supersetsdk.client.exception.SupersetException;
import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.request.ListQuery;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(NoSecretsInLogs.class)
class LoginIT {

  @Test
  void login_withPassword_authenticatesCalls() {
    try (SupersetClient client = ItEnv.adminClient().build()) {
      // currentUser() reads /api/v1/me/ on 6.1 and the security API before (whose me routes refuse
      // bearer tokens); either way the user is the one logged in.
      assertThat(client.currentUser().get().username()).isEqualTo(ItEnv.username());
    }
  }

  @Test
  void rawCallToTheCsrfEndpoint_atTrace_logsNoToken() {
    try (SupersetClient client = ItEnv.adminClient().build(); LogCapture capture = LogCapture.capture()) {
      // Superset answers the token under "result": only a body that is not logged keeps it out.
      String body = new String(client.raw().send(RawRequest.get("/api/v1/security/csrf_token/")).body(),
          StandardCharsets.UTF_8);
      String token = body.replaceAll("(?s).*\"result\"\\s*:\\s*\"([^\"]+)\".*", "$1");
      assertThat(token).isNotEqualTo(body).hasSizeGreaterThan(20);
      NoSecretsInLogs.register(token);
      assertThat(capture.lines()).anyMatch(l -> l.contains("--> GET /api/v1/security/csrf_token/"));
      assertThat(capture.lines()).noneMatch(l -> l.contains(token));
    }
  }

  @Test
  void login_wrongPassword_throwsAuthenticationException() {
    try (SupersetClient client = SupersetClient.builder().baseUrl(ItEnv.supersetUrl())
        .credentials(Credentials.password(ItEnv.username(), "not-the-password")).build()) {
      assertThatThrownBy(() -> client.databases().list(ListQuery.all()).iterator().hasNext())
          .isInstanceOfSatisfying(AuthenticationException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(401);
            assertThat(e.path()).isEqualTo("/api/v1/security/login");
          });
    }
  }

  @Test
  void baseUrlOfAPage_saysTheLoginIsNotThere_andFindDoesNotTakeItForAMissingObject() {
    // A URL copied from the browser: Superset answers its API paths under it with 404.
    try (SupersetClient client = SupersetClient.builder().baseUrl(ItEnv.supersetUrl() + "/superset/welcome/")
        .credentials(Credentials.password(ItEnv.username(), ItEnv.password())).build()) {
      assertThatThrownBy(() -> client.datasets().find(DatasetId.of(1)))
          .isExactlyInstanceOf(SupersetException.class)
          .hasMessageStartingWith("no Superset login at the base URL (POST /superset/welcome/api/v1/security/login -> 404")
          .hasMessageContaining("check the base URL");
    }
  }

  /**
   * The services run Superset with a 10-second access token ({@code JWT_ACCESS_TOKEN_EXPIRES}), so
   * 25 seconds of calls cross several expiries; the client refreshes ahead of them and never logs in
   * twice.
   */
  @Test
  void longSequenceOfCalls_acrossTokenExpiries_succeedsWithOneLogin() throws InterruptedException {
    CountingListener counts = new CountingListener();
    try (SupersetClient client = ItEnv.adminClient(counts).build()) {
      long end = System.nanoTime() + Duration.ofSeconds(25).toNanos();
      int calls = 0;
      while (System.nanoTime() < end) {
        // The menu answers bearer tokens on every release (/api/v1/me/ only from 6.1).
        client.raw().send(RawRequest.get("/api/v1/menu/"));
        calls++;
        Thread.sleep(250);
      }
      assertThat(calls).isGreaterThan(40);
    }
    assertThat(counts.failures).isEmpty();
    assertThat(counts.logins()).isEqualTo(1);
    assertThat(counts.succeeded("POST /api/v1/security/refresh")).isGreaterThanOrEqualTo(2);
  }
}
