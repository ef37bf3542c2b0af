package io.github.supersetsdk.client;

import java.util.UUID;

/** Connects the administration ITs to the real Superset that {@code scripts/services.sh} runs. */
final class AdminLiveServer {

  private AdminLiveServer() {}

  static SupersetClient client() {
    return SupersetClient.builder()
        .baseUrl(require("SUPERSET_URL"))
        .credentials(Credentials.password(require("SUPERSET_USERNAME"), require("SUPERSET_PASSWORD")))
        .build();
  }

  /** A name no earlier run used, so leftovers never collide with this run. */
  static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  static String require(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          name + " is not set. Integration tests need the local services: run `scripts/services.sh up` and"
              + " `eval \"$(scripts/services.sh env)\"`, or use scripts/test.sh.");
    }
    return value;
  }
}
