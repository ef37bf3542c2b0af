package io.github.supersetsdk.examples.embedded;

import io.github.supersetsdk.client.embedding.GuestTokenSigning;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The example's configuration, read from the environment that {@code scripts/services.sh env}
 * exports, plus a few of its own variables.
 *
 * @param supersetUrl {@code SUPERSET_URL}
 * @param username {@code SUPERSET_USERNAME}: an admin, who builds the dashboard and mints tokens
 * @param password {@code SUPERSET_PASSWORD}
 * @param warehouseUri {@code WAREHOUSE_SQLALCHEMY_URI}: the read-only warehouse connection
 * @param redisUrl {@code REDIS_URL}: the Redis behind the chart-data cache of {@code GET
 *     /api/summary} (its second tier, shared by every replica)
 * @param port {@code EMBEDDED_PORT}, default 8090; 0 picks a free port
 * @param signing local signing when {@code EMBEDDED_SIGNING=local} (with {@code
 *     SUPERSET_GUEST_TOKEN_SECRET}, {@code SUPERSET_GUEST_TOKEN_AUDIENCE} and {@code
 *     EMBEDDED_GUEST_TOKEN_SECONDS}), or {@code null} to mint through Superset's API (the default)
 * @param embeddedSdkJs the UMD bundle of {@code @superset-ui/embedded-sdk}: {@code EMBEDDED_SDK_JS},
 *     else under {@code SUPERSET_SDK_NODE_MODULES} (installed by {@code scripts/services.sh up node})
 * @param users the fake directory: who may sign in, and their tenant
 */
public record Settings(
    String supersetUrl,
    String username,
    String password,
    String warehouseUri,
    String redisUrl,
    int port,
    @Nullable GuestTokenSigning signing,
    Path embeddedSdkJs,
    List<TenantUser> users) {

  /** Two tenants of the example warehouse, one user each. */
  public static final List<TenantUser> DEMO_USERS = List.of(
      new TenantUser("alice", new Tenant(1, "Kaffeekontor Hamburg")),
      new TenantUser("bob", new Tenant(2, "De Brandpunt Utrecht")));

  /**
   * Reads the settings.
   *
   * @param env the environment
   * @return the settings
   * @throws IllegalStateException naming the first missing variable
   */
  public static Settings fromEnvironment(Map<String, String> env) {
    GuestTokenSigning signing = null;
    String mode = env.getOrDefault("EMBEDDED_SIGNING", "remote");
    if (mode.equals("local")) {
      signing = GuestTokenSigning.hs256(require(env, "SUPERSET_GUEST_TOKEN_SECRET"),
              require(env, "SUPERSET_GUEST_TOKEN_AUDIENCE"))
          .withLifetime(Duration.ofSeconds(Long.parseLong(env.getOrDefault("EMBEDDED_GUEST_TOKEN_SECONDS", "300"))));
    } else if (!mode.equals("remote")) {
      throw new IllegalStateException("EMBEDDED_SIGNING must be remote or local, not '" + mode + "'");
    }
    return new Settings(
        require(env, "SUPERSET_URL"),
        require(env, "SUPERSET_USERNAME"),
        require(env, "SUPERSET_PASSWORD"),
        require(env, "WAREHOUSE_SQLALCHEMY_URI"),
        require(env, "REDIS_URL"),
        Integer.parseInt(env.getOrDefault("EMBEDDED_PORT", "8090")),
        signing,
        embeddedSdkJs(env),
        DEMO_USERS);
  }

  /**
   * A copy with another port.
   *
   * @param port the port; 0 picks a free one
   * @return the copy
   */
  public Settings withPort(int port) {
    return new Settings(supersetUrl, username, password, warehouseUri, redisUrl, port, signing, embeddedSdkJs, users);
  }

  /**
   * A copy with other signing settings.
   *
   * @param signing local signing, or {@code null} to mint through Superset
   * @return the copy
   */
  public Settings withSigning(@Nullable GuestTokenSigning signing) {
    return new Settings(supersetUrl, username, password, warehouseUri, redisUrl, port, signing, embeddedSdkJs, users);
  }

  private static Path embeddedSdkJs(Map<String, String> env) {
    String explicit = env.get("EMBEDDED_SDK_JS");
    if (explicit != null) {
      return Path.of(explicit);
    }
    String modules = env.getOrDefault("SUPERSET_SDK_NODE_MODULES",
        Path.of(System.getProperty("user.home"), ".cache", "superset-sdk", "node", "node_modules").toString());
    Path bundle = Path.of(modules, "@superset-ui", "embedded-sdk", "bundle", "index.js");
    if (!Files.isRegularFile(bundle)) {
      throw new IllegalStateException("no @superset-ui/embedded-sdk bundle at " + bundle
          + ": run scripts/services.sh up node, or set EMBEDDED_SDK_JS");
    }
    return bundle;
  }

  private static String require(Map<String, String> env, String name) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(name + " is not set: eval \"$(scripts/services.sh env)\" first");
    }
    return value;
  }

  @Override
  public String toString() {
    return "Settings[supersetUrl=" + supersetUrl + ", username=" + username + ", password=***, redisUrl="
        + redacted(redisUrl) + ", port=" + port
        + ", signing=" + signing + ", embeddedSdkJs=" + embeddedSdkJs + ", users=" + users + "]";
  }

  // A Redis URL may carry a password (redis://:secret@host): never print it.
  private static String redacted(String url) {
    return url.replaceFirst("//[^@/]*@", "//***@");
  }
}
