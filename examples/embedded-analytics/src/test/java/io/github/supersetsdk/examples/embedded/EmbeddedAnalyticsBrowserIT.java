package io.github.supersetsdk.examples.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.supersetsdk.client.embedding.GuestTokenSigning;
import io.github.supersetsdk.client.embedding.GuestTokenStats;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The embedded-analytics example in a real browser: starts the example service (guest tokens signed
 * locally, living {@value #TOKEN_SECONDS} seconds so that they expire during the test), reads each
 * tenant's figures from the warehouse over JDBC, then runs {@code e2e/embedded-analytics.test.cjs}
 * (headless Debian chromium driven by playwright-core), which checks what each tenant's page shows,
 * that the dashboard keeps working past the first token's expiry, the console, and {@code /metrics}.
 * Screenshots land in {@code target/e2e/}. {@code scripts/e2e-embedded.sh} runs this test alone.
 */
class EmbeddedAnalyticsBrowserIT {

  static final int TOKEN_SECONDS = 20;

  @Test
  void eachTenantSeesOnlyItsOwnNumbers_pastTokenExpiry_withMetrics() throws Exception {
    Map<String, String> env = System.getenv();
    Settings settings = Settings.fromEnvironment(env).withPort(0).withSigning(
        GuestTokenSigning.hs256(env.getOrDefault("SUPERSET_GUEST_TOKEN_SECRET", "superset-sdk-local-guest-token-secret"),
                env.getOrDefault("SUPERSET_GUEST_TOKEN_AUDIENCE", "superset-sdk"))
            .withLifetime(Duration.ofSeconds(TOKEN_SECONDS)));
    String tenants = expectedFigures(settings.users());
    Path screenshots = Path.of(System.getProperty("embedded.screenshotDir", "target/e2e"));
    Path script = Path.of(System.getProperty("embedded.e2eScript", "e2e/embedded-analytics.test.cjs"));

    try (EmbeddedAnalyticsApp app = EmbeddedAnalyticsApp.start(settings)) {
      ProcessBuilder node = new ProcessBuilder("node", script.toString()).redirectErrorStream(true);
      node.environment().put("E2E_BASE_URL", app.origin());
      node.environment().put("E2E_TENANTS", tenants);
      node.environment().put("E2E_TOKEN_SECONDS", Integer.toString(TOKEN_SECONDS));
      node.environment().put("E2E_SCREENSHOT_DIR", screenshots.toAbsolutePath().toString());
      Process process = node.start();
      // Through System.out, so the runner's report keeps the script's one line per check.
      Thread pump = new Thread(() -> {
        try (BufferedReader lines = new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
          lines.lines().forEach(System.out::println);
        } catch (IOException e) {
          System.out.println("[e2e] reading the script's output failed: " + e);
        }
      });
      pump.start();
      boolean exited = process.waitFor(3, TimeUnit.MINUTES);
      if (!exited) {
        process.destroyForcibly();
      }
      pump.join(10_000);
      assertThat(exited).as("the browser test finished within 3 minutes").isTrue();
      assertThat(process.exitValue()).as("exit status of " + script + " (its [e2e] lines say which check failed)")
          .isZero();

      GuestTokenStats stats = app.guestTokenStats();
      // Two tenants, each at least one token before and one after the first expired.
      assertThat(stats.mints()).isGreaterThanOrEqualTo(4);
      assertThat(stats.failures()).isZero();
    }
    for (TenantUser u : settings.users()) {
      assertThat(Files.size(screenshots.resolve("tenant-" + u.tenant().id() + ".png"))).isPositive();
      assertThat(Files.size(screenshots.resolve("tenant-" + u.tenant().id() + "-after-expiry.png"))).isPositive();
    }
  }

  /** Each tenant's order count and net revenue, from the warehouse: the test's oracle. */
  private static String expectedFigures(List<TenantUser> users) throws Exception {
    String url = System.getenv("WAREHOUSE_JDBC_URL");
    assertThat(url).as("WAREHOUSE_JDBC_URL (eval \"$(scripts/services.sh env)\")").isNotBlank();
    List<String> out = new ArrayList<>();
    Map<Long, Long> seen = new HashMap<>();
    try (Connection c = DriverManager.getConnection(url);
        PreparedStatement ps = c.prepareStatement(
            "select count(*), coalesce(sum(net_revenue), 0) from marts.fct_orders where tenant_id = ?")) {
      for (TenantUser u : users) {
        ps.setLong(1, u.tenant().id());
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          long orders = rs.getLong(1);
          BigDecimal revenue = rs.getBigDecimal(2);
          assertThat(orders).as("orders of tenant " + u.tenant().id()).isPositive();
          seen.put(u.tenant().id(), orders);
          out.add("{\"user\":\"" + u.username() + "\",\"tenantId\":" + u.tenant().id() + ",\"orders\":" + orders
              + ",\"netRevenue\":\"" + revenue.toPlainString() + "\"}");
        }
      }
    }
    assertThat(seen).hasSize(users.size());
    return "[" + String.join(",", out) + "]";
  }
}
