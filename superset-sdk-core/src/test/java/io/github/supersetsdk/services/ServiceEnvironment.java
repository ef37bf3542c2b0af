package io.github.supersetsdk.services;

/** Reads the variables that {@code scripts/services.sh env} exports, failing loudly when one is missing. */
final class ServiceEnvironment {

  private ServiceEnvironment() {}

  static String require(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          name
              + " is not set. Integration tests need the local services: run"
              + " `scripts/services.sh up` and `eval \"$(scripts/services.sh env)\"`, or use scripts/test.sh.");
    }
    return value;
  }
}
