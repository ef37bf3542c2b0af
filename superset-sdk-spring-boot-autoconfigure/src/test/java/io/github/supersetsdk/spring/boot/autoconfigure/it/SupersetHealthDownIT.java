package io.github.supersetsdk.spring.boot.autoconfigure.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The health indicator with a wrong password, against the real Superset. */
@SpringBootTest(classes = StarterApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SupersetHealthDownIT {

  static final String WRONG = "wrong-" + UUID.randomUUID();

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry r) {
    r.add("superset.base-url", ItEnv::supersetUrl);
    r.add("superset.username", ItEnv::username);
    r.add("superset.password", () -> WRONG);
    r.add("superset.retry.enabled", () -> "false");
    r.add("management.endpoint.health.show-details", () -> "always");
  }

  @Autowired TestRestTemplate http;

  @Test
  void health_wrongPassword_downNamingTheLoginCheckWithoutTheSecret() {
    ResponseEntity<String> r = http.getForEntity("/actuator/health", String.class);
    assertThat(r.getStatusCode().value()).isEqualTo(503);
    assertThat(r.getBody()).contains("\"superset\":{\"status\":\"DOWN\"").contains("\"check\":\"login\"")
        .contains("AuthenticationException").doesNotContain(WRONG);
  }
}
