package io.github.supersetsdk.spring.boot.autoconfigure.it;

/** The local services, as {@code scripts/services.sh env} exports them. */
final class ItEnv {

  private ItEnv() {}

  static String get(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }

  static String supersetUrl() {
    return get("SUPERSET_URL", "http://127.0.0.1:8088");
  }

  static String username() {
    return get("SUPERSET_USERNAME", "admin");
  }

  static String password() {
    return get("SUPERSET_PASSWORD", "admin");
  }

  static String redisUrl() {
    return get("REDIS_URL", "redis://127.0.0.1:6379");
  }
}
