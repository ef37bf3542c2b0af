package io.github.supersetsdk.spring.boot.autoconfigure.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.supersetsdk.cache.CacheCodec;
import io.github.supersetsdk.cache.Tagged;
import io.github.supersetsdk.cache.TieredCache;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.spring.boot.autoconfigure.SupersetCaches;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** An empty Boot application with the starter, against the real Superset and Redis. */
// Tests switch metrics export off unless asked: /actuator/prometheus is what is under test.
@AutoConfigureObservability
@SpringBootTest(classes = StarterApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SupersetStarterIT {

  static final String SECRET = "k3y-" + UUID.randomUUID();
  static final String HEADER_SECRET = "hdr-" + UUID.randomUUID();

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry r) {
    r.add("superset.base-url", ItEnv::supersetUrl);
    r.add("superset.username", ItEnv::username);
    r.add("superset.password", ItEnv::password);
    r.add("superset.guest-token.signing-secret", () -> SECRET);
    r.add("superset.guest-token.audience", () -> "superset-sdk");
    // Superset ignores it; the actuator must show its name and never its value.
    r.add("superset.default-headers.X-Sdk-It-Key", () -> HEADER_SECRET);
    // The same secret under a key of its own, as the variable a ${...} placeholder reads: masked too.
    r.add("sdk-it.copy-of-the-signing-secret", () -> SECRET);
    r.add("spring.data.redis.url", ItEnv::redisUrl);
    r.add("superset.cache.key-prefix", () -> "sdk-boot-it-" + UUID.randomUUID() + ":");
    // What the test writes to the shared Redis expires on its own.
    r.add("superset.cache.redis-ttl", () -> "60s");
    // The doctor's checks read the whole shared Superset (other engineers' datasets too): they have
    // their own test, SupersetDoctorHealthIT; this one checks login and version.
    r.add("superset.health.doctor.enabled", () -> "false");
    r.add("management.endpoints.web.exposure.include", () -> "health,prometheus,env,configprops");
    r.add("management.endpoint.health.show-details", () -> "always");
    // Values shown, as an operator debugging an application might set: our secrets must stay masked.
    r.add("management.endpoint.env.show-values", () -> "always");
    r.add("management.endpoint.configprops.show-values", () -> "always");
  }

  @Autowired TestRestTemplate http;
  @Autowired SupersetClient client;
  @Autowired SupersetCaches caches;

  @Test
  void health_realSuperset_upWithVersionAndUser() {
    ResponseEntity<String> r = http.getForEntity("/actuator/health/superset", String.class);
    assertThat(r.getStatusCode().value()).isEqualTo(200);
    assertThat(r.getBody()).contains("\"status\":\"UP\"").contains("\"version\":\"")
        .contains("\"user\":\"" + ItEnv.username() + "\"");
  }

  @Test
  void prometheus_afterACall_showsSdkRequestMetrics() {
    client.currentUser().get();
    String body = http.getForObject("/actuator/prometheus", String.class);
    assertThat(body).containsPattern("superset_client_requests_seconds_count\\{[^}]*\\} [1-9]");
  }

  @Test
  void envAndConfigprops_valuesShown_secretsStillMasked() {
    String env = http.getForObject("/actuator/env", String.class);
    String configprops = http.getForObject("/actuator/configprops", String.class);
    assertThat(env).contains("superset.base-url").contains(ItEnv.supersetUrl()).contains("superset.password")
        .contains("superset.guest-token.signing-secret").doesNotContain(SECRET);
    assertThat(configprops).contains("signingSecret").contains(ItEnv.supersetUrl()).doesNotContain(SECRET);
    assertThat(env).contains("superset.default-headers.X-Sdk-It-Key").contains("sdk-it.copy-of-the-signing-secret");
    assertThat(configprops).contains("X-Sdk-It-Key");
    assertThat(env + configprops).doesNotContain(HEADER_SECRET);
    if (!ItEnv.password().equals(ItEnv.username())) {
      assertThat(env + configprops).doesNotContain("\"" + ItEnv.password() + "\"");
    }
    assertThat(configprops).containsPattern("\"password\"\\s*:\\s*\"\\*+\"");
  }

  @Test
  void caches_fromBootRedisProperties_loadOnceThenServeFromRedis() {
    AtomicInteger loads = new AtomicInteger();
    TieredCache<String, String> cache = caches.create("it", CacheCodec.utf8(), k -> {
      loads.incrementAndGet();
      return Tagged.of("v-" + k, "t");
    });
    assertThat(cache.get("a")).isEqualTo("v-a");
    assertThat(cache.get("a")).isEqualTo("v-a");
    assertThat(loads).hasValue(1);
    assertThat(cache.stats().l1().hitCount() + cache.stats().l2().hitCount()).isPositive();
  }
}
