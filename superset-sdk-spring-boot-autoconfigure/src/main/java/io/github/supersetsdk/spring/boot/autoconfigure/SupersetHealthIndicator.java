package io.github.supersetsdk.spring.boot.autoconfigure;

import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.spring.boot.autoconfigure.internal.SupersetHealthCheck;
import java.util.List;
import java.util.Objects;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * The {@code superset} health indicator on Spring Boot 3: UP when the client can log in (details:
 * Superset's base URL, the user, the server's version) and, with superset-sdk-ops on the class path,
 * no check failed in the doctor's last report (every check in the {@code doctor} detail; the doctor
 * runs in the background, so a health request never waits for it); DOWN naming the check that failed
 * in the {@code check} detail ({@code login}, {@code version} or {@code doctor}) with the SDK's error,
 * which never holds a password or token. Login and version are real calls on every request; Boot's
 * health groups and caching apply. Spring Boot 4 gets the same checks from an indicator written
 * against its own health API.
 *
 * <p>Thread-safe.
 */
public final class SupersetHealthIndicator extends AbstractHealthIndicator {

  private final SupersetHealthCheck check;

  /**
   * Creates the indicator with the login and version checks.
   *
   * @param client the client to check
   * @throws NullPointerException if {@code client} is null
   */
  public SupersetHealthIndicator(SupersetClient client) {
    this(new SupersetHealthCheck(client, List.of()));
  }

  SupersetHealthIndicator(SupersetHealthCheck check) {
    super("Superset health check failed");
    this.check = Objects.requireNonNull(check, "check");
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    SupersetHealthCheck.Outcome outcome = check.run();
    (outcome.up() ? builder.up() : builder.down()).withDetails(outcome.details());
  }

  @Override
  public String toString() {
    return "SupersetHealthIndicator[" + check.client().baseUrl() + "]";
  }
}
