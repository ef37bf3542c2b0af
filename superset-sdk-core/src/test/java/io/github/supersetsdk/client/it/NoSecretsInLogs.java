package io.github.supersetsdk.client.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.supersetsdk.client.LogCapture;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Captures every SDK log line at TRACE while an integration test class runs against the real
 * Superset, then fails the class if a secret appears in any line: the admin and warehouse
 * passwords, any value a test registered (such as a minted guest token), or anything shaped like a
 * JWT, a signed Flask session cookie or a CSRF token.
 */
public final class NoSecretsInLogs implements BeforeAllCallback, AfterAllCallback {

  /** Three dot-separated base64url segments: JWTs, itsdangerous CSRF tokens and session cookies. */
  static final Pattern TOKEN_SHAPED = Pattern.compile("[A-Za-z0-9_-]{16,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{16,}");

  private static final Set<String> REGISTERED = ConcurrentHashMap.newKeySet();
  private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(NoSecretsInLogs.class);

  /**
   * Adds a secret value that must not appear in logs.
   *
   * @param secret the value
   */
  public static void register(String secret) {
    REGISTERED.add(secret);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    context.getStore(NS).put("capture", LogCapture.capture());
  }

  @Override
  public void afterAll(ExtensionContext context) {
    LogCapture capture = context.getStore(NS).remove("capture", LogCapture.class);
    capture.close();
    List<String> lines = capture.lines();
    assertThat(lines).as("the SDK logged nothing at TRACE; the capture is not working").isNotEmpty();
    String warehousePassword = passwordOf(ItEnv.warehouseSqlalchemyUri());
    String password = ItEnv.password();
    // A local password equal to the user name (admin/admin) cannot be told apart from the user name,
    // which is not a secret and is logged; then only its appearance next to a password key counts.
    boolean passwordDistinct = !password.equals(ItEnv.username());
    Pattern passwordField = Pattern.compile("(?i)password\\W{0,4}" + Pattern.quote(password));
    for (String line : lines) {
      if (passwordDistinct) {
        assertThat(line).doesNotContain(password);
      }
      assertThat(passwordField.matcher(line).find()).as("password in log line: %s", line).isFalse();
      assertThat(line).doesNotContain(":" + warehousePassword + "@");
      for (String secret : REGISTERED) {
        assertThat(line).doesNotContain(secret);
      }
      assertThat(TOKEN_SHAPED.matcher(line).find()).as("token-shaped value in log line: %s", line).isFalse();
    }
  }

  private static String passwordOf(String uri) {
    String userInfo = URI.create(uri.replace("+psycopg2", "")).getUserInfo();
    return userInfo.substring(userInfo.indexOf(':') + 1);
  }
}
