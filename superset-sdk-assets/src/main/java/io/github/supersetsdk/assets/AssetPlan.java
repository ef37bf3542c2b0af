package io.github.supersetsdk.assets;

import java.util.List;

/**
 * The difference between a folder and a server, asset by asset, in dependency order (databases,
 * datasets, charts, dashboards). Computed without writing anything by {@link
 * SupersetAssets#plan(AssetsFolder)}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param changes one entry per asset of the folder
 */
public record AssetPlan(List<AssetChange> changes) {

  /**
   * Copies the changes.
   *
   * @throws NullPointerException if {@code changes} or an element is null
   */
  @SuppressWarnings("doclint:missing") // the components are documented on the record
  public AssetPlan {
    changes = List.copyOf(changes);
  }

  /**
   * Whether an apply would write anything.
   *
   * @return {@code true} if an asset would be created or updated
   */
  public boolean hasChanges() {
    return changes.stream().anyMatch(c -> c.action() != AssetChange.Action.UNCHANGED);
  }

  /**
   * The assets an apply would create or update.
   *
   * @return the changes that are not {@link AssetChange.Action#UNCHANGED}
   */
  public List<AssetChange> pending() {
    return changes.stream().filter(c -> c.action() != AssetChange.Action.UNCHANGED).toList();
  }
}
