package io.github.supersetsdk.client.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.supersetsdk.client.Credentials;
import io.github.supersetsdk.client.RawRequest;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.exception.AuthenticationException;
import io.github.supersetsdk.client.request.ListQuery;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(NoSecretsInLogs.class)
class LoginIT {

  @Test
  void login_withPassword_authenticatesCalls() {
    try (SupersetClient client = ItEnv.adminClient().build()) {
      Map<?, ?> me = client.raw().send(RawRequest.get("/api/v1/me/")).as(Map.class);

      assertThat(((Map<?, ?>) me.get("result")).get("username")).isEqualTo(ItEnv.username());
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
        client.raw().send(RawRequest.get("/api/v1/me/"));
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
