package io.github.supersetsdk.spring.boot.autoconfigure.internal;

import java.util.Objects;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The {@code superset} health indicator on Spring Boot 4, whose health API lives in {@code
 * org.springframework.boot.health.contributor}: the same checks and details as the Boot 3 {@code
 * SupersetHealthIndicator}. Loaded only when that API is on the class path.
 *
 * <p>Thread-safe.
 */
public final class Boot4HealthIndicator extends AbstractHealthIndicator {

  private final SupersetHealthCheck check;

  /**
   * Creates the indicator.
   *
   * @param check the checks
   * @throws NullPointerException if {@code check} is null
   */
  public Boot4HealthIndicator(SupersetHealthCheck check) {
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
    return "Boot4HealthIndicator[" + check.client().baseUrl() + "]";
  }
}
