package io.github.supersetsdk.spring.boot.autoconfigure;

import io.github.supersetsdk.client.RawRequest;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.model.CurrentUser;
import java.util.Map;
import java.util.Objects;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * The {@code superset} health indicator: UP when the client can log in (details: Superset's base URL,
 * the user, the server's version), DOWN naming the check that failed ({@code login} or {@code
 * version}) and the SDK's error, which never holds a password or token. Every check is one real call,
 * so the indicator is as slow as Superset; Boot's health groups and caching apply.
 *
 * <p>Thread-safe.
 */
public final class SupersetHealthIndicator extends AbstractHealthIndicator {

  private final SupersetClient client;

  /**
   * Creates the indicator.
   *
   * @param client the client to check
   * @throws NullPointerException if {@code client} is null
   */
  public SupersetHealthIndicator(SupersetClient client) {
    super("Superset health check failed");
    this.client = Objects.requireNonNull(client, "client");
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    builder.withDetail("baseUrl", client.baseUrl().toString());
    CurrentUser user;
    try {
      user = client.currentUser().get();
    } catch (RuntimeException e) {
      down(builder, "login", e);
      return;
    }
    builder.withDetail("user", user.username());
    try {
      Map<?, ?> version = client.raw().send(RawRequest.get("/version")).as(Map.class);
      Object v = version.get("version_string");
      builder.withDetail("version", v == null ? "unknown" : v.toString());
    } catch (RuntimeException e) {
      down(builder, "version", e);
      return;
    }
    builder.up();
  }

  private static void down(Health.Builder builder, String check, RuntimeException e) {
    // The SDK's exception messages hold no secrets; the exception itself is not attached, so no
    // stack trace or cause with request details reaches the endpoint.
    builder.down().withDetail("check", check).withDetail("error", e.getClass().getSimpleName() + ": " + e.getMessage());
  }

  @Override
  public String toString() {
    return "SupersetHealthIndicator[" + client.baseUrl() + "]";
  }
}
