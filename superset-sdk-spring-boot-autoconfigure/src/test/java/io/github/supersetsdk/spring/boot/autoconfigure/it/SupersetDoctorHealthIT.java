package io.github.supersetsdk.spring.boot.autoconfigure.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Iterator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The health indicator with superset-sdk-ops on the class path: the doctor's checks against the real Superset. */
@SpringBootTest(classes = StarterApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SupersetDoctorHealthIT {

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry r) {
    r.add("superset.base-url", ItEnv::supersetUrl);
    r.add("superset.username", ItEnv::username);
    r.add("superset.password", ItEnv::password);
    r.add("management.endpoint.health.show-details", () -> "always");
  }

  @Autowired TestRestTemplate http;

  @Test
  void health_opsPresent_detailsListTheDoctorsChecksAndFailuresDecideTheStatus() throws Exception {
    ResponseEntity<String> r = http.getForEntity("/actuator/health/superset", String.class);
    JsonNode health = new ObjectMapper().readTree(r.getBody());
    JsonNode doctor = health.path("details").path("doctor");

    // What this machine's Superset answers for sure: reachable, and the password logs in.
    assertThat(doctor.path("superset.reachable").path("status").asText()).isEqualTo("ok");
    assertThat(doctor.path("auth.login").path("status").asText()).isEqualTo("ok");
    // Login passed, so the doctor went on to its other checks.
    assertThat(doctor.size()).isGreaterThan(2);
    List<String> failed = new ArrayList<>();
    for (Iterator<String> names = doctor.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      JsonNode check = doctor.path(name);
      assertThat(check.path("status").asText()).isIn("ok", "warn", "fail");
      assertThat(check.path("finding").asText()).isNotBlank();
      if (check.path("status").asText().equals("fail")) {
        failed.add(name);
      }
    }
    // The documented mapping: a failed check is DOWN and named; warnings stay UP. (Which checks
    // fail depends on what others left in the shared Superset, so both outcomes are checked.)
    if (failed.isEmpty()) {
      assertThat(r.getStatusCode().value()).isEqualTo(200);
      assertThat(health.path("status").asText()).isEqualTo("UP");
    } else {
      assertThat(r.getStatusCode().value()).isEqualTo(503);
      assertThat(health.path("status").asText()).isEqualTo("DOWN");
      assertThat(health.path("details").path("check").asText()).isEqualTo("doctor");
      List<String> named = new ArrayList<>();
      health.path("details").path("failed").forEach(n -> named.add(n.asText()));
      assertThat(named).containsExactlyElementsOf(failed);
    }
  }
}
