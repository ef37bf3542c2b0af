package io.github.supersetsdk.assets;

import java.util.UUID;

/**
 * An asset refers to another (a chart to its dataset, a dataset to its database, a dashboard to a
 * chart or to a native filter's dataset) that neither the folder nor the server has. Thrown before
 * anything is written.
 */
public final class MissingDependencyException extends AssetsException {

  private static final long serialVersionUID = 1L;

  /** The UUID of the asset referred to but missing. */
  private final UUID missing;
  /** The kind of the missing asset. */
  private final AssetType missingType;

  /**
   * Creates an error.
   *
   * @param file the referring file, relative to the folder
   * @param missingType the kind of the missing asset
   * @param missing its UUID
   */
  public MissingDependencyException(String file, AssetType missingType, UUID missing) {
    super(file + ": refers to " + missingType.name().toLowerCase(java.util.Locale.ROOT) + " " + missing
        + ", which neither the folder nor the server has", file, null);
    this.missing = missing;
    this.missingType = missingType;
  }

  /**
   * The UUID nobody has.
   *
   * @return the UUID
   */
  public UUID missing() {
    return missing;
  }

  /**
   * The kind of the missing asset.
   *
   * @return the kind
   */
  public AssetType missingType() {
    return missingType;
  }
}
