package io.github.supersetsdk.spring.boot.autoconfigure.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
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
    // The doctor runs in the background from start-up; health requests answer from login and version
    // with "doctor":"pending" until its first report, so wait (bounded) for that report.
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    long slowestPendingMillis = 0;
    ResponseEntity<String> r;
    JsonNode health;
    while (true) {
      long begin = System.nanoTime();
      r = http.getForEntity("/actuator/health/superset", String.class);
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin);
      health = new ObjectMapper().readTree(r.getBody());
      if (!health.path("details").path("doctor").isTextual()) {
        break;
      }
      assertThat(health.path("details").path("doctor").asText()).isEqualTo("pending");
      // Pending: login and version alone decide, and this Superset is up.
      assertThat(health.path("status").asText()).isEqualTo("UP");
      slowestPendingMillis = Math.max(slowestPendingMillis, millis);
      assertThat(System.nanoTime()).as("no doctor report within 3 minutes: %s", health).isLessThan(deadline);
      Thread.sleep(500);
    }
    System.out.printf("doctor health: first report after %d ms of polling; slowest pending health request %d ms%n",
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - deadline + TimeUnit.MINUTES.toNanos(3)), slowestPendingMillis);
    // Never the doctor's 11 to 40 s: two calls to Superset (a busy shared one, hence the margin).
    assertThat(slowestPendingMillis).isLessThan(10_000);
    JsonNode doctor = health.path("details").path("doctor");
    assertThat(Instant.parse(health.path("details").path("doctorCheckedAt").asText())).isBefore(Instant.now());
    assertThat(health.path("details").path("doctorAgeSeconds").asLong(-1)).isBetween(0L, 60L);
    assertThat(health.path("details").has("doctorWarning")).isFalse();

    // A later request is served from the same report, at once.
    long begin = System.nanoTime();
    JsonNode again = new ObjectMapper().readTree(http.getForEntity("/actuator/health/superset", String.class).getBody());
    assertThat(again.path("details").path("doctorCheckedAt").asText())
        .isEqualTo(health.path("details").path("doctorCheckedAt").asText());
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin)).isLessThan(10_000);

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
