package io.github.supersetsdk.assets;

/**
 * The kinds of Superset asset a folder holds, each in its own directory. Saved queries, themes,
 * tags, owners and roles are not part of a folder.
 *
 * <p>Immutable and thread-safe.
 */
public enum AssetType {
  /** A database connection, in {@code databases/}. */
  DATABASE("databases"),
  /** A dataset (physical table or virtual SQL), in {@code datasets/<database>/}. */
  DATASET("datasets"),
  /** A chart, in {@code charts/}. */
  CHART("charts"),
  /** A dashboard, in {@code dashboards/}. */
  DASHBOARD("dashboards");

  private final String directory;

  AssetType(String directory) {
    this.directory = directory;
  }

  /**
   * The folder's top-level directory for this kind, which is also the prefix Superset's bundles
   * use.
   *
   * @return the directory name, e.g. {@code charts}
   */
  public String directory() {
    return directory;
  }
}
