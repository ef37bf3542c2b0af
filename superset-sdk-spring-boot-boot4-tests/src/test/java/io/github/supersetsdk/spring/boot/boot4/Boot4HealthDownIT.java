package io.github.supersetsdk.spring.boot.boot4;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The Boot 4 health indicator with a wrong password, against the real Superset. */
@SpringBootTest(classes = Boot4App.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class Boot4HealthDownIT {

  static final String WRONG = "wrong-" + UUID.randomUUID();

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry r) {
    r.add("superset.base-url", () -> Boot4StarterIT.env("SUPERSET_URL", "http://127.0.0.1:8088"));
    r.add("superset.username", () -> Boot4StarterIT.env("SUPERSET_USERNAME", "admin"));
    r.add("superset.password", () -> WRONG);
    r.add("superset.retry.enabled", () -> "false");
    r.add("management.endpoint.health.show-details", () -> "always");
  }

  @Autowired Environment environment;

  @Test
  void health_wrongPassword_downNamingTheLoginCheckWithoutTheSecret() throws Exception {
    HttpResponse<String> r = Boot4StarterIT.get(environment, "/actuator/health");
    assertThat(r.statusCode()).isEqualTo(503);
    assertThat(r.body()).doesNotContain(WRONG);
    JsonNode superset = new ObjectMapper().readTree(r.body()).path("components").path("superset");
    assertThat(superset.path("status").asText()).isEqualTo("DOWN");
    assertThat(superset.path("details").path("check").asText()).isEqualTo("login");
    assertThat(superset.path("details").path("error").asText()).startsWith("AuthenticationException");
  }
}
