package io.github.supersetsdk.sync.internal.exposures;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Exposure names and {@code depends_on} entries; stateless. */
public final class ExposureNames {

  private static final int MAX_SLUG = 64;
  private static final Pattern VERSION = Pattern.compile("v(\\d+)");

  private ExposureNames() {}

  /**
   * The name a new exposure gets: the title as lower-case ASCII words joined by {@code _}, then
   * the kind and the Superset id, e.g. {@code tenant_revenue_dashboard_12}. The id makes it unique
   * across assets with one title; only {@code [a-z0-9_]} is used, as dbt requires.
   *
   * @param kind dashboard or chart
   * @param id the asset id
   * @param title the asset's title
   * @return the name
   */
  public static String name(String kind, long id, String title) {
    return slug(title) + "_" + kind + "_" + id;
  }

  static String slug(String title) {
    // Accents are dropped rather than the letter ("Café" -> "cafe").
    String ascii = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    s = trim(s);
    if (s.length() > MAX_SLUG) {
      s = trim(s.substring(0, MAX_SLUG));
    }
    return s.isEmpty() ? "superset" : s;
  }

  private static String trim(String s) {
    int a = 0;
    int b = s.length();
    while (a < b && s.charAt(a) == '_') {
      a++;
    }
    while (b > a && s.charAt(b - 1) == '_') {
      b--;
    }
    return s.substring(a, b);
  }

  /**
   * The {@code depends_on} entry for a dbt node: {@code ref('name')} (with {@code v=N} for a
   * versioned model) or {@code source('source', 'table')}.
   *
   * @param uniqueId the node's unique_id
   * @return the entry, or null for a node that cannot be referenced
   */
  public static @Nullable String ref(String uniqueId) {
    String[] p = uniqueId.split("\\.");
    if (p.length < 3) {
      return null;
    }
    switch (p[0]) {
      case "model", "seed", "snapshot" -> {
        if (p.length == 4) {
          Matcher m = VERSION.matcher(p[3]);
          if (m.matches()) {
            return "ref('" + p[2] + "', v=" + m.group(1) + ")";
          }
          return null;
        }
        return p.length == 3 ? "ref('" + p[2] + "')" : null;
      }
      case "source" -> {
        return p.length == 4 ? "source('" + p[2] + "', '" + p[3] + "')" : null;
      }
      default -> {
        return null;
      }
    }
  }
}
