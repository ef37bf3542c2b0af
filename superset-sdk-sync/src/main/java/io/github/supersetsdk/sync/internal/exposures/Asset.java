package io.github.supersetsdk.sync.internal.exposures;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A Superset chart or dashboard that uses synced datasets.
 *
 * @param kind {@code dashboard} or {@code chart}
 * @param id the asset's id
 * @param title the dashboard title or chart name
 * @param url the absolute URL of the asset
 * @param description the asset's own description, or null
 * @param ownerName the first owner's full name, or null
 * @param ownerEmail the first owner's email, or null
 * @param uniqueIds the dbt unique ids of the synced datasets the asset uses, sorted
 */
public record Asset(
    String kind,
    long id,
    String title,
    String url,
    @Nullable String description,
    @Nullable String ownerName,
    @Nullable String ownerEmail,
    Set<String> uniqueIds) {

  /** The two kinds. */
  public static final String DASHBOARD = "dashboard";

  /** A chart, written as an exposure of type analysis. */
  public static final String CHART = "chart";

  /**
   * Checks and copies.
   *
   * @param kind the kind
   * @param id the id
   * @param title the title
   * @param url the url
   * @param description the description
   * @param ownerName the owner name
   * @param ownerEmail the owner email
   * @param uniqueIds the unique ids
   */
  public Asset {
    Objects.requireNonNull(kind, "kind");
    if (!kind.equals(DASHBOARD) && !kind.equals(CHART)) {
      throw new IllegalArgumentException("kind must be dashboard or chart: " + kind);
    }
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(url, "url");
    uniqueIds = Set.copyOf(new TreeSet<>(uniqueIds));
  }

  /** @return {@code kind:id}, the asset's identity */
  public String key() {
    return kind + ":" + id;
  }
}
