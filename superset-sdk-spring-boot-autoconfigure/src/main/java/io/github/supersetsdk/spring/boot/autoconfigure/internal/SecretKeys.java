package io.github.supersetsdk.spring.boot.autoconfigure.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * Which property keys hold the SDK's secrets, in any of Boot's relaxed spellings, and which values
 * hold them under other keys.
 */
public final class SecretKeys {

  // Canonical keys with every separator ('.', '-', '_') removed, so that any spelling of them masks:
  // Boot's own (SUPERSET_GUESTTOKEN_SIGNINGSECRET) and the ones people write by hand
  // (SUPERSET_GUEST_TOKEN_SIGNING_SECRET), which a shown environment would otherwise print.
  private static final Set<String> SECRETS = Set.of(
      "supersetpassword",
      "supersetguesttokensigningsecret",
      "supersetcacheredisurl",
      "springdataredispassword",
      "springdataredisurl");

  // The same secrets by their canonical names, to read their values from the environment.
  private static final List<String> SECRET_PROPERTIES = List.of(
      "superset.password",
      "superset.guest-token.signing-secret",
      "superset.cache.redis-url",
      "spring.data.redis.password",
      "spring.data.redis.url");

  // A shorter secret is masked where a value is exactly it; a longer one wherever a value holds it.
  private static final int CONTAINED_MIN_LENGTH = 4;

  private SecretKeys() {}

  /**
   * The values of the SDK's secrets as the application resolved them: a value of the environment
   * that holds one (the variable a placeholder such as {@code ${GUEST_TOKEN_JWT_SECRET}} reads,
   * {@code SPRING_APPLICATION_JSON}, the command line) must be masked too.
   *
   * @param environment the application's environment
   * @return the non-blank secret values
   */
  public static List<String> secretValues(Environment environment) {
    List<String> values = new ArrayList<>();
    for (String name : SECRET_PROPERTIES) {
      try {
        String v = environment.getProperty(name);
        if (v != null && !v.isBlank()) {
          values.add(v);
        }
      } catch (IllegalArgumentException unresolvable) {
        // a placeholder without a value: nothing resolved, nothing to mask
      }
    }
    try {
      Binder.get(environment).bind("superset.default-headers", Bindable.mapOf(String.class, String.class))
          .ifBound(headers -> headers.values().stream().filter(v -> v != null && !v.isBlank()).forEach(values::add));
    } catch (RuntimeException unbindable) {
      // reported by the auto-configuration itself; nothing to mask here
    }
    return values;
  }

  /**
   * Whether a value shown by the actuator holds one of the secret values.
   *
   * @param value the shown value
   * @param secrets the values from {@link #secretValues(Environment)}
   * @return true if it holds one
   */
  public static boolean holdsSecret(@Nullable Object value, List<String> secrets) {
    if (value == null) {
      return false;
    }
    String text = value.toString();
    for (String secret : secrets) {
      if (secret.length() >= CONTAINED_MIN_LENGTH ? text.contains(secret) : text.equals(secret)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a property shown by the actuator must be masked.
   *
   * @param key the key as the property source or the bean path spells it
   * @param value its value
   * @return true for the SDK's secret properties, every {@code superset.default-headers} value, and
   *     a {@code superset.base-url} with a user part
   */
  public static boolean isSecret(String key, @Nullable Object value) {
    String k = key.toLowerCase(Locale.ROOT).replaceAll("[-_.\\[\\]]", "");
    if (SECRETS.contains(k)) {
      return true;
    }
    // Default headers are usually an access proxy's credentials: every value is masked.
    if (k.startsWith("supersetdefaultheaders")) {
      return true;
    }
    // configprops shows the bound record's components under the prefix: superset.password is
    // "password" in bean "superset-...SupersetProperties", keyed by its path.
    if (k.equals("supersetbaseurl")) {
      return value != null && value.toString().matches("(?s)^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*@.*");
    }
    return false;
  }
}
