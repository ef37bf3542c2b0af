package io.github.supersetsdk.spring.boot.boot4;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The Boot 4 health indicator with superset-sdk-ops: the doctor's checks against the real Superset. */
@SpringBootTest(classes = Boot4App.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class Boot4DoctorHealthIT {

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry r) {
    r.add("superset.base-url", () -> Boot4StarterIT.env("SUPERSET_URL", "http://127.0.0.1:8088"));
    r.add("superset.username", () -> Boot4StarterIT.env("SUPERSET_USERNAME", "admin"));
    r.add("superset.password", () -> Boot4StarterIT.env("SUPERSET_PASSWORD", "admin"));
    r.add("management.endpoint.health.show-details", () -> "always");
  }

  @Autowired Environment environment;

  @Test
  void health_opsPresent_detailsListTheDoctorsChecksAndFailuresDecideTheStatus() throws Exception {
    // The doctor runs in the background from start-up; until its first report the details say
    // "doctor":"pending" and login and version decide. Wait (bounded) for the report.
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    HttpResponse<String> r;
    JsonNode health;
    long slowestPendingMillis = 0;
    while (true) {
      long begin = System.nanoTime();
      r = Boot4StarterIT.get(environment, "/actuator/health/superset");
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin);
      health = new ObjectMapper().readTree(r.body());
      if (!health.path("details").path("doctor").isTextual()) {
        break;
      }
      slowestPendingMillis = Math.max(slowestPendingMillis, millis);
      assertThat(health.path("details").path("doctor").asText()).isEqualTo("pending");
      assertThat(health.path("status").asText()).isEqualTo("UP");
      assertThat(System.nanoTime()).as("no doctor report within 3 minutes: %s", health).isLessThan(deadline);
      Thread.sleep(500);
    }
    System.out.printf("Boot 4 doctor health: slowest pending health request %d ms%n", slowestPendingMillis);
    // Never the doctor's 11 to 40 s: two calls to Superset (a busy shared one, hence the margin).
    assertThat(slowestPendingMillis).isLessThan(10_000);
    JsonNode doctor = health.path("details").path("doctor");
    assertThat(health.path("details").path("doctorCheckedAt").asText()).isNotBlank();
    assertThat(health.path("details").path("doctorAgeSeconds").asLong(-1)).isBetween(0L, 60L);

    assertThat(doctor.path("superset.reachable").path("status").asText()).isEqualTo("ok");
    assertThat(doctor.path("auth.login").path("status").asText()).isEqualTo("ok");
    boolean anyFailed = false;
    for (Iterator<JsonNode> checks = doctor.elements(); checks.hasNext(); ) {
      anyFailed |= checks.next().path("status").asText().equals("fail");
    }
    // A failed check is DOWN and named; warnings stay UP. Which checks fail depends on what others
    // left in the shared Superset, so both outcomes are checked.
    assertThat(health.path("status").asText()).isEqualTo(anyFailed ? "DOWN" : "UP");
    assertThat(r.statusCode()).isEqualTo(anyFailed ? 503 : 200);
    if (anyFailed) {
      assertThat(health.path("details").path("check").asText()).isEqualTo("doctor");
    }
  }
}
