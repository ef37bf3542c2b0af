package io.github.supersetsdk.spring.boot.autoconfigure.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.supersetsdk.client.Credentials;
import io.github.supersetsdk.client.RetryPolicy;
import io.github.supersetsdk.client.SupersetClient;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class SupersetHealthCheckTest {

  @Test
  void run_unreachableSuperset_downNamingLoginWithoutThePasswordAndSkipsTheExtensions() {
    AtomicBoolean extensionRan = new AtomicBoolean();
    SupersetHealthCheck.Extension extension = new SupersetHealthCheck.Extension() {
      @Override
      public String name() {
        return "doctor";
      }

      @Override
      public List<String> contribute(java.util.Map<String, Object> details) {
        extensionRan.set(true);
        return List.of();
      }
    };
    // Nothing listens on port 9.
    try (SupersetClient client = SupersetClient.builder().baseUrl("http://127.0.0.1:9")
        .credentials(Credentials.password("admin", "pw-s3cret")).retryPolicy(RetryPolicy.none()).build()) {
      SupersetHealthCheck.Outcome outcome = new SupersetHealthCheck(client, List.of(extension)).run();

      assertThat(outcome.up()).isFalse();
      assertThat(outcome.details()).containsEntry("check", "login").containsEntry("baseUrl", "http://127.0.0.1:9")
          .containsKey("error");
      assertThat(outcome.details().toString()).doesNotContain("pw-s3cret");
      assertThat(extensionRan).isFalse();
    }
  }
}
