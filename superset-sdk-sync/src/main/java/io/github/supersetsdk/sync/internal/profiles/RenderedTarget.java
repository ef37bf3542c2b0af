package io.github.supersetsdk.sync.internal.profiles;

import io.github.supersetsdk.sync.profiles.ProfilesParseException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One rendered output of a profile, secrets included: values are Strings, Maps and Lists. Its
 * {@code toString()} shows no value. Immutable and thread-safe.
 */
public final class RenderedTarget {
  private final String profile;
  private final String target;
  private final Path file;
  private final String type;
  private final Map<String, Object> values;
  private final Map<String, int[]> locations;
  private final int line;
  private final int column;

  RenderedTarget(
      String profile,
      String target,
      Path file,
      String type,
      Map<String, Object> values,
      Map<String, int[]> locations,
      int line,
      int column) {
    this.profile = profile;
    this.target = target;
    this.file = file;
    this.type = type;
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    this.locations = Map.copyOf(locations);
    this.line = line;
    this.column = column;
  }

  /** Builds a target from already rendered values, for tests of the URI mapping. */
  public static RenderedTarget of(String profile, String target, Path file, Map<String, Object> values) {
    Object type = values.get("type");
    return new RenderedTarget(
        profile, target, file, String.valueOf(type).toLowerCase(Locale.ROOT), values, Map.of(), 0, 0);
  }

  public String profile() {
    return profile;
  }

  public String target() {
    return target;
  }

  public Path file() {
    return file;
  }

  public String type() {
    return type;
  }

  public String path() {
    return profile + ".outputs." + target;
  }

  /** The rendered value: a String, Map or List; null when absent. */
  public @Nullable Object value(String name) {
    return values.get(name);
  }

  /** A scalar field as text; null when absent or blank. */
  public @Nullable String string(String name) {
    Object v = values.get(name);
    if (v == null) {
      return null;
    }
    if (!(v instanceof String s)) {
      throw invalid(name, "'" + name + "' must be a single value, not a " + (v instanceof Map ? "mapping" : "list"));
    }
    return s.isBlank() ? null : s;
  }

  /** The first present of several alternative field names. */
  public @Nullable String firstString(String... names) {
    for (String n : names) {
      String v = string(n);
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  /** A field the adapter cannot do without. */
  public String required(String... names) {
    String v = firstString(names);
    if (v == null) {
      throw invalid(
          names[0],
          "a " + type + " target needs '" + String.join("' or '", names) + "'");
    }
    return v;
  }

  public @Nullable Integer intField(String name) {
    String v = string(name);
    if (v == null) {
      return null;
    }
    try {
      // as_number may render 5432 as "5432" or, for a YAML float, "5432.0".
      return new java.math.BigDecimal(v.trim()).intValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      throw invalid(name, "'" + name + "' must be a whole number");
    }
  }

  public boolean boolField(String name, boolean defaultValue) {
    String v = string(name);
    if (v == null) {
      return defaultValue;
    }
    switch (v.trim().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "on", "1" -> {
        return true;
      }
      case "false", "no", "off", "0" -> {
        return false;
      }
      default -> throw invalid(name, "'" + name + "' must be true or false");
    }
  }

  /** An error located at a field (or the output when the field is absent); shows no value. */
  public ProfilesParseException invalid(String field, String reason) {
    int[] loc = locations.get(field);
    int l = loc == null ? line : loc[0];
    int c = loc == null ? column : loc[1];
    return new ProfilesParseException(
        reason, file, l, c, loc == null ? path() : path() + "." + field, null);
  }

  /** The dotted path of a field, or of the output when the field is absent. */
  public String fieldPath(String field) {
    return locations.containsKey(field) ? path() + "." + field : path();
  }

  public int line(String field) {
    int[] loc = locations.get(field);
    return loc == null ? line : loc[0];
  }

  public int column(String field) {
    int[] loc = locations.get(field);
    return loc == null ? column : loc[1];
  }

  /** Fields whose names mark them as credentials; left out of settings and toString. */
  static boolean isSecretName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.contains("password")
        || n.contains("passphrase")
        || n.contains("secret")
        || n.contains("token")
        // Keys and key files (private_key, keyfile, sslkey, api_key): a key file's path says where a
        // secret lies, which the settings leave out as their documentation says.
        || n.contains("key")
        || n.equals("pass")
        || n.contains("credential");
  }

  public Map<String, String> publicSettings() {
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : values.entrySet()) {
      if (e.getValue() instanceof String s && !isSecretName(e.getKey())) {
        out.put(e.getKey(), s);
      }
    }
    return Collections.unmodifiableMap(out);
  }

  @Override
  public String toString() {
    return "RenderedTarget[" + path() + ", type=" + type + "]";
  }
}
