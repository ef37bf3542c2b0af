package io.github.supersetsdk.spring.boot.autoconfigure.internal;

import io.github.supersetsdk.client.RawRequest;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.model.CurrentUser;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The checks behind the {@code superset} health indicator, independent of Boot's health API so that
 * the Boot 3 and Boot 4 indicators report the same: {@code login} (the client's user), {@code
 * version} (Superset's {@code /version}), then any {@link Extension} (the doctor's checks). A failure
 * names its check in the {@code check} detail; errors carry the SDK's message, which never holds a
 * password or token.
 *
 * <p>Thread-safe.
 */
public final class SupersetHealthCheck {

  /**
   * More checks run after login and version passed, such as the doctor's. Implementations must be
   * thread-safe.
   */
  public interface Extension {

    /**
     * The name the {@code check} detail shows when these checks fail.
     *
     * @return for example {@code doctor}
     */
    String name();

    /**
     * Adds the checks' details. Health requests call it, so it must answer quickly: slow checks run
     * elsewhere and this reports their last result.
     *
     * @param details the indicator's details, to add to
     * @return the names of the checks that failed (the indicator is DOWN then); empty when UP
     */
    List<String> contribute(Map<String, Object> details);
  }

  /**
   * What the checks found.
   *
   * @param up whether every check passed
   * @param details the details to show, in order
   */
  public record Outcome(boolean up, Map<String, Object> details) {

    /**
     * Copies the details, keeping their order.
     *
     * @param up whether every check passed
     * @param details the details
     */
    public Outcome {
      details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }
  }

  private final SupersetClient client;
  private final List<Extension> extensions;

  /**
   * Creates the check.
   *
   * @param client the client to check
   * @param extensions checks to run after login and version passed
   * @throws NullPointerException if an argument is null
   */
  public SupersetHealthCheck(SupersetClient client, List<Extension> extensions) {
    this.client = Objects.requireNonNull(client, "client");
    this.extensions = List.copyOf(extensions);
  }

  /**
   * Runs the checks.
   *
   * @return the outcome; a failure is an outcome, never an exception
   */
  public Outcome run() {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("baseUrl", client.baseUrl().toString());
    CurrentUser user;
    try {
      user = client.currentUser().get();
    } catch (RuntimeException e) {
      return down(details, "login", e);
    }
    details.put("user", user.username());
    try {
      Map<?, ?> version = client.raw().send(RawRequest.get("/version")).as(Map.class);
      Object v = version.get("version_string");
      details.put("version", v == null ? "unknown" : v.toString());
    } catch (RuntimeException e) {
      return down(details, "version", e);
    }
    for (Extension extension : extensions) {
      List<String> failed;
      try {
        failed = extension.contribute(details);
      } catch (RuntimeException e) {
        return down(details, extension.name(), e);
      }
      if (!failed.isEmpty()) {
        details.put("check", extension.name());
        details.put("failed", List.copyOf(failed));
        return new Outcome(false, details);
      }
    }
    return new Outcome(true, details);
  }

  private static Outcome down(Map<String, Object> details, String check, RuntimeException e) {
    // The exception itself is not attached, so no stack trace or cause with request details
    // reaches the endpoint.
    details.put("check", check);
    details.put("error", e.getClass().getSimpleName() + ": " + e.getMessage());
    return new Outcome(false, details);
  }

  /**
   * The checked client.
   *
   * @return the client
   */
  public SupersetClient client() {
    return client;
  }

  @Override
  public String toString() {
    return "SupersetHealthCheck[" + client.baseUrl() + ", extensions=" + extensions.size() + "]";
  }
}
