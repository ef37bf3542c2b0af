package io.github.supersetsdk.assets;

/**
 * A YAML file in a folder outside the directories of the known {@link AssetType}s (for example
 * {@code themes/} or {@code queries/}, which folders do not handle). Thrown before anything is
 * written.
 */
public final class UnknownAssetTypeException extends AssetsException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an error.
   *
   * @param file the file, relative to the folder
   */
  public UnknownAssetTypeException(String file) {
    super(file + ": unknown asset type: YAML files belong in databases/, datasets/, charts/ or dashboards/",
        file, null);
  }
}
