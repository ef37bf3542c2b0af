package io.github.supersetsdk.assets;

import java.util.List;
import java.util.Objects;

/**
 * What {@link SupersetAssets#apply(AssetsFolder)} did: the plan it carried out, the assets it sent
 * to Superset's import (the changed ones plus the dependencies the import needs to resolve them),
 * and what the server still differs in when it was read back afterwards.
 *
 * <p>Immutable and thread-safe.
 *
 * @param plan the plan that was applied
 * @param written the assets sent to the import, empty when the plan had no changes
 * @param drift the assets that still differ from the folder after the import (Superset rewrote or
 *     dropped a field), empty when the apply is verified
 */
public record ApplyReport(AssetPlan plan, List<AssetRef> written, List<AssetChange> drift) {

  /**
   * Checks and copies the components.
   *
   * @throws NullPointerException if a component or an element is null
   */
  @SuppressWarnings("doclint:missing") // the components are documented on the record
  public ApplyReport {
    Objects.requireNonNull(plan, "plan");
    written = List.copyOf(written);
    drift = List.copyOf(drift);
  }

  /**
   * Whether the server, read back after the import, equals the folder.
   *
   * @return {@code true} if no asset drifted
   */
  public boolean verified() {
    return drift.isEmpty();
  }
}
