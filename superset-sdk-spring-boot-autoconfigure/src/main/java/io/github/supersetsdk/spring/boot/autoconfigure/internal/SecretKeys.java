package io.github.supersetsdk.spring.boot.autoconfigure.internal;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Which property keys hold the SDK's secrets, in any of Boot's relaxed spellings. */
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

  private SecretKeys() {}

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
