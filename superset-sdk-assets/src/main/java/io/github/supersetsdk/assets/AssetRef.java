package io.github.supersetsdk.assets;

import java.util.Objects;
import java.util.UUID;

/**
 * One asset of a folder or a plan: its kind, its UUID (the identity that export, plan and import
 * share across servers), its human name and its file in the folder.
 *
 * <p>Immutable and thread-safe.
 *
 * @param type the kind of asset
 * @param uuid the asset's UUID
 * @param name the database name, dataset table name, chart name or dashboard title
 * @param path the file relative to the folder, with {@code /} separators, e.g. {@code
 *     charts/revenue-3d447d09-c596-4f7c-874b-b94f4b85d410.yaml}
 */
public record AssetRef(AssetType type, UUID uuid, String name, String path) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  @SuppressWarnings("doclint:missing") // the components are documented on the record
  public AssetRef {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(uuid, "uuid");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(path, "path");
  }
}
