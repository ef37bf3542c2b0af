package io.github.supersetsdk.client.it;

import io.github.supersetsdk.client.ClientEventListener;
import io.github.supersetsdk.client.Credentials;
import io.github.supersetsdk.client.SupersetClient;
import java.util.UUID;

/** The environment integration tests run in, read from the variables {@code scripts/services.sh env} sets. */
final class ItEnv {

  private ItEnv() {}

  static String require(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          name + " is not set. Integration tests run against the local services: run `scripts/services.sh up`"
              + " and `eval \"$(scripts/services.sh env)\"` first, or use scripts/test.sh.");
    }
    return value;
  }

  static String supersetUrl() {
    return require("SUPERSET_URL");
  }

  static String username() {
    return require("SUPERSET_USERNAME");
  }

  static String password() {
    return require("SUPERSET_PASSWORD");
  }

  static String warehouseSqlalchemyUri() {
    return require("WAREHOUSE_SQLALCHEMY_URI");
  }

  static String warehouseJdbcUrl() {
    return require("WAREHOUSE_JDBC_URL");
  }

  /** A name no earlier or concurrent run uses. */
  static String uniqueName(String what) {
    return "sdk-it-" + what + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  static SupersetClient.Builder adminClient(ClientEventListener... listeners) {
    SupersetClient.Builder b = SupersetClient.builder()
        .baseUrl(supersetUrl())
        .credentials(Credentials.password(username(), password()));
    for (ClientEventListener l : listeners) {
      b.addEventListener(l);
    }
    return b;
  }
}
